package org.factbench.workspace;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

  boolean existsByNameIgnoreCase(String name);

  boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

  @Query("select count(w) > 0 from Workspace w where w.id = :id and w.archivedAt is not null")
  boolean isArchived(long id);

  @Query(
      """
      select new org.factbench.workspace.WorkspaceSummary(w.id, w.name, w.description, w.organisation, m.role,
        case when w.archivedAt is null then false else true end, w.publicUrlTemplate)
      from Workspace w join Membership m on m.key.workspaceId = w.id
      where m.key.userId = :userId
      order by lower(w.name)
      """)
  List<WorkspaceSummary> findForMember(long userId);

  @Query(
      """
      select new org.factbench.workspace.WorkspaceSummary(w.id, w.name, w.description, w.organisation,
        org.factbench.security.Role.ADMIN, case when w.archivedAt is null then false else true end, w.publicUrlTemplate)
      from Workspace w
      where :text = '' or lower(w.name) like lower(concat('%', :text, '%'))
      """)
  Slice<WorkspaceSummary> findAllAsAdmin(String text, Pageable pageable);
}

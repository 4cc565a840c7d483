package org.factbench.workspace;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

  boolean existsByNameIgnoreCase(String name);

  @Query(
      """
      select new org.factbench.workspace.WorkspaceSummary(w.id, w.name, w.description, w.organisation, m.role)
      from Workspace w join Membership m on m.key.workspaceId = w.id
      where m.key.userId = :userId
      order by lower(w.name)
      """)
  List<WorkspaceSummary> findForMember(long userId);

  @Query(
      """
      select new org.factbench.workspace.WorkspaceSummary(w.id, w.name, w.description, w.organisation,
        org.factbench.security.Role.ADMIN)
      from Workspace w
      where :text = '' or lower(w.name) like lower(concat('%', :text, '%'))
      """)
  Slice<WorkspaceSummary> findAllAsAdmin(String text, Pageable pageable);
}

package org.factbench.workspace;

import java.util.List;
import java.util.Optional;
import org.factbench.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Membership.Key> {

  @Query(
      "select m.role from Membership m where m.key.workspaceId = :workspaceId and m.key.userId = :userId")
  Optional<Role> roleOf(long workspaceId, long userId);

  @Query("select distinct m.role from Membership m where m.key.userId = :userId")
  List<Role> rolesOf(long userId);

  @Query("select m from Membership m where m.key.workspaceId = :workspaceId")
  List<Membership> findByWorkspace(long workspaceId);

  @Query(
      "select count(m) from Membership m where m.key.workspaceId = :workspaceId and m.role = :role")
  long countByRole(long workspaceId, Role role);
}

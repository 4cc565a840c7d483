package org.factbench.claim;

import java.util.List;
import java.util.Optional;
import org.factbench.base.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

  @Query(
      "select c from Claim c where c.id = :id and c.workspaceId = :workspaceId and c.deletedAt is null")
  Optional<Claim> findLive(long workspaceId, long id);

  /** The live claim {@code id} of the workspace; not found when deleted or in another workspace. */
  default Claim live(long workspaceId, long id) {
    return findLive(workspaceId, id).orElseThrow(() -> new NotFoundException("The claim"));
  }

  @Query("select c from Claim c where c.id = :id and c.workspaceId = :workspaceId")
  Optional<Claim> findAny(long workspaceId, long id);
}

interface RatingRepository extends JpaRepository<Rating, Long> {

  @Query("select r from Rating r where r.workspaceId = :workspaceId order by r.position")
  List<Rating> scale(long workspaceId);

  Optional<Rating> findByIdAndWorkspaceId(long id, long workspaceId);
}

interface ClaimantRepository extends JpaRepository<Claimant, Long> {

  @Query(
      "select c from Claimant c where c.workspaceId = :workspaceId and lower(c.name) = lower(:name)")
  Optional<Claimant> findByName(long workspaceId, String name);

  @Query(
      "select c.name from Claimant c where c.workspaceId = :workspaceId"
          + " and lower(c.name) like lower(concat(:prefix, '%')) order by lower(c.name)")
  List<String> names(
      long workspaceId, String prefix, org.springframework.data.domain.Pageable page);
}

interface SourceRepository extends JpaRepository<Source, Long> {

  List<Source> findByClaimIdOrderById(long claimId);
}

interface NoteRepository extends JpaRepository<Note, Long> {

  List<Note> findByClaimIdOrderById(long claimId);
}

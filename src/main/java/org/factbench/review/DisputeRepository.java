package org.factbench.review;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisputeRepository extends JpaRepository<Dispute, Long> {

  @Query("select d from Dispute d where d.claimId = :claimId and d.resolvedAt is null")
  Optional<Dispute> findOpen(long claimId);
}

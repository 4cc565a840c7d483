package org.factbench.claim;

import java.util.Optional;

/**
 * The open dispute of a claim, for its detail. The review module keeps disputes and provides this;
 * the claim module only shows them, so it depends on no module above it.
 */
public interface OpenDisputes {

  /** The claim's open dispute, if it has one. */
  Optional<DisputeView> of(long workspaceId, long claimId);
}

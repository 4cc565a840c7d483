package org.factbench.claim.api;

import jakarta.validation.constraints.NotNull;

/** The claim that a claim repeats. */
record SameClaimRequest(@NotNull Long claimId) {}

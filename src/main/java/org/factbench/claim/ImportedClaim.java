package org.factbench.claim;

import java.util.List;

/**
 * A claim as an export carried it, to be recreated in another workspace: its anchor in an already
 * imported document (or none), content, status, verdict by label, sources and note bodies.
 */
public record ImportedClaim(
    Long documentId,
    Integer start,
    Integer end,
    String quote,
    String wording,
    String claimant,
    Integer timeSeconds,
    List<String> tags,
    ClaimStatus status,
    String verdictLabel,
    String rationale,
    List<SourceInput> sources,
    List<String> notes) {}

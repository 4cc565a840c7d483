package org.factbench.matching;

import java.util.List;
import org.factbench.claim.ClaimLink;

/**
 * A claim like the one being looked at: how alike they are (0 to 1) and why, in words ("wording 72%
 * alike", "same figure: 180,000-220,000").
 */
public record SimilarClaim(ClaimLink claim, double score, List<String> reasons) {}

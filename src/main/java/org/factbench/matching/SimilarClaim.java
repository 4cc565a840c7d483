package org.factbench.matching;

import java.util.List;
import org.factbench.claim.ClaimLink;

/**
 * A claim like the one being looked at: a claim of the workspace ({@code claim}) or a fact-check
 * from one of its reference collections ({@code reference}); exactly one of the two is set.
 *
 * @param score the probability, learned on the CLEF-2020 training tweets, that this is the claim
 *     the text repeats (0 to 1)
 * @param alreadyChecked the score reaches the threshold calibrated for 90% precision and the match
 *     has a verdict: "Already checked by Snopes: False"
 * @param reasons why, in words: "meaning 83% alike", "shares key words: vaccine, autism", "same
 *     figure: 180,000 to 220,000"
 */
public record SimilarClaim(
    ClaimLink claim,
    ReferenceItem reference,
    double score,
    boolean alreadyChecked,
    List<String> reasons) {}

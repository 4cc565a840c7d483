package org.factbench.assist.retrieval;

import java.util.List;
import java.util.Optional;

/**
 * A passage that may be the claim a text repeats.
 *
 * @param id the passage's id
 * @param score the probability, learned on the training tweets, that this is the claim the text
 *     repeats (0 to 1)
 * @param alreadyChecked whether the score reaches the threshold calibrated for 90% precision
 * @param meaning how alike the meanings are: the cosine of the two vectors (-1 to 1), or NaN when
 *     the passage (or the text) has no vector yet
 * @param bm25 the passage's BM25 score for the text (0 when no word is shared)
 * @param sharedWords the text's words the passage has too, rarest first
 * @param sameFigure "180,000 to 180 thousand" when both state that figure with a unit or scale
 * @param explanations what a reader is shown: "meaning 83% alike", "shares key words: vaccine,
 *     autism", "same figure: 180,000 to 220,000"
 */
public record Match(
    long id,
    double score,
    boolean alreadyChecked,
    double meaning,
    double bm25,
    List<String> sharedWords,
    Optional<String> sameFigure,
    List<String> explanations) {}

package org.factbench.document;

import java.util.List;

/**
 * One sentence of a document in the check-worthiness ranking: its span in the text, who said it in
 * a transcript, its score (0 to 1) and the signed contributions that explain it.
 */
public record RankedSentence(
    int start, int end, String text, double score, String speaker, List<String> reasons) {}

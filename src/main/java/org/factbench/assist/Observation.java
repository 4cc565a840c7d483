package org.factbench.assist;

/**
 * Everything the check-worthiness model reads about one sentence of a document: its speaker (null
 * outside transcripts), the labels of its cues ({@link Feature}, null where absent), its signals
 * ({@link Signal}: labels and values), its hashed words and word pairs, its sentence vector, and
 * the mean vector of its neighbours (the sentences before and after it).
 */
record Observation(
    Sentence sentence,
    String speaker,
    String[] cues,
    String[] signalLabels,
    double[] signals,
    WordGrams.Hashed words,
    float[] vector,
    float[] neighbours) {}

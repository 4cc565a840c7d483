package org.factbench.assist.retrieval;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * How text is cut into the words BM25 counts. Decision record 0012 gives the measurements behind
 * the default.
 */
public enum Analysis {
  /** Unicode word tokens, lower-cased; every word counts. */
  STANDARD,
  /** As {@link #STANDARD}, without English stop words ("the", "of", "is"...). */
  STANDARD_STOP_WORDS,
  /** As {@link #STANDARD_STOP_WORDS}, possessives removed and words stemmed (Porter). */
  ENGLISH;

  /** A new analyzer; the caller closes it. */
  public Analyzer analyzer() {
    return switch (this) {
      case STANDARD -> new StandardAnalyzer(CharArraySet.EMPTY_SET);
      case STANDARD_STOP_WORDS -> new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      case ENGLISH -> new EnglishAnalyzer();
    };
  }
}

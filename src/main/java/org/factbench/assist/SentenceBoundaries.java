package org.factbench.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The second pass of {@link Sentences}: the sentence boundaries inside one block of prose.
 * OpenNLP's English sentence model proposes them, and a boundary is refused when it falls after an
 * abbreviation ("Dr.", "e.g.", "approx.", "No. 5", "Jan. 5", "U.S. government", "John F. Kennedy"),
 * inside a number ("6.3%", "3.14") or before a lower-case word; the model's missed boundaries after
 * an initialism ("in the U.S. The move") are added. One instance per text; thread-safe as a whole:
 * the model is loaded once and each thread gets its own detector.
 */
final class SentenceBoundaries {

  /** Receives each sentence found, as a span of the text (not yet trimmed). */
  @FunctionalInterface
  interface Emitter {
    void emit(int from, int to);
  }

  /** The model inside {@code opennlp-models-sentdetect-en} (UD English Web Treebank). */
  static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private static final class Model {
    static final SentenceModel INSTANCE = load();

    private static SentenceModel load() {
      try (InputStream in =
          SentenceBoundaries.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
      }
    }
  }

  // the model is shared (read-only); the detector keeps per-call state, so one per thread
  private static final ThreadLocal<SentenceDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Model.INSTANCE));

  /** Abbreviations after which a sentence never ends. */
  private static final Set<String> ALWAYS_ABBREVIATIONS =
      Set.of(
          "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.", "gen.", "col.", "lt.", "capt.",
          "cpt.", "gov.", "rev.", "hon.", "sgt.", "maj.", "cmdr.", "adm.", "st.", "mt.", "messrs.",
          "approx.", "vs.", "cf.", "ca.", "incl.", "esp.", "viz.", "al.", "fig.", "figs.", "dept.",
          "e.g.", "i.e.", "eg.", "ie.", "ref.");

  /** Abbreviations that do not end a sentence before a number ("No. 5", "p. 12"). */
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no.", "nos.", "nr.", "art.", "arts.", "vol.", "vols.", "p.", "pp.", "sec.", "ch.",
          "para.", "paras.", "tel.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
          "sept.", "oct.", "nov.", "dec.");

  /**
   * Words that usually begin a sentence: after "U.S." or an initial ("Plan B.") they mean the
   * sentence did end there.
   */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "The",
          "This",
          "That",
          "These",
          "Those",
          "He",
          "She",
          "It",
          "We",
          "They",
          "I",
          "You",
          "But",
          "And",
          "Then",
          "There",
          "In",
          "On",
          "At",
          "A",
          "An",
          "Its",
          "Their",
          "His",
          "Her",
          "Our",
          "My",
          "However",
          "Meanwhile",
          "So",
          "Yet",
          "Now",
          "After",
          "Before",
          "When",
          "If",
          "As",
          "What",
          "Why",
          "How",
          "Who");

  /** "U.S. The", "p.m. He": an initialism, then a capitalised word. */
  private static final Pattern INITIALISM_END =
      Pattern.compile("(?<![\\p{L}.])((?:\\p{L}\\.){2,})\\s+(\\p{Lu}\\p{L}*)\\b");

  static final String CLOSERS = "\"'”’»)]}";
  static final String OPENERS = "\"'“‘«([{";

  private final String text;
  private final Emitter out;
  private final Matcher initialismEnd;

  SentenceBoundaries(String text, Emitter out) {
    this.text = text;
    this.out = out;
    this.initialismEnd = INITIALISM_END.matcher(text);
  }

  /** OpenNLP proposes boundaries inside the block; the rules may refuse them. */
  void detect(int bs, int be) {
    Span[] spans = DETECTOR.get().sentPosDetect(maskLongTokens(bs, be));
    int pieceStart = bs;
    for (int i = 1; i < spans.length; i++) {
      int cut = bs + spans[i].getStart();
      if (cut <= pieceStart || cut >= be || keepTogether(pieceStart, cut, be)) {
        continue;
      }
      emitPiece(pieceStart, cut);
      pieceStart = cut;
    }
    emitPiece(pieceStart, be);
  }

  /**
   * The model does not end a sentence after an initialism ("in the U.S. The move"); a word that
   * usually starts a sentence says it ended there.
   */
  private void emitPiece(int from, int to) {
    initialismEnd.region(from, to);
    int start = from;
    while (initialismEnd.find()) {
      String abbreviation = initialismEnd.group(1).toLowerCase(Locale.ROOT);
      if (!ALWAYS_ABBREVIATIONS.contains(abbreviation)
          && SENTENCE_STARTERS.contains(initialismEnd.group(2))) {
        out.emit(start, initialismEnd.end(1));
        start = initialismEnd.end(1);
      }
    }
    out.emit(start, to);
  }

  /**
   * The block for the model, with the full stops, question and exclamation marks inside very long
   * tokens (a pasted blob, a long URL) replaced by '_': the model scans from each of them to the
   * next space, which is quadratic in the token's length. Same length, so offsets hold; a token's
   * last character is kept, so a sentence can still end there.
   */
  private CharSequence maskLongTokens(int bs, int be) {
    char[] masked = null;
    int runStart = bs;
    for (int i = bs; i <= be; i++) {
      if (i < be && !isSpace(text.charAt(i))) {
        continue;
      }
      if (i - runStart > Sentences.LONG_TOKEN) {
        if (masked == null) {
          masked = text.substring(bs, be).toCharArray();
        }
        for (int j = runStart; j < i - 1; j++) {
          if (".!?".indexOf(masked[j - bs]) >= 0) {
            masked[j - bs] = '_';
          }
        }
      }
      runStart = i + 1;
    }
    return masked == null ? text.substring(bs, be) : new String(masked);
  }

  /** Whether the model's boundary at {@code cut} falls inside a sentence after all. */
  private boolean keepTogether(int pieceStart, int cut, int be) {
    int tokenEnd = trimEnd(text, pieceStart, cut);
    int tokenStart = tokenEnd;
    while (tokenStart > pieceStart
        && tokenEnd - tokenStart < 64
        && !isSpace(text.charAt(tokenStart - 1))) {
      tokenStart--;
    }
    int coreEnd = tokenEnd;
    while (coreEnd > tokenStart && CLOSERS.indexOf(text.charAt(coreEnd - 1)) >= 0) {
      coreEnd--;
    }
    int coreStart = tokenStart;
    while (coreStart < coreEnd && OPENERS.indexOf(text.charAt(coreStart)) >= 0) {
      coreStart++;
    }
    if (coreStart == coreEnd) {
      return false;
    }
    char end = text.charAt(coreEnd - 1);
    if (end == '!' || end == '?' || end == '…') {
      return false;
    }
    if (end != '.') {
      return true; // the model split inside a token: "6.3%", "$4.2bn"
    }
    int nextStart = skipSpace(text, cut, be);
    if (nextStart >= be) {
      return false;
    }
    char next = text.charAt(nextStart);
    if (Character.isLowerCase(next)) {
      return true; // "5 p.m. yesterday", "e.g. bread"
    }
    String core = text.substring(coreStart, coreEnd);
    String lower = core.toLowerCase(Locale.ROOT);
    if (ALWAYS_ABBREVIATIONS.contains(lower)) {
      return true;
    }
    if (BEFORE_NUMBER.contains(lower) && Character.isDigit(next)) {
      return true;
    }
    boolean initial = core.length() == 2 && Character.isUpperCase(core.charAt(0));
    boolean initialism = core.length() >= 4 && isInitialism(core);
    if ((initial || initialism) && Character.isUpperCase(next)) {
      return !SENTENCE_STARTERS.contains(word(nextStart, be));
    }
    return false;
  }

  /** "U.S.", "U.K.", "a.m.": letters each followed by a full stop. */
  private static boolean isInitialism(String s) {
    if (s.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i += 2) {
      if (!Character.isLetter(s.charAt(i)) || s.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private String word(int from, int limit) {
    int to = from;
    while (to < limit && to - from < 32 && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return text.substring(from, to);
  }

  /** The first index from {@code from} on that is not white space, at most {@code to}. */
  static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code text[from, to)} without its trailing white space. */
  static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}

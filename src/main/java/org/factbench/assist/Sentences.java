package org.factbench.assist;

import static org.factbench.assist.SentenceBoundaries.isSpace;
import static org.factbench.assist.SentenceBoundaries.skipSpace;
import static org.factbench.assist.SentenceBoundaries.trimEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with character offsets into the original text.
 *
 * <p>Two passes. First the text is cut into blocks line by line, with rules that a statistical
 * model does not know: a blank line always ends a sentence; a list item ({@code "- "}, {@code "*
 * "}, {@code "• "}, {@code "1. "}, {@code "a) "}) or a transcript line ({@code "[00:12:05] SPEAKER:
 * "}, {@code "MINISTER: "}) starts a new one, and its marker, timecode and speaker label are left
 * out of the sentence; a short line without final punctuation (a heading) stands alone; any other
 * line continues the block above it (hard-wrapped text). Then OpenNLP's English sentence model
 * proposes the boundaries inside each block, and a boundary is refused when it falls after an
 * abbreviation ("Dr.", "e.g.", "approx.", "No. 5", "Jan. 5", "U.S. government", "John F. Kennedy"),
 * inside a number ("6.3%", "3.14") or before a lower-case word.
 *
 * <p>The model runs per block, so the work is linear in the length of the text. Thread-safe: the
 * model is loaded once and each thread gets its own detector.
 */
public final class Sentences {

  private Sentences() {}

  /**
   * The longest sentence returned: longer runs of text without a sentence end (a table pasted as
   * prose, a blob) are cut at spaces, so that scoring stays cheap.
   */
  public static final int MAX_SENTENCE = 2_000;

  /** Tokens longer than this cannot hold a sentence boundary except at their end. */
  static final int LONG_TOKEN = 100;

  /** "# ", "- ", "* ", "• ", "1. ", "2) ", "a) ", "(iv) ". */
  private static final String LIST_MARKER =
      "(?:(?<heading>#{1,6})"
          + "|(?<bullet>[-*+•‣◦▪▫·–—])"
          + "|(?<numbered>(?:\\d{1,3}|[a-z]|[ivx]{1,5})[.)]|[A-Z]\\)"
          + "|\\((?:\\d{1,3}|[a-zA-Z]|[ivx]{1,5})\\)))(?=\\s|$)";

  /** "[00:12:05]", "(1:02:03)", "00:12", "12:05:33.250", optionally followed by a dash. */
  static final String TIMECODE =
      "[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?[\\])]?(?:\\s*[-–—])?";

  /**
   * "MINISTER:", "THE SPEAKER:", "Senator Hale:", "MINISTER OF FINANCE (Ms Lind):", "Q:": up to
   * five capitalised words, then a colon followed by a space or the end of the line.
   */
  static final String LABEL =
      "[A-Z][\\p{L}'’.\\-]*(?:\\s+(?:(?:of|for|the|and|de|van|von)\\s+)?[A-Z0-9][\\p{L}0-9'’.\\-]*){0,4}"
          + "(?:\\s*\\([^()\\n]{1,60}\\))?\\s*:(?=\\s|$)";

  private static final Pattern LINE_START =
      Pattern.compile(
          "(?:"
              + LIST_MARKER
              + ")|(?<timecode>"
              + TIMECODE
              + ")(?:\\s*(?<tlabel>"
              + LABEL
              + "))?(?=\\s|$)|(?<label>"
              + LABEL
              + ")");

  /** Words that do not end a heading: a line ending with one is part of a wrapped sentence. */
  private static final Set<String> NOT_LAST_IN_HEADING =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "at",
          "from", "that", "which", "who", "as", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "said", "says", "told", "than", "into", "its", "their", "his", "her",
          "our", "we", "they", "it", "this", "these", "those", "not", "if", "when", "while");

  /** The sentences of {@code text}, in reading order; none for null, empty or blank text. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    new Splitter(text, out).run();
    return out;
  }

  /** One pass over the lines; the open block is the prose not yet handed to the model. */
  private static final class Splitter {
    private final String text;
    private final List<Sentence> out;
    private final Matcher lineStart;
    private final SentenceBoundaries boundaries;
    private int blockStart = -1;
    private int blockEnd = -1;
    private boolean blockIsItem;

    Splitter(String text, List<Sentence> out) {
      this.text = text;
      this.out = out;
      this.lineStart = LINE_START.matcher(text);
      this.boundaries = new SentenceBoundaries(text, this::emit);
    }

    void run() {
      int n = text.length();
      int pos = 0;
      while (pos < n) {
        int lineEnd = lineEnd(pos);
        int next = nextLine(lineEnd);
        line(pos, lineEnd, next);
        pos = next;
      }
      flush();
    }

    private void line(int ls, int le, int next) {
      int cs = skipSpace(text, ls, le);
      int ce = trimEnd(text, cs, le);
      if (cs == ce) {
        flush(); // a blank line always ends the sentence
        return;
      }
      lineStart.region(cs, ce);
      if (lineStart.lookingAt() && acceptMarker(ce)) {
        int rest = skipSpace(text, lineStart.end(), ce);
        boolean labelOnly = lineStart.group("label") != null && rest == ce;
        flush();
        if (lineStart.group("heading") != null) {
          emit(rest, ce); // "## Heading"
        } else if (labelOnly) {
          if (hasLowerCase(cs, ce)) {
            emit(cs, ce); // "Note:" alone on its line is text; "MINISTER:" only names a speaker
          }
        } else if (rest < ce) {
          blockStart = rest;
          blockEnd = ce;
          blockIsItem = lineStart.group("bullet") != null || lineStart.group("numbered") != null;
        }
        return;
      }
      boolean afterBreak = blockStart < 0 || endsSentence(blockEnd);
      if (afterBreak && isHeading(cs, ce, next)) {
        flush();
        emit(cs, ce);
        return;
      }
      if (blockStart < 0) {
        blockStart = cs;
        blockIsItem = false;
      }
      blockEnd = ce;
    }

    /**
     * A label followed by lower-case words is prose, not a speaker. A numbered marker ("12. ") in
     * the middle of a sentence is a hard-wrapped number, not a list item: it counts only where a
     * sentence could start.
     */
    private boolean acceptMarker(int ce) {
      if (lineStart.group("label") != null) {
        // "Note: the figures..." is prose; a speaker's words start with a capital
        int rest = skipSpace(text, lineStart.end(), ce);
        return rest == ce || !Character.isLowerCase(text.charAt(rest));
      }
      if (lineStart.group("numbered") == null) {
        return true;
      }
      return blockStart < 0
          || blockIsItem
          || endsSentence(blockEnd)
          || text.charAt(blockEnd - 1) == ':';
    }

    /** A short line, without final punctuation, that the next line does not continue. */
    private boolean isHeading(int cs, int ce, int next) {
      int len = ce - cs;
      if (len > 80) {
        return false;
      }
      char first = text.charAt(cs);
      char last = text.charAt(ce - 1);
      if (!(Character.isUpperCase(first) || Character.isDigit(first))
          || ".!?,;:…-–—\"'”’".indexOf(last) >= 0) {
        return false;
      }
      int words = 0;
      int lastWordStart = cs;
      boolean inWord = false;
      for (int i = cs; i < ce; i++) {
        boolean space = isSpace(text.charAt(i));
        if (!space && !inWord) {
          words++;
          lastWordStart = i;
        }
        inWord = !space;
      }
      if (words > 10
          || NOT_LAST_IN_HEADING.contains(
              text.substring(lastWordStart, ce).toLowerCase(Locale.ROOT))) {
        return false;
      }
      // what follows: nothing, a blank line or a marked line end it; prose must start afresh
      int n = text.length();
      if (next >= n) {
        return true;
      }
      int nle = lineEnd(next);
      int ncs = skipSpace(text, next, nle);
      int nce = trimEnd(text, ncs, nle);
      if (ncs == nce) {
        return true;
      }
      lineStart.region(ncs, nce);
      if (lineStart.lookingAt()) {
        return true;
      }
      char nf = text.charAt(ncs);
      // a wrapped sentence often continues with a number ("...verified\n11,700 deaths")
      boolean capital = Character.isUpperCase(nf) || SentenceBoundaries.OPENERS.indexOf(nf) >= 0;
      // hard-wrapped lines are about as long as each other; a heading is a few words, or much
      // shorter than the prose under it
      return capital && (words <= 6 || len * 10 <= (nce - ncs) * 7);
    }

    private void flush() {
      if (blockStart >= 0) {
        boundaries.detect(blockStart, blockEnd);
      }
      blockStart = -1;
      blockEnd = -1;
      blockIsItem = false;
    }

    private boolean hasLowerCase(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLowerCase(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean endsSentence(int end) {
      int i = end;
      while (i > 0 && SentenceBoundaries.CLOSERS.indexOf(text.charAt(i - 1)) >= 0 && end - i < 4) {
        i--;
      }
      return i > 0 && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Adds the trimmed text as a sentence; a runaway one is cut at spaces into pieces. */
    private void emit(int from, int to) {
      int s = skipSpace(text, from, to);
      int e = trimEnd(text, s, to);
      while (e - s > MAX_SENTENCE) {
        int cut = s + MAX_SENTENCE;
        int space = cut;
        while (space > s + MAX_SENTENCE / 2 && !isSpace(text.charAt(space))) {
          space--;
        }
        if (isSpace(text.charAt(space))) {
          cut = space;
        } else if (Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
        int pieceEnd = trimEnd(text, s, cut);
        out.add(new Sentence(s, pieceEnd, text.substring(s, pieceEnd)));
        s = skipSpace(text, cut, e);
      }
      if (s < e) {
        out.add(new Sentence(s, e, text.substring(s, e)));
      }
    }

    private int lineEnd(int from) {
      int n = text.length();
      int i = from;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }

    private int nextLine(int lineEnd) {
      int n = text.length();
      if (lineEnd < n && text.charAt(lineEnd) == '\r') {
        lineEnd++;
      }
      if (lineEnd < n && text.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
  }
}

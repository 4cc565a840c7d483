package org.factbench.document.anchor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Generates old and new versions of documents with claims, knowing where each claim's quote truly
 * went. Deterministic for a seed.
 *
 * <p>Text: sentences of the ClaimBuster debates 1960-2012 (the top level of {@code
 * claimbuster-checkworthy} in the shared data folder, {@code ../shared/data} or {@code
 * -Dreanchor.data.dir}; research use, see its README), taken in order from a debate and grouped
 * into paragraphs of 3 to 7 sentences until the text has about 50,000 characters. Claims: 30
 * sentences of at least 8 words, quoted whole or as a stretch of at least 6 whole words.
 *
 * <p>Edits, in this order: 8 typo fixes (a letter swapped, dropped, doubled or replaced, half of
 * them in claimed sentences), 4 rewordings (a word replaced: digits by words, spelling variants,
 * another word), 6 sentences inserted (from another debate), 3 sentences deleted (one of them
 * claimed, whose claim is then removed), 2 paragraphs inserted, 1 paragraph removed (with at least
 * one claim), 1 claimed sentence repeated as a pull quote in another paragraph, 1 paragraph moved
 * elsewhere and 2 paragraphs swapped.
 */
final class EditedVersions {

  /** One claim: its anchor in the old text, and its true place in the new one (or none). */
  record ClaimCase(Reanchoring.Anchor anchor, int trueStart, int trueEnd, boolean removed) {

    /** The quote as it truly reads in the new text. */
    String trueQuote(String newText) {
      return removed ? null : newText.substring(trueStart, trueEnd);
    }
  }

  /** A document's two versions and its claims. */
  record DocumentCase(String oldText, String newText, List<ClaimCase> claims) {}

  static final int CLAIMS = 30;
  static final int TARGET_LENGTH = 50_000;

  private static final String[][] REWORDINGS = {
    {"percent", "per cent"},
    {"1", "one"},
    {"2", "two"},
    {"3", "three"},
    {"5", "five"},
    {"10", "ten"},
    {"million", "billion"},
    {"America", "the United States"},
    {"going to", "gonna"},
    {"don't", "do not"},
    {"can't", "cannot"},
    {"we", "we all"},
    {"and", "as well as"},
    {"the", "this"},
    {"is", "was"},
  };

  private final List<List<String>> debates;

  private EditedVersions(List<List<String>> debates) {
    this.debates = debates;
  }

  /** Reads the debates from the shared data folder. */
  static EditedVersions fromSharedData() {
    Path root =
        Path.of(System.getProperty("reanchor.data.dir", "../shared/data"))
            .resolve("claimbuster-checkworthy");
    List<List<String>> debates = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().endsWith("_pres_debate.tsv"))
              .sorted()
              .toList()) {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] columns = line.split("\t");
          if (columns.length >= 3 && !columns[2].isBlank()) {
            sentences.add(columns[2].strip().replaceAll("\\s+", " "));
          }
        }
        debates.add(sentences);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the ClaimBuster debates are needed in " + root, e);
    }
    if (debates.size() < 10) {
      throw new IllegalStateException("expected the ClaimBuster debates in " + root);
    }
    return new EditedVersions(debates);
  }

  /**
   * The debates whose index (in file-name order) modulo {@code parts} is {@code which}: the
   * threshold is tuned on one part and reported on the other.
   */
  EditedVersions part(int parts, int which) {
    List<List<String>> chosen = new ArrayList<>();
    for (int d = 0; d < debates.size(); d++) {
      if (d % parts == which) {
        chosen.add(debates.get(d));
      }
    }
    return new EditedVersions(chosen);
  }

  /** {@code count} documents from {@code seed}. */
  List<DocumentCase> documents(int count, long seed) {
    List<DocumentCase> out = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      out.add(document(new Random(seed * 1_000_003L + d), d));
    }
    return out;
  }

  private DocumentCase document(Random random, int index) {
    Draft draft = new Draft();
    int debate = index % debates.size();
    List<String> source = debates.get(debate);
    int at = random.nextInt(source.size());
    int length = 0;
    while (length < TARGET_LENGTH) {
      List<Sentence> paragraph = new ArrayList<>();
      int size = 3 + random.nextInt(5);
      for (int k = 0; k < size; k++) {
        if (at == source.size()) {
          debate = (debate + 1) % debates.size();
          source = debates.get(debate);
          at = 0;
        }
        String s = source.get(at++);
        if (draft.used.add(s)) {
          paragraph.add(new Sentence(s));
          length += s.length() + 1;
        }
      }
      if (!paragraph.isEmpty()) {
        draft.paragraphs.add(paragraph);
      }
    }
    placeClaims(draft, random);
    String oldText = draft.render();
    List<Reanchoring.Anchor> anchors = draft.anchors();
    edit(draft, random, debates.get((index + debates.size() / 2) % debates.size()));
    String newText = draft.render();
    List<ClaimCase> claims = new ArrayList<>();
    for (int c = 0; c < anchors.size(); c++) {
      int[] truth = draft.where(c);
      claims.add(
          truth == null
              ? new ClaimCase(anchors.get(c), -1, -1, true)
              : new ClaimCase(anchors.get(c), truth[0], truth[1], false));
    }
    return new DocumentCase(oldText, newText, claims);
  }

  private static void placeClaims(Draft draft, Random random) {
    List<Sentence> candidates = new ArrayList<>();
    for (List<Sentence> paragraph : draft.paragraphs) {
      for (Sentence s : paragraph) {
        if (words(s.text.toString()).size() >= 8) {
          candidates.add(s);
        }
      }
    }
    for (int c = 0; c < CLAIMS && !candidates.isEmpty(); c++) {
      Sentence s = candidates.remove(random.nextInt(candidates.size()));
      List<int[]> words = words(s.text.toString());
      if (random.nextBoolean()) {
        s.claim = new Mark(c, 0, s.text.length());
      } else {
        int span = 6 + random.nextInt(words.size() - 5);
        int first = random.nextInt(words.size() - span + 1);
        s.claim = new Mark(c, words.get(first)[0], words.get(first + span - 1)[1]);
      }
    }
  }

  private static void edit(Draft draft, Random random, List<String> otherDebate) {
    for (int k = 0; k < 8; k++) {
      typo(draft.pick(random, k % 2 == 0), random);
    }
    for (int k = 0; k < 4; k++) {
      reword(draft.pick(random, k % 2 == 0), random);
    }
    for (int k = 0; k < 6; k++) {
      List<Sentence> p = draft.paragraphs.get(random.nextInt(draft.paragraphs.size()));
      p.add(
          random.nextInt(p.size() + 1),
          new Sentence(otherDebate.get(random.nextInt(otherDebate.size()))));
    }
    for (int k = 0; k < 3; k++) {
      Sentence s = draft.pick(random, k == 0);
      for (List<Sentence> p : draft.paragraphs) {
        if (p.size() > 1 && p.remove(s)) {
          break;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      List<Sentence> p = new ArrayList<>();
      int start = random.nextInt(otherDebate.size());
      for (int n = 0; n < 4; n++) {
        p.add(draft.fresh(otherDebate, start + n));
      }
      draft.paragraphs.add(random.nextInt(draft.paragraphs.size() + 1), p);
    }
    List<Integer> claimed = new ArrayList<>();
    for (int i = 0; i < draft.paragraphs.size(); i++) {
      if (draft.paragraphs.get(i).stream().anyMatch(s -> s.claim != null)) {
        claimed.add(i);
      }
    }
    draft.paragraphs.remove((int) claimed.get(random.nextInt(claimed.size())));
    Sentence quoted = draft.pick(random, true);
    List<Sentence> host = draft.paragraphs.get(random.nextInt(draft.paragraphs.size()));
    host.add(random.nextInt(host.size() + 1), new Sentence(quoted.text.toString()));
    List<Sentence> moved = draft.paragraphs.remove(random.nextInt(draft.paragraphs.size()));
    draft.paragraphs.add(random.nextInt(draft.paragraphs.size() + 1), moved);
    int a = random.nextInt(draft.paragraphs.size());
    int b = random.nextInt(draft.paragraphs.size());
    List<Sentence> swap = draft.paragraphs.get(a);
    draft.paragraphs.set(a, draft.paragraphs.get(b));
    draft.paragraphs.set(b, swap);
  }

  private static void typo(Sentence s, Random random) {
    List<int[]> words = words(s.text.toString());
    List<int[]> long_ = words.stream().filter(w -> w[1] - w[0] >= 4).toList();
    if (long_.isEmpty()) {
      return;
    }
    int[] w = long_.get(random.nextInt(long_.size()));
    int i = w[0] + 1 + random.nextInt(w[1] - w[0] - 2);
    String t = s.text.toString();
    switch (random.nextInt(4)) {
      case 0 -> s.replace(i, i + 2, "" + t.charAt(i + 1) + t.charAt(i));
      case 1 -> s.replace(i, i + 1, "");
      case 2 -> s.replace(i, i + 1, "" + t.charAt(i) + t.charAt(i));
      default -> s.replace(i, i + 1, t.charAt(i) == 'e' ? "a" : "e");
    }
  }

  private static void reword(Sentence s, Random random) {
    String t = s.text.toString();
    int offset = random.nextInt(REWORDINGS.length);
    for (int k = 0; k < REWORDINGS.length; k++) {
      String[] r = REWORDINGS[(offset + k) % REWORDINGS.length];
      for (int[] w : words(t)) {
        String word = t.substring(w[0], w[1]).replaceAll("[^\\p{L}\\p{N}']+$", "");
        if (word.equals(r[0])) {
          s.replace(w[0], w[0] + word.length(), r[1]);
          return;
        }
      }
    }
    List<int[]> words = words(t);
    int[] w = words.get(random.nextInt(words.size()));
    s.replace(w[0], w[1], "indeed");
  }

  /** The start and end of each run of non-space characters. */
  static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < s.length()) {
      while (k < s.length() && s.charAt(k) == ' ') {
        k++;
      }
      int start = k;
      while (k < s.length() && s.charAt(k) != ' ') {
        k++;
      }
      if (k > start) {
        out.add(new int[] {start, k});
      }
    }
    return out;
  }

  /** A claim's range within its sentence. */
  private static final class Mark {
    final int claim;
    int start;
    int end;

    Mark(int claim, int start, int end) {
      this.claim = claim;
      this.start = start;
      this.end = end;
    }
  }

  private static final class Sentence {
    final StringBuilder text;
    Mark claim;

    Sentence(String text) {
      this.text = new StringBuilder(text);
    }

    /** Replaces {@code [from, to)}, which lies wholly inside or outside the claim's range. */
    void replace(int from, int to, String replacement) {
      text.replace(from, to, replacement);
      int delta = replacement.length() - (to - from);
      if (claim == null) {
        return;
      }
      if (to <= claim.start && from < claim.start) {
        claim.start += delta;
        claim.end += delta;
      } else if (from >= claim.start && to <= claim.end) {
        claim.end += delta;
      }
    }
  }

  private static final class Draft {
    final List<List<Sentence>> paragraphs = new ArrayList<>();
    final Set<String> used = new HashSet<>();

    /** The first sentence of {@code debate} from {@code at} on (wrapping) not yet in the text. */
    Sentence fresh(List<String> debate, int at) {
      for (int k = 0; k < debate.size(); k++) {
        String s = debate.get((at + k) % debate.size());
        if (used.add(s)) {
          return new Sentence(s);
        }
      }
      throw new IllegalStateException("no fresh sentence left");
    }

    /** A random sentence, one with a claim if {@code claimed} and there is one. */
    Sentence pick(Random random, boolean claimed) {
      List<Sentence> all = new ArrayList<>();
      for (List<Sentence> p : paragraphs) {
        for (Sentence s : p) {
          if (!claimed || s.claim != null) {
            all.add(s);
          }
        }
      }
      if (all.isEmpty()) {
        return pick(random, false);
      }
      return all.get(random.nextInt(all.size()));
    }

    String render() {
      StringBuilder out = new StringBuilder();
      for (List<Sentence> p : paragraphs) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        for (int k = 0; k < p.size(); k++) {
          if (k > 0) {
            out.append(' ');
          }
          out.append(p.get(k).text);
        }
      }
      return out.toString();
    }

    /** Each claim's anchor, by claim number, in the text as rendered now. */
    List<Reanchoring.Anchor> anchors() {
      String text = render();
      List<Reanchoring.Anchor> out = new ArrayList<>();
      for (int c = 0; c < CLAIMS; c++) {
        int[] r = where(c);
        if (r != null) {
          out.add(new Reanchoring.Anchor(r[0], r[1], text.substring(r[0], r[1])));
        }
      }
      return out;
    }

    /** Where claim {@code c} is in the text as rendered now, or {@code null} if it was removed. */
    int[] where(int c) {
      int offset = 0;
      boolean firstParagraph = true;
      for (List<Sentence> p : paragraphs) {
        offset += firstParagraph ? 0 : 2;
        firstParagraph = false;
        for (int k = 0; k < p.size(); k++) {
          offset += k > 0 ? 1 : 0;
          Sentence s = p.get(k);
          if (s.claim != null && s.claim.claim == c) {
            return new int[] {offset + s.claim.start, offset + s.claim.end};
          }
          offset += s.text.length();
        }
      }
      return null;
    }
  }
}

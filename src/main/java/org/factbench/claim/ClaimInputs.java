package org.factbench.claim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factbench.assist.Quantities;
import org.factbench.base.ControlCharacters;
import org.factbench.base.HttpUrls;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.DocumentText;

/**
 * The rules for what users type into a claim, a source or a note: lengths, tags, no control
 * characters ({@link ControlCharacters}), and a span of a document's text. Each refusal names the
 * field and says what to do.
 */
final class ClaimInputs {

  static final int MAX_WORDING = 5_000;
  static final int MAX_RATIONALE = 50_000;
  static final int MAX_NOTE = 20_000;
  static final int MAX_TAGS = 20;

  private ClaimInputs() {}

  static String wording(String raw) {
    ControlCharacters.refuse("wording", raw);
    String w = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (w.isEmpty()) {
      throw new ValidationFailedException("wording", "Write the claim as it will be checked.");
    }
    if (w.length() > MAX_WORDING) {
      throw new ValidationFailedException(
          "wording", "Keep the claim under " + MAX_WORDING + " characters.");
    }
    return w;
  }

  static String noteBody(String raw) {
    String b = ControlCharacters.refuse("note", raw == null ? "" : raw.strip());
    if (b.isEmpty()) {
      throw new ValidationFailedException("note", "The note is empty.");
    }
    if (b.length() > MAX_NOTE) {
      throw new ValidationFailedException("note", "Keep a note under " + MAX_NOTE + " characters.");
    }
    return b;
  }

  static void limit(String field, String value, int max) {
    ControlCharacters.refuse(field, value);
    if (value != null && value.length() > max) {
      throw new ValidationFailedException(field, "Keep this under " + max + " characters.");
    }
  }

  static String normaliseTag(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  static List<String> normaliseTags(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String t : raw) {
      ControlCharacters.refuse("tags", t);
      if (t != null && !t.isBlank()) {
        String tag = normaliseTag(t);
        if (tag.length() > 50) {
          throw new ValidationFailedException("tags", "Keep each tag under 50 characters.");
        }
        tags.add(tag);
      }
    }
    if (tags.size() > MAX_TAGS) {
      throw new ValidationFailedException("tags", "A claim has at most " + MAX_TAGS + " tags.");
    }
    return List.copyOf(tags);
  }

  static String rationale(String raw) {
    String rationale = ControlCharacters.refuse("rationale", raw == null ? "" : raw.strip());
    if (rationale.length() > MAX_RATIONALE) {
      throw new ValidationFailedException(
          "rationale", "Keep the rationale under " + MAX_RATIONALE + " characters.");
    }
    return rationale;
  }

  /** A claimant's name, spaces collapsed. */
  static String claimant(String raw) {
    String clean = ControlCharacters.refuse("claimant", raw).strip().replaceAll("\\s+", " ");
    if (clean.length() > 200) {
      throw new ValidationFailedException(
          "claimant", "Keep the claimant's name under 200 characters.");
    }
    return clean;
  }

  /** A source's address, normalised, after the rules for every field of a source. */
  static String source(SourceInput input) {
    String url = HttpUrls.normalise("url", input.url());
    if (input.stance() == null) {
      throw new ValidationFailedException(
          "stance", "Say whether the source supports, refutes or gives context.");
    }
    limit("title", input.title(), 500);
    limit("publisher", input.publisher(), 200);
    limit("passage", input.passage(), 20_000);
    limit("reliabilityNote", input.reliabilityNote(), 1_000);
    limit("figure", input.figure(), 200);
    if (!input.figure().isEmpty() && Quantities.find(input.figure()).isEmpty()) {
      throw new ValidationFailedException(
          "figure",
          "Give the source's figure as a number or a range, such as 180,000-220,000, 6.3% or 2.5"
              + " million.");
    }
    return url;
  }

  /** The anchor of {@code input}'s span in {@code doc}, or a refusal that says why not. */
  static Anchor anchorFor(DocumentText doc, NewClaim input) {
    String text = doc.text();
    if (input.start() == null || input.end() == null || input.quote() == null) {
      throw new ValidationFailedException(null, "A claim from a document needs the selected span.");
    }
    int start = input.start();
    int end = input.end();
    if (start < 0 || end > text.length() || start >= end) {
      throw new ValidationFailedException(
          null, "The selection lies outside the document's text. Select the passage again.");
    }
    Anchor anchor = Anchor.of(doc.document().id(), text, start, end);
    if (!anchor.quote().equals(input.quote())) {
      throw new ValidationFailedException(
          null, "The selection does not match the document's text. Select the passage again.");
    }
    if (anchor.quote().isBlank()) {
      throw new ValidationFailedException(null, "Select some words, not only spaces.");
    }
    return anchor;
  }
}

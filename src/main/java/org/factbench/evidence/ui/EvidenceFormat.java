package org.factbench.evidence.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.factbench.base.ui.Messages;
import org.factbench.evidence.PassageState;
import org.factbench.evidence.SourceArchive;
import org.factbench.evidence.WatchState;

/** How the evidence views say things: moments, hashes, the passage and watch sentences. */
final class EvidenceFormat {

  private EvidenceFormat() {}

  /** A moment as the issue writes it: {@code 3 Dec 2026 07:12 UTC}, in the user's language. */
  static String when(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Messages.locale())
            .withZone(ZoneOffset.UTC)
            .format(at);
  }

  /** The first 12 hex digits of a SHA-256, enough to tell bodies apart by eye. */
  static String shortHash(String sha256) {
    return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length())) + "\u2026";
  }

  /** "Passage found in the archived copy (fetched ...)", "Passage differs slightly (92% alike)". */
  static String passage(SourceArchive a) {
    return switch (a.passage()) {
      case FOUND -> Messages.t("evidence.passage.found", when(a.archivedAt()));
      case SIMILAR ->
          Messages.t(
              "evidence.passage.similar",
              String.valueOf(a.similarity() == null ? 0 : a.similarity()));
      case NOT_FOUND -> Messages.t("evidence.passage.not-found");
      case NO_PASSAGE -> Messages.t("evidence.passage.none");
      case NOT_ARCHIVED -> Messages.t("evidence.passage.not-archived");
      case PENDING -> Messages.t("evidence.passage.pending");
    };
  }

  /** "Unchanged (checked ...)", "Changed since cited (noticed ...)", "Gone", "Unreachable". */
  static String watch(SourceArchive a) {
    return switch (a.watch()) {
      case UNCHANGED -> Messages.t("evidence.watch.unchanged", when(a.lastCheckedAt()));
      case CHANGED -> Messages.t("evidence.watch.changed", when(a.watchSince()));
      case GONE -> Messages.t("evidence.watch.gone", when(a.watchSince()));
      case UNREACHABLE -> Messages.t("evidence.watch.unreachable", when(a.watchSince()));
      case PENDING -> Messages.t("evidence.watch.pending");
    };
  }

  /** A short sentence for a source that needs a look, or null when it does not. */
  static String warning(SourceArchive a) {
    if (a.watch() == WatchState.CHANGED) {
      return Messages.t("evidence.warning.changed", when(a.watchSince()));
    }
    if (a.watch() == WatchState.GONE) {
      return Messages.t("evidence.warning.gone");
    }
    if (a.passage() == PassageState.NOT_FOUND) {
      return Messages.t("evidence.warning.passage-not-found");
    }
    if (a.passage() == PassageState.SIMILAR) {
      return Messages.t(
          "evidence.warning.passage-similar",
          String.valueOf(a.similarity() == null ? 0 : a.similarity()));
    }
    if (a.passage() == PassageState.NOT_ARCHIVED) {
      return Messages.t("evidence.warning.not-archived");
    }
    return null;
  }
}

package org.factbench.reader.ui;

import java.util.Optional;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.SimilarClaims;
import org.factbench.matching.ui.AlreadyCheckedBadge;

/** The reader's question to matching: has this sentence been checked already? */
final class AlreadyChecked {

  private AlreadyChecked() {}

  /** The best match of {@code sentence} above the calibrated threshold, with a verdict, if any. */
  static Optional<SimilarClaim> best(SimilarClaims matching, long workspaceId, String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return Optional.empty();
    }
    return AlreadyCheckedBadge.best(matching.similar(workspaceId, sentence, null, 3));
  }
}

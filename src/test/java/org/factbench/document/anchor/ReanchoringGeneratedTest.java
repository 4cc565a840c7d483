package org.factbench.document.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factbench.document.anchor.EditedVersions.DocumentCase;
import org.factbench.document.anchor.ReanchoringEvaluation.Tally;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring on 50 generated documents of 30 claims each (see {@link EditedVersions}), from the
 * half of the debates that was not used to choose the threshold.
 */
class ReanchoringGeneratedTest {

  static final long SEED = 20L;

  private static final List<DocumentCase> DOCUMENTS =
      EditedVersions.fromSharedData().part(2, 1).documents(50, SEED);

  private static final Tally TALLY =
      ReanchoringEvaluation.run(DOCUMENTS, Reanchoring.DEFAULT_THRESHOLD);

  @Test
  void the_generated_set_has_50_documents_of_30_claims_and_some_removed_claims() {
    assertThat(DOCUMENTS).hasSize(50);
    assertThat(DOCUMENTS).allSatisfy(d -> assertThat(d.claims()).hasSize(30));
    assertThat(DOCUMENTS).allSatisfy(d -> assertThat(d.oldText().length()).isGreaterThan(45_000));
    assertThat(DOCUMENTS).allSatisfy(d -> assertThat(d.claims()).anyMatch(c -> c.removed()));
  }

  @Test
  void the_generator_is_deterministic_for_a_seed() {
    List<DocumentCase> again = EditedVersions.fromSharedData().part(2, 1).documents(3, SEED);
    assertThat(again).isEqualTo(DOCUMENTS.subList(0, 3));
  }

  @Test
  void no_claim_of_the_generated_set_lands_on_wrong_text() {
    Tally tally = TALLY;

    assertThat(tally.claims()).isEqualTo(1_500);
    assertThat(tally.falseAnchorDetails()).isEmpty();
    assertThat(tally.falseAnchors()).isZero();
  }

  @Test
  void every_claim_whose_paragraph_or_sentence_was_removed_is_orphaned() {
    Tally tally = TALLY;

    assertThat(tally.removed()).isGreaterThanOrEqualTo(50);
    assertThat(tally.removedOrphaned()).isEqualTo(tally.removed());
  }

  @Test
  void almost_every_claim_whose_text_survived_is_placed() {
    Tally tally = TALLY;

    int surviving = tally.claims() - tally.removed();
    assertThat(tally.survivingOrphaned()).isLessThanOrEqualTo(surviving / 50);
  }
}

package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.base.Contrast;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.Role;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RatingScaleTest {

  @Autowired Fixtures fixtures;
  @Autowired RatingScale scale;

  @Test
  void a_new_workspace_gets_the_default_scale_best_first_with_two_entries_off_the_scale() {
    var ws = fixtures.workspace("scale");
    var viewer = fixtures.user("scale-viewer");
    fixtures.member(ws, viewer, Role.VIEWER);
    var entries = fixtures.as(viewer, () -> scale.of(ws.id()));
    assertThat(entries)
        .extracting(Verdict::label)
        .containsExactly(
            "True",
            "Mostly true",
            "Mixed",
            "Misleading",
            "Mostly false",
            "False",
            "Unverifiable",
            "Not a factual claim");
    assertThat(entries).filteredOn(v -> !v.onScale()).hasSize(2);
  }

  @Test
  void only_the_workspace_admin_edits_the_scale_and_only_from_the_version_they_saw() {
    var ws = fixtures.workspace("scale-edit");
    var admin = fixtures.user("scale-admin");
    var editor = fixtures.user("scale-editor");
    fixtures.member(ws, admin, Role.ADMIN);
    fixtures.member(ws, editor, Role.EDITOR);
    Verdict mixed = fixtures.as(admin, () -> scale.of(ws.id())).get(2);
    Verdict renamed =
        new Verdict(
            mixed.id(), 3, "Half true", "#ffaa00", "Partly accurate.", true, mixed.version());

    assertThatThrownBy(() -> fixtures.as(editor, () -> scale.update(ws.id(), renamed)))
        .isInstanceOf(AccessDeniedException.class);
    Verdict saved = fixtures.as(admin, () -> scale.update(ws.id(), renamed));
    assertThat(saved.label()).isEqualTo("Half true");
    assertThatThrownBy(() -> fixtures.as(admin, () -> scale.update(ws.id(), renamed)))
        .isInstanceOf(OptimisticLockingFailureException.class);
    Verdict badColour =
        new Verdict(saved.id(), 3, "Half true", "orange", "", true, saved.version());
    assertThatThrownBy(() -> fixtures.as(admin, () -> scale.update(ws.id(), badColour)))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("#rrggbb");
  }

  @Test
  void every_default_verdict_colour_carries_its_label_at_aa_contrast_in_the_text_colour_chosen() {
    var ws = fixtures.workspace("scale-contrast");
    var admin = fixtures.user("scale-contrast-admin");
    fixtures.member(ws, admin, Role.ADMIN);
    var entries = fixtures.as(admin, () -> scale.of(ws.id()));
    for (Verdict v : entries) {
      assertThat(Contrast.ratio(v.colour(), Contrast.textOn(v.colour())))
          .as(v.label() + " " + v.colour())
          .isGreaterThanOrEqualTo(Contrast.AA);
    }
    // white, as badges were painted before, fails on five of them
    assertThat(entries)
        .filteredOn(v -> Contrast.ratio(v.colour(), Contrast.WHITE) < Contrast.AA)
        .extracting(Verdict::label)
        .containsExactly(
            "Mostly true", "Mixed", "Misleading", "Mostly false", "Not a factual claim");
    // an admin's colour is saved when its label can be read on it, in black here
    Verdict mixed = entries.get(2);
    Verdict yellow =
        new Verdict(mixed.id(), 3, "Mixed", "#ffd400", "Partly accurate.", true, mixed.version());
    Verdict saved = fixtures.as(admin, () -> scale.update(ws.id(), yellow));
    assertThat(saved.colour()).isEqualTo("#ffd400");
    assertThat(Contrast.textOn(saved.colour())).isEqualTo(Contrast.BLACK);
  }
}

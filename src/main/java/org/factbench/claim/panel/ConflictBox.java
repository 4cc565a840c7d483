package org.factbench.claim.panel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;

/**
 * Shown when a save meets someone else's newer save: what they changed next to what the user typed,
 * with "discard mine" and "apply mine on top". Nothing is lost either way.
 */
class ConflictBox extends Div {

  ConflictBox() {
    addClassName("fb-conflict");
    setId("edit-conflict");
    setVisible(false);
  }

  void hide() {
    removeAll();
    setVisible(false);
  }

  /**
   * Shows what the other person changed next to the user's values; {@code base} is what the user
   * loaded, {@code mine} what they tried to save, {@code theirs} the claim now.
   */
  void show(
      ClaimEdit base,
      ClaimEdit mine,
      ClaimDetail theirs,
      Function<Long, String> verdictLabel,
      Runnable discardMine,
      Runnable applyMine) {
    removeAll();
    add(
        new H4(Messages.t("claim.conflict.title")),
        new Paragraph(
            Messages.t(
                "claim.conflict.saved-by",
                Objects.requireNonNullElse(
                    theirs.updatedByName(), Messages.t("claim.conflict.another-user")),
                PanelParts.WHEN.format(theirs.updatedAt()))));
    ClaimEdit now = theirs.toEdit();
    List<String> lines = new ArrayList<>();
    compare(lines, Messages.t("claim.form.wording"), base.wording(), now.wording(), mine.wording());
    compare(
        lines, Messages.t("claim.form.claimant"), base.claimant(), now.claimant(), mine.claimant());
    compare(lines, Messages.t("claim.form.tags"), base.tags(), now.tags(), mine.tags());
    compare(
        lines,
        Messages.t("claim.form.verdict"),
        verdictLabel.apply(base.ratingId()),
        verdictLabel.apply(now.ratingId()),
        verdictLabel.apply(mine.ratingId()));
    compare(
        lines,
        Messages.t("claim.conflict.rationale"),
        base.rationale(),
        now.rationale(),
        mine.rationale());
    compare(
        lines,
        Messages.t("claim.form.assignee"),
        base.assigneeId(),
        now.assigneeId(),
        mine.assigneeId());
    compare(
        lines,
        Messages.t("claim.conflict.time"),
        base.timeSeconds(),
        now.timeSeconds(),
        mine.timeSeconds());
    Div changes = new Div();
    changes.setId("conflict-changes");
    lines.forEach(l -> changes.add(new Paragraph(l)));
    if (lines.isEmpty()) {
      changes.add(new Paragraph(Messages.t("claim.conflict.nothing-visible")));
    }
    Button reload = new Button(Messages.t("claim.conflict.discard-mine"), e -> discardMine.run());
    reload.setId("conflict-reload");
    Button reapply = new Button(Messages.t("claim.conflict.apply-mine"), e -> applyMine.run());
    reapply.setId("conflict-reapply");
    reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(changes, new HorizontalLayout(reload, reapply));
    setVisible(true);
    scrollIntoView();
  }

  /**
   * Theirs, with each field that the user changed (compared with what they loaded) taken from the
   * user.
   */
  static ClaimEdit merge(ClaimEdit base, ClaimEdit mine, ClaimEdit theirs) {
    return new ClaimEdit(
        pick(base.wording(), mine.wording(), theirs.wording()),
        pick(base.claimant(), mine.claimant(), theirs.claimant()),
        pick(base.timeSeconds(), mine.timeSeconds(), theirs.timeSeconds()),
        pick(base.tags(), mine.tags(), theirs.tags()),
        pick(base.assigneeId(), mine.assigneeId(), theirs.assigneeId()),
        pick(base.ratingId(), mine.ratingId(), theirs.ratingId()),
        pick(base.rationale(), mine.rationale(), theirs.rationale()),
        theirs.version());
  }

  private static <T> T pick(T base, T mine, T theirs) {
    return Objects.equals(norm(mine), norm(base)) ? theirs : mine;
  }

  private static void compare(
      List<String> out, String field, Object base, Object theirs, Object mine) {
    if (!Objects.equals(norm(base), norm(theirs))) {
      out.add(
          Objects.equals(norm(mine), norm(base))
              ? Messages.t(
                  "claim.conflict.they-changed",
                  field,
                  PanelParts.show(base),
                  PanelParts.show(theirs))
              : Messages.t(
                  "claim.conflict.they-changed-you-wrote",
                  field,
                  PanelParts.show(base),
                  PanelParts.show(theirs),
                  PanelParts.show(mine)));
    }
  }

  private static Object norm(Object o) {
    return o instanceof String s ? s.strip() : o;
  }
}

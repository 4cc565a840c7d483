package org.factbench.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.factbench.base.ui.Messages;
import org.factbench.matching.ReferenceItem;
import org.factbench.matching.SimilarClaim;

/**
 * "Already checked by Snopes: False", linked to the fact-check: shown only for a match whose score
 * reaches the calibrated threshold (decision record 0012) and that carries a verdict.
 */
public final class AlreadyCheckedBadge {

  private AlreadyCheckedBadge() {}

  /** The best match that counts as already checked, if any. */
  public static Optional<SimilarClaim> best(List<SimilarClaim> found) {
    return found.stream().filter(SimilarClaim::alreadyChecked).findFirst();
  }

  /** The words of the badge: "Already checked by Snopes: False". */
  public static String text(SimilarClaim s) {
    if (s.reference() != null) {
      ReferenceItem r = s.reference();
      String by = r.publisher().isBlank() ? r.collection() : r.publisher();
      return Messages.t("matching.checked.by", by, r.rating());
    }
    return Messages.t(
        "matching.checked.here", String.valueOf(s.claim().id()), s.claim().verdictLabel());
  }

  /** The badge for {@code s}: a link to the published fact-check, or to the workspace's claim. */
  public static Component of(long workspaceId, SimilarClaim s) {
    Anchor a = new Anchor();
    a.setText(text(s));
    if (s.reference() != null) {
      if (!s.reference().url().isBlank()) {
        a.setHref(s.reference().url());
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
      }
      a.setTitle(s.reference().claim());
    } else {
      a.setHref("workspaces/" + workspaceId + "/claims/" + s.claim().id());
      a.setTitle(s.claim().wording());
    }
    a.addClassName("fb-already-checked");
    a.getElement().getThemeList().add("badge success small");
    return a;
  }

  /** A reference item in a list of matches: its claim, publisher and verdict, linked. */
  public static Component reference(ReferenceItem r) {
    Span claim = new Span(Messages.t("matching.reference.claim", r.claim()));
    String by = r.publisher().isBlank() ? r.collection() : r.publisher();
    Component verdict;
    String label =
        Messages.t("matching.reference.verdict", by, r.rating().isBlank() ? "?" : r.rating());
    if (r.url().isBlank()) {
      verdict = new Span(label);
    } else {
      Anchor link = new Anchor(r.url(), label);
      link.setTarget(AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      verdict = link;
    }
    Span box = new Span(claim, new Span(" "), verdict);
    box.addClassName("fb-reference-item");
    return box;
  }
}

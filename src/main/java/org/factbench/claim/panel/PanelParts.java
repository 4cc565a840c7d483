package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.factbench.base.Contrast;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.claim.ClaimLink;
import org.factbench.claim.Verdict;

/** Small pieces the panel's sections share: times, badges, links to claims, messages. */
public final class PanelParts {

  /** How the panel writes a moment: {@code 2026-12-03 07:12 UTC}. */
  public static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  private PanelParts() {}

  /** A verdict as a coloured badge ("No verdict yet" without one). */
  public static Span badge(Verdict v) {
    return v == null ? badge(null, null) : badge(v.label(), v.colour());
  }

  /**
   * A verdict's label on its colour, in the text colour that reads best on it ({@link
   * Contrast#textOn}); without a label, "No verdict yet" in the page's own colours.
   */
  public static Span badge(String label, String colour) {
    Span badge = new Span(label == null ? Messages.t("claim.panel.no-verdict") : label);
    badge.addClassName("fb-verdict-badge");
    paint(badge, label == null ? null : colour);
    return badge;
  }

  /** Paints {@code c} in {@code colour} with readable text, or as "no verdict" without one. */
  private static void paint(Component c, String colour) {
    if (Contrast.isHex(colour)) {
      c.getElement().getStyle().set("background", colour).set("color", Contrast.textOn(colour));
    } else {
      c.getElement().getClassList().add("fb-no-verdict");
    }
  }

  /** Another claim: a link to it, its verdict or status, and its document. */
  public static Component linkTo(long workspaceId, ClaimLink l) {
    Anchor a =
        new Anchor(
            "workspaces/" + workspaceId + "/claims/" + l.id(),
            Messages.t("claim.panel.link", String.valueOf(l.id()), l.wording()));
    Span state;
    if (l.verdictLabel() != null) {
      state = badge(l.verdictLabel(), l.verdictColour());
    } else {
      state = new Span(Messages.t(l.status().labelKey()));
      state.getElement().getThemeList().add("badge small contrast");
    }
    Span where =
        new Span(
            l.documentTitle() == null
                ? ""
                : " " + Messages.t("claim.panel.in-document", l.documentTitle()));
    where.addClassName("fb-muted");
    return new Span(a, new Span(" "), state, where);
  }

  /** A value as a person reads it in a change: "(empty)", or cut at 200 characters. */
  public static String show(Object o) {
    if (o == null) {
      return Messages.t("claim.panel.empty-value");
    }
    String s = o.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }

  /** A vertical box without padding or spacing, with an id. */
  public static VerticalLayout box(String id) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.setSpacing(false);
    box.setId(id);
    return box;
  }

  /** Shows a refusal or failure as a message the user can act on. */
  public static void error(RuntimeException e) {
    Notification.show(UserMessages.of(e), 6000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}

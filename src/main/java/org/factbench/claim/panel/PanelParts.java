package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
    Span badge = new Span(v == null ? Messages.t("claim.panel.no-verdict") : v.label());
    badge.addClassName("fb-verdict-badge");
    badge.getStyle().set("background", v == null ? "var(--lumo-contrast-50pct)" : v.colour());
    return badge;
  }

  /** Another claim: a link to it, its verdict or status, and its document. */
  public static Component linkTo(long workspaceId, ClaimLink l) {
    Anchor a =
        new Anchor(
            "workspaces/" + workspaceId + "/claims/" + l.id(),
            Messages.t("claim.panel.link", String.valueOf(l.id()), l.wording()));
    Span state =
        new Span(l.verdictLabel() != null ? l.verdictLabel() : Messages.t(l.status().labelKey()));
    state.getElement().getThemeList().add("badge small");
    if (l.verdictColour() != null) {
      state.getStyle().set("background", l.verdictColour()).set("color", "#fff");
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

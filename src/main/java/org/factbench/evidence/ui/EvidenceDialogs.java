package org.factbench.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.factbench.base.ui.Messages;
import org.factbench.claim.panel.PanelContext;
import org.factbench.evidence.ArchivedText;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.SnapshotView;
import org.factbench.evidence.text.TextDiff;
import org.springframework.data.domain.PageRequest;

/** The dialogs of the evidence section: an archived text, what changed, all snapshots. */
final class EvidenceDialogs {

  /** Characters of an archived text shown in the dialog; the API gives all of it. */
  static final int SHOWN_CHARS = 200_000;

  private EvidenceDialogs() {}

  static void archivedText(
      SnapshotService snapshots, PanelContext context, long claimId, long sourceId, long id) {
    ArchivedText t;
    try {
      t = snapshots.text(context.workspaceId(), claimId, sourceId, id);
    } catch (RuntimeException e) {
      context.error(e);
      return;
    }
    SnapshotView s = t.snapshot();
    Dialog dialog = dialog(Messages.t("evidence.text.title", title(s)));
    Span meta =
        new Span(
            Messages.t(
                "evidence.text.meta",
                s.finalUrl(),
                EvidenceFormat.when(s.fetchedAt()),
                String.valueOf(s.httpStatus()),
                String.valueOf(s.contentType()),
                s.sha256()));
    meta.addClassName("fb-note-meta");
    meta.setId("archived-text-meta");
    Pre text =
        new Pre(
            t.text().length() > SHOWN_CHARS
                ? t.text().substring(0, SHOWN_CHARS) + "\n\u2026"
                : t.text());
    text.setId("archived-text");
    text.addClassName("fb-archived-text");
    VerticalLayout body = new VerticalLayout(meta, text);
    body.setPadding(false);
    if (t.truncated() || t.text().length() > SHOWN_CHARS) {
      Span cut = new Span(Messages.t("evidence.text.truncated"));
      cut.addClassName("fb-muted");
      body.add(cut);
    }
    dialog.add(body);
    dialog.open();
  }

  static void changes(
      SnapshotService snapshots, PanelContext context, long claimId, long sourceId) {
    SnapshotService.Changes c;
    try {
      c = snapshots.changes(context.workspaceId(), claimId, sourceId);
    } catch (RuntimeException e) {
      context.error(e);
      return;
    }
    Dialog dialog = dialog(Messages.t("evidence.diff.title"));
    Span meta =
        new Span(
            Messages.t(
                "evidence.diff.meta",
                EvidenceFormat.when(c.archivedAt()),
                EvidenceFormat.when(c.changedAt()),
                c.diff().removed(),
                c.diff().added()));
    meta.addClassName("fb-note-meta");
    Div lines = new Div();
    lines.setId("evidence-diff");
    lines.addClassName("fb-diff");
    for (TextDiff.Line l : c.diff().lines()) {
      Div line =
          new Div(
              switch (l.kind()) {
                case ADDED -> "+ " + l.text();
                case REMOVED -> "\u2212 " + l.text();
                case SAME -> "  " + l.text();
                case GAP -> Messages.t("evidence.diff.gap", l.text());
              });
      line.addClassName("fb-diff-" + l.kind().name().toLowerCase(java.util.Locale.ROOT));
      lines.add(line);
    }
    VerticalLayout body = new VerticalLayout(meta, lines);
    body.setPadding(false);
    if (c.diff().throughout()) {
      body.add(new Span(Messages.t("evidence.diff.throughout")));
    }
    dialog.add(body);
    dialog.open();
  }

  static void snapshots(
      SnapshotService snapshots, PanelContext context, long claimId, long sourceId) {
    List<SnapshotView> all;
    try {
      all =
          snapshots
              .snapshots(context.workspaceId(), claimId, sourceId, PageRequest.of(0, 50))
              .getContent();
    } catch (RuntimeException e) {
      context.error(e);
      return;
    }
    Dialog dialog = dialog(Messages.t("evidence.snapshots.title"));
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    list.setSpacing(false);
    list.setId("evidence-snapshot-list");
    for (SnapshotView s : all) {
      Div row = new Div();
      row.addClassName("fb-note");
      row.add(
          new Div(
              new Span(
                  Messages.t(
                      s.kind().equals("ARCHIVE")
                          ? "evidence.snapshots.archive"
                          : "evidence.snapshots.check",
                      EvidenceFormat.when(s.fetchedAt())))));
      Span meta =
          new Span(
              s.archived()
                  ? Messages.t(
                      "evidence.snapshots.body",
                      String.valueOf(s.httpStatus()),
                      String.valueOf(s.contentType()),
                      EvidenceFormat.shortHash(s.sha256()),
                      s.finalUrl())
                  : Messages.t(
                      "evidence.snapshots.failed",
                      s.message() == null ? s.outcome() : s.message(),
                      s.finalUrl()));
      meta.addClassName("fb-note-meta");
      row.add(new Div(meta));
      if (s.archived()) {
        Button open =
            new Button(
                Messages.t("evidence.action.open-text"),
                e -> archivedText(snapshots, context, claimId, sourceId, s.id()));
        open.addThemeVariants(
            com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
            com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        row.add(open);
      }
      list.add(row);
    }
    dialog.add(list);
    dialog.open();
  }

  private static Dialog dialog(String title) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(60rem, 95vw)");
    dialog.setMaxHeight("90vh");
    Button close = new Button(Messages.t("evidence.dialog.close"), e -> dialog.close());
    close.setId("evidence-dialog-close");
    dialog.getFooter().add(close);
    return dialog;
  }

  private static String title(SnapshotView s) {
    return s.title() == null || s.title().isBlank() ? s.finalUrl() : s.title();
  }
}

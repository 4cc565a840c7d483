package org.factbench.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Evidence;
import org.factbench.claim.panel.AbstractPanelSection;
import org.factbench.claim.panel.PanelContext;
import org.factbench.claim.panel.PanelParts;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.SourceArchive;
import org.factbench.evidence.WatchState;

/**
 * The archived copy of each source, between the sources (50) and the notes (60): when it was
 * fetched, its status and SHA-256, whether the quoted passage is in it, what the watch last found,
 * and buttons to open the archived text, see what changed, list all snapshots and, for editors,
 * archive again or check now. It follows the claim live: an archive taken in the background shows
 * up when it is recorded.
 */
@org.springframework.stereotype.Component
class EvidenceSection extends AbstractPanelSection {

  private final SnapshotService snapshots;

  EvidenceSection(SnapshotService snapshots) {
    super(55);
    this.snapshots = snapshots;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout list = PanelParts.box("claim-evidence");
    Map<Long, SourceArchive> archives = new HashMap<>();
    if (!d.sources().isEmpty()) {
      snapshots.forClaim(context.workspaceId(), d.id()).forEach(a -> archives.put(a.sourceId(), a));
    }
    for (Evidence s : d.sources()) {
      list.add(item(context, d, s, archives.get(s.id())));
    }
    if (d.sources().isEmpty()) {
      list.add(new Span(Messages.t("evidence.section.empty")));
    }
    long archived = archives.values().stream().filter(SourceArchive::archived).count();
    Details details =
        new Details(
            Messages.t(
                "evidence.section.title",
                String.valueOf(archived),
                String.valueOf(d.sources().size())),
            list);
    details.setId("evidence-details");
    details.setOpened(true);
    details.setWidthFull();
    return details;
  }

  private Div item(PanelContext context, ClaimDetail d, Evidence s, SourceArchive a) {
    Div item = new Div();
    item.setId("evidence-" + s.id());
    item.addClassName("fb-note");
    Span name = new Span(s.title().isBlank() ? s.url() : s.title());
    name.getStyle().set("font-weight", "500");
    item.add(new Div(name));
    String why = snapshots.whyNotFetched(context.workspaceId(), s.url());
    item.add(archiveLine(a, why));
    if (a != null && a.archived()) {
      item.add(passageLine(a));
    }
    if (a != null && a.watch() != WatchState.PENDING && a.archived()) {
      item.add(watchLine(a));
    }
    FlexLayout actions = new WrappingRow("xs");
    if (a != null && a.archived()) {
      actions.add(
          small(
              Messages.t("evidence.action.open-text"),
              "evidence-open-" + s.id(),
              () ->
                  EvidenceDialogs.archivedText(
                      snapshots, context, d.id(), s.id(), a.snapshotId())));
    }
    if (a != null && a.watch() == WatchState.CHANGED) {
      actions.add(
          small(
              Messages.t("evidence.action.show-changes"),
              "evidence-diff-" + s.id(),
              () -> EvidenceDialogs.changes(snapshots, context, d.id(), s.id())));
    }
    if (a != null) {
      actions.add(
          small(
              Messages.t("evidence.action.snapshots"),
              "evidence-snapshots-" + s.id(),
              () -> EvidenceDialogs.snapshots(snapshots, context, d.id(), s.id())));
    }
    if (context.canEdit() && a != null) {
      Button again =
          small(
              Messages.t("evidence.action.archive-again"),
              "evidence-archive-" + s.id(),
              () ->
                  context.run(() -> snapshots.archiveAgain(context.workspaceId(), d.id(), s.id())));
      Button check =
          small(
              Messages.t("evidence.action.check-now"),
              "evidence-check-" + s.id(),
              () -> context.run(() -> snapshots.checkNow(context.workspaceId(), d.id(), s.id())));
      if (why != null) {
        for (Button b : List.of(again, check)) {
          b.setEnabled(false);
          b.setTooltipText(why);
        }
      }
      actions.add(again, check);
    }
    if (actions.getComponentCount() > 0) {
      item.add(actions);
    }
    return item;
  }

  private static Div archiveLine(SourceArchive a, String why) {
    Div line = new Div();
    line.addClassName("fb-note-meta");
    if (a != null && a.archived()) {
      line.add(
          badge(Messages.t("evidence.archive.archived"), "badge success small", "archive-state"),
          new Span(
              " "
                  + Messages.t(
                      "evidence.archive.details",
                      EvidenceFormat.when(a.archivedAt()),
                      String.valueOf(a.httpStatus()),
                      EvidenceFormat.shortHash(a.sha256()))));
      if (a.archiveWanted()) {
        line.add(new Span(" \u00b7 " + Messages.t("evidence.archive.again-pending")));
      }
    } else if (a != null && a.archiveWanted() && why == null) {
      line.add(
          badge(Messages.t("evidence.archive.pending"), "badge contrast small", "archive-state"));
    } else {
      line.add(
          badge(Messages.t("evidence.archive.not-archived"), "badge error small", "archive-state"));
      String problem = a != null && a.problem() != null ? a.problem() : why;
      if (problem != null) {
        line.add(new Span(" " + problem));
      }
    }
    return line;
  }

  private static Div passageLine(SourceArchive a) {
    Div line = new Div();
    line.addClassName("fb-note-meta");
    String text = EvidenceFormat.passage(a);
    String theme =
        switch (a.passage()) {
          case FOUND -> "badge success small";
          case SIMILAR -> "badge small";
          case NOT_FOUND -> "badge error small";
          default -> "badge contrast small";
        };
    line.add(badge(text, theme, "passage-state"));
    return line;
  }

  private static Div watchLine(SourceArchive a) {
    Div line = new Div();
    line.addClassName("fb-note-meta");
    String theme =
        switch (a.watch()) {
          case UNCHANGED -> "badge contrast small";
          case CHANGED -> "badge small";
          case GONE -> "badge error small";
          default -> "badge contrast small";
        };
    line.add(badge(EvidenceFormat.watch(a), theme, "watch-state"));
    return line;
  }

  private static Span badge(String text, String theme, String className) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
    badge.addClassName(className);
    return badge;
  }

  private static Button small(String label, String id, Runnable action) {
    Button b = new Button(label, e -> action.run());
    b.setId(id);
    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return b;
  }
}

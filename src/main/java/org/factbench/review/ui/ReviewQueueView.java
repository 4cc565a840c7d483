package org.factbench.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.CurrentWorkspace;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.RouteIds;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.QueueRow;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.claim.panel.ClaimCells;
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.claim.panel.ClaimPanels;
import org.factbench.claim.panel.PanelParts;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.evidence.SnapshotService;
import org.factbench.review.ReviewQueries;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The reviewers' desk: claims waiting for review and disputed claims, oldest first, filterable by
 * assignee and document; the selected claim opens beside the list with its verdict, rationale,
 * sources, history and the review buttons. The list follows the team's changes live.
 */
@Route("workspaces/:workspaceId/review/:claimId?")
@PermitAll
class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** What the queue shows. */
  enum Show {
    WAITING(
        "review.queue.show.waiting",
        EnumSet.of(ClaimStatus.READY_FOR_REVIEW, ClaimStatus.DISPUTED)),
    READY("review.queue.show.ready", EnumSet.of(ClaimStatus.READY_FOR_REVIEW)),
    DISPUTED("review.queue.show.disputed", EnumSet.of(ClaimStatus.DISPUTED)),
    APPROVED("review.queue.show.approved", EnumSet.of(ClaimStatus.APPROVED)),
    /** Published claims whose cited page changed since cited or is gone (from evidence). */
    SOURCES_CHANGED("review.queue.show.sources-changed", EnumSet.of(ClaimStatus.PUBLISHED));

    final String labelKey;
    final Set<ClaimStatus> statuses;

    Show(String labelKey, Set<ClaimStatus> statuses) {
      this.labelKey = labelKey;
      this.statuses = statuses;
    }
  }

  private final ReviewQueries review;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final DocumentService documents;
  private final ClaimPanels panels;
  private final SnapshotService evidence;
  private final LiveUpdates live;
  private final Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);
  private final Select<Show> show = new Select<>();
  private final ComboBox<Member> assignee = new ComboBox<>();
  private final ComboBox<DocumentSummary> document = new ComboBox<>();
  private final Div detail = new Div();
  private WorkspaceSummary workspace;
  private List<Verdict> scale;
  private List<Member> members;
  private ClaimPanel panel;

  ReviewQueueView(
      ReviewQueries review,
      RatingScale ratings,
      WorkspaceService workspaces,
      DocumentService documents,
      ClaimPanels panels,
      SnapshotService evidence,
      ChangeFeed feed) {
    this.review = review;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.documents = documents;
    this.panels = panels;
    this.evidence = evidence;
    this.live =
        new LiveUpdates(
            this,
            feed,
            change -> {
              grid.getDataProvider().refreshAll();
              if (panel != null) {
                panel.changed(change);
              }
            });
    addClassName("fb-view");
    setSizeFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long workspaceId = RouteIds.id(event, "workspaceId", "The workspace");
    workspace = workspaces.get(workspaceId);
    scale = ratings.of(workspaceId);
    members = workspaces.members(workspaceId);
    CurrentWorkspace.set(workspace.id(), workspace.name());
    live.workspace(workspace.id());
    panel = null;
    build();
    event
        .getRouteParameters()
        .get("claimId")
        .ifPresent(
            id -> {
              try {
                open(Long.parseLong(id));
              } catch (RuntimeException ignored) {
                // a stale link: the queue still opens
              }
            });
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("review.queue.title"));
  }

  private void build() {
    removeAll();
    show.setLabel(Messages.t("review.queue.show"));
    show.setItems(Show.values());
    show.setItemLabelGenerator(s -> Messages.t(s.labelKey));
    show.setValue(Show.WAITING);
    show.setId("queue-show");
    assignee.setLabel(Messages.t("review.queue.assignee"));
    assignee.setItems(members);
    assignee.setItemLabelGenerator(Member::displayName);
    assignee.setClearButtonVisible(true);
    assignee.setId("queue-assignee");
    document.setLabel(Messages.t("review.queue.document"));
    document.setItemLabelGenerator(DocumentSummary::title);
    document.setItems(
        query ->
            documents
                .list(
                    workspace.id(),
                    query.getFilter().orElse(""),
                    PageRequest.of(query.getPage(), query.getPageSize()))
                .getContent()
                .stream());
    document.setClearButtonVisible(true);
    document.setWidth("18rem");
    document.setId("queue-document");
    show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    assignee.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    document.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    FlexLayout filters = new FlexLayout(show, assignee, document);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-s)");

    grid.removeAllColumns();
    grid.addColumn(r -> age(r.since()))
        .setHeader(Messages.t("review.queue.column.waiting"))
        .setTooltipGenerator(r -> PanelParts.WHEN.format(r.since()))
        .setWidth("6em")
        .setFlexGrow(0);
    grid.addComponentColumn(this::statusCell)
        .setHeader(Messages.t("review.queue.column.status"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(ClaimCells.wording(QueueRow::wording, ReviewQueueView::details, r -> null))
        .setHeader(Messages.t("review.queue.column.claim"))
        .setFlexGrow(5);
    grid.addColumn(ClaimCells.verdict(QueueRow::verdictLabel, QueueRow::verdictColour))
        .setHeader(Messages.t("review.queue.column.verdict"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItemsPageable(
        page ->
            show.getValue() == Show.SOURCES_CHANGED
                ? evidence.publishedWithChangedSources(workspace.id(), page).getContent()
                : review
                    .queue(
                        workspace.id(),
                        show.getValue() == null ? Show.WAITING.statuses : show.getValue().statuses,
                        assignee.getValue() == null ? null : assignee.getValue().userId(),
                        document.getValue() == null ? null : document.getValue().id(),
                        page)
                    .getContent());
    grid.addItemClickListener(e -> open(e.getItem().id()));
    grid.setEmptyStateText(Messages.t("review.queue.empty"));
    grid.setId("review-queue");
    // the grid's own default is 400 px: it fills the split's height, so a window shows all it can
    grid.setHeightFull();

    detail.setId("claim-detail");
    detail
        .getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("overflow", "auto")
        .set("box-sizing", "border-box");
    detail.removeAll();
    detail.add(new Span(Messages.t("review.queue.select")));
    SplitLayout split = new SplitLayout(grid, detail);
    split.setSplitterPosition(55);
    split.setSizeFull();
    // on a phone the list and the panel come one under the other (factbench.css)
    split.addClassName("fb-list-split");
    HorizontalLayout header = new HorizontalLayout(new H2(Messages.t("review.queue.title")));
    add(header, filters, split);
    setFlexGrow(1, split);
  }

  static String age(Instant since) {
    Duration d = Duration.between(since, Instant.now());
    if (d.toMinutes() < 1) {
      return Messages.t("review.age.just-now");
    }
    if (d.toHours() < 1) {
      return Messages.t("review.age.minutes", String.valueOf(d.toMinutes()));
    }
    if (d.toDays() < 1) {
      return Messages.t("review.age.hours", String.valueOf(d.toHours()));
    }
    return Messages.t("review.age.days", String.valueOf(d.toDays()));
  }

  private Span statusCell(QueueRow r) {
    Span badge = new Span(Messages.t(r.status().labelKey()));
    badge
        .getElement()
        .getThemeList()
        .add(r.status() == ClaimStatus.DISPUTED ? "badge error" : "badge contrast");
    return badge;
  }

  /**
   * What the queue shows under a claim's wording: who proposed the verdict, who is assigned, the
   * document.
   */
  private static Stream<String> details(QueueRow r) {
    return Stream.of(
        r.proposedBy() == null ? null : Messages.t("review.queue.proposed-by", r.proposedBy()),
        r.assignee() == null ? null : Messages.t("review.queue.assigned-to", r.assignee()),
        r.documentTitle(),
        // a published claim here waits because of its sources: the reason says which
        r.status() == ClaimStatus.PUBLISHED ? r.comment() : null);
  }

  private void open(long claimId) {
    panel =
        panels.create(
            workspace.id(),
            workspace.myRole(),
            scale,
            members,
            changed -> grid.getDataProvider().refreshAll());
    detail.removeAll();
    detail.add(panel);
    panel.show(claimId);
  }
}

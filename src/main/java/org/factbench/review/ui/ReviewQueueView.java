package org.factbench.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.RouteIds;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.QueueRow;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.claim.panel.ClaimCells;
import org.factbench.claim.panel.ClaimListSplit;
import org.factbench.claim.panel.ClaimPanels;
import org.factbench.claim.panel.PanelParts;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.evidence.SnapshotService;
import org.factbench.review.ReviewQueries;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;
import org.springframework.data.domain.PageRequest;

/**
 * The reviewers' desk: claims waiting for review and disputed claims, oldest first, filterable by
 * assignee and document; the selected claim opens beside the list with its verdict, rationale,
 * sources, history and the review buttons. The list follows the team's changes live.
 */
@Route("workspaces/:workspaceId/review/:claimId?")
@WorkspaceMenu(title = "review.nav.review-queue", order = 30, icon = "vaadin:gavel")
@PermitAll
class ReviewQueueView extends WorkspacePage {

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
  private final SnapshotService evidence;
  private final LiveUpdates live;
  private final Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);
  private final ClaimListSplit<QueueRow> split;
  private final Select<Show> show = new Select<>();
  private final ComboBox<Member> assignee = new ComboBox<>();
  private final ComboBox<DocumentSummary> document = new ComboBox<>();
  private List<Verdict> scale;
  private List<Member> members;

  ReviewQueueView(
      ReviewQueries review,
      RatingScale ratings,
      WorkspaceService workspaces,
      DocumentService documents,
      ClaimPanels panels,
      SnapshotService evidence,
      ChangeFeed feed) {
    super(workspaces, "review.queue.title");
    this.review = review;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.documents = documents;
    this.evidence = evidence;
    this.split = new ClaimListSplit<>(panels, grid, QueueRow::id, 55);
    this.live = new LiveUpdates(this, feed, split::changed);
    setSizeFull();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    scale = ratings.of(workspace().id());
    members = workspaces.members(workspace().id());
    live.workspace(workspace().id());
    build();
    RouteIds.openIfPresent(event.getRouteParameters().get("claimId"), split::open);
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
                    workspace().id(),
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
    FlexLayout filters = new WrappingRow("s", show, assignee, document);

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
    grid.setItemsPageable(
        page ->
            show.getValue() == Show.SOURCES_CHANGED
                ? evidence.publishedWithChangedSources(workspace().id(), page).getContent()
                : review
                    .queue(
                        workspace().id(),
                        show.getValue() == null ? Show.WAITING.statuses : show.getValue().statuses,
                        assignee.getValue() == null ? null : assignee.getValue().userId(),
                        document.getValue() == null ? null : document.getValue().id(),
                        page)
                    .getContent());
    grid.setEmptyStateText(Messages.t("review.queue.empty"));
    grid.setId("review-queue");
    split.reset(
        workspace().id(), workspace().myRole(), scale, members, Messages.t("review.queue.select"));
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
}

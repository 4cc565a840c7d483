package org.factbench.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.NarrowWindow;
import org.factbench.base.ui.RouteIds;
import org.factbench.base.ui.UserMessages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimListLink;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimRow;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.claim.panel.ClaimCells;
import org.factbench.claim.panel.ClaimListSplit;
import org.factbench.claim.panel.ClaimPanels;
import org.factbench.claim.panel.ListBadgeColumns;
import org.factbench.security.Role;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;

/**
 * All claims of a workspace: a lazy grid (slices, no counting) with filters and full-text search,
 * and the claim panel beside it.
 */
@Route("workspaces/:workspaceId/claims/:claimId?")
@WorkspaceMenu(title = "claim.nav.claims", order = 20, icon = "vaadin:check-square-o")
@PermitAll
class ClaimsView extends WorkspacePage {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));

  private final ClaimService claims;
  private final ClaimQueries queries;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final ListBadgeColumns badgeColumns;
  private final LiveUpdates live;
  private final NarrowWindow window;
  private ListBadgeColumns.Columns<ClaimRow> badges;
  private Grid.Column<ClaimRow> statusColumn;
  private Grid.Column<ClaimRow> updatedColumn;
  private final Grid<ClaimRow> grid = new Grid<>(ClaimRow.class, false);
  private final ClaimListSplit<ClaimRow> split;
  private final TextField text = new TextField();
  private final ComboBox<ClaimStatus> status = new ComboBox<>();
  private final ComboBox<Verdict> verdict = new ComboBox<>();
  private final TextField claimant = new TextField();
  private final TextField tag = new TextField();
  private final ComboBox<Member> assignee = new ComboBox<>();
  private List<Verdict> scale;
  private List<Member> members;
  private Long documentFilter;
  private ClaimListLink link = ClaimListLink.ALL;

  ClaimsView(
      ClaimService claims,
      ClaimQueries queries,
      RatingScale ratings,
      WorkspaceService workspaces,
      ClaimPanels panels,
      ListBadgeColumns badgeColumns,
      ChangeFeed feed) {
    super(workspaces, "claim.list.title");
    this.claims = claims;
    this.queries = queries;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.badgeColumns = badgeColumns;
    this.split = new ClaimListSplit<>(panels, grid, ClaimRow::id, 58);
    this.live = new LiveUpdates(this, feed, split::changed);
    this.window = NarrowWindow.follow(this, narrow -> narrowColumns());
    setSizeFull();
  }

  /**
   * On a phone the list shows the verdict and the wording, with the status in the wording's details
   * line; the status, updated and badge columns come back in a wider window.
   */
  private void narrowColumns() {
    if (statusColumn == null) {
      return;
    }
    boolean wide = !window.isNarrow();
    statusColumn.setVisible(wide);
    updatedColumn.setVisible(wide);
    badges.setVisible(wide);
    grid.getDataProvider().refreshAll();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    scale = ratings.of(workspace().id());
    members = workspaces.members(workspace().id());
    live.workspace(workspace().id());
    documentFilter =
        RouteIds.optional(event.getLocation().getQueryParameters().getSingleParameter("document"));
    // the desk dashboard links here with what a figure counts (ClaimListLink)
    link = ClaimListLink.of(event.getLocation().getQueryParameters().getParameters());
    build();
    status.setValue(link.status());
    scale.stream()
        .filter(v -> link.ratingId() != null && v.id() == link.ratingId())
        .findFirst()
        .ifPresent(verdict::setValue);
    members.stream()
        .filter(m -> link.assigneeId() != null && m.userId() == link.assigneeId())
        .findFirst()
        .ifPresent(assignee::setValue);
    RouteIds.openIfPresent(
        event
            .getRouteParameters()
            .get("claimId")
            .or(() -> event.getLocation().getQueryParameters().getSingleParameter("claim")),
        split::open);
  }

  private void build() {
    removeAll();
    filter(text, "claim.list.search", "claim-search");
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.setWidth("22rem");
    text.setMaxWidth("100%");
    text.addClassName("fb-filter-wide");
    filter(status, "claim.list.filter.status", "filter-status");
    status.setItems(ClaimStatus.values());
    status.setItemLabelGenerator(s -> Messages.t(s.labelKey()));
    filter(verdict, "claim.list.filter.verdict", "filter-verdict");
    verdict.setItems(scale);
    verdict.setItemLabelGenerator(Verdict::label);
    filter(claimant, "claim.list.filter.claimant", "filter-claimant");
    filter(tag, "claim.list.filter.tag", "filter-tag");
    filter(assignee, "claim.list.filter.assignee", "filter-assignee");
    assignee.setItems(members);
    assignee.setItemLabelGenerator(Member::displayName);
    for (TextField f : List.of(text, claimant, tag)) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
    }
    FlexLayout filters = new WrappingRow("s", text, status, verdict, claimant, tag, assignee);
    if (documentFilter != null) {
      Button onlyDocument =
          new Button(
              Messages.t("claim.list.only-one-document"),
              e -> {
                documentFilter = null;
                e.getSource().setVisible(false);
                grid.getDataProvider().refreshAll();
              });
      onlyDocument.setId("document-filter");
      onlyDocument.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
      filters.add(onlyDocument);
    }
    LinkedFilterChip.of(
            link,
            () -> {
              link = ClaimListLink.ALL;
              grid.getDataProvider().refreshAll();
            })
        .ifPresent(filters::add);
    // on a phone two filters share a row (factbench.css)
    filters.addClassName("fb-filters");
    filters.setWidthFull();
    HorizontalLayout header = new HorizontalLayout(new H2(Messages.t("claim.list.title")));
    header.setAlignItems(Alignment.BASELINE);
    header.getStyle().set("flex-wrap", "wrap");
    if (workspace().myRole().includes(Role.EDITOR)) {
      Button add =
          new Button(
              Messages.t("claim.list.new-claim"), VaadinIcon.PLUS.create(), e -> newByHand());
      add.setId("new-claim");
      header.add(add);
    }
    if (workspace().myRole().includes(Role.ADMIN)) {
      Button deleted =
          new Button(
              Messages.t("claim.list.deleted-claims"),
              VaadinIcon.TRASH.create(),
              e -> openDeleted());
      deleted.setId("deleted-claims");
      deleted.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      header.add(deleted);
    }

    grid.removeAllColumns();
    grid.addColumn(ClaimCells.verdict(ClaimRow::verdictLabel, ClaimRow::verdictColour))
        .setHeader(Messages.t("claim.list.column.verdict"))
        .setSortProperty("verdict")
        .setAutoWidth(true);
    grid.addColumn(ClaimCells.wording(ClaimRow::wording, this::details, ClaimRow::figureCheck))
        .setHeader(Messages.t("claim.list.column.claim"))
        .setSortProperty("wording")
        .setTooltipGenerator(r -> ClaimCells.figureWarning(r.figureCheck()))
        .setFlexGrow(5);
    badges = badgeColumns.addTo(grid, ClaimRow::id);
    statusColumn =
        grid.addColumn(r -> Messages.t(r.status().labelKey()))
            .setHeader(Messages.t("claim.list.column.status"))
            .setSortProperty("status")
            .setAutoWidth(true)
            .setFlexGrow(0);
    updatedColumn =
        grid.addColumn(r -> WHEN.format(r.updatedAt()))
            .setHeader(Messages.t("claim.list.column.updated"))
            .setSortProperty("updatedAt")
            .setWidth("9em")
            .setFlexGrow(0);
    grid.setItemsPageable(
        page ->
            badges.load(
                workspace().id(), queries.search(workspace().id(), filter(), page).getContent()));
    narrowColumns();
    grid.setEmptyStateText(Messages.t("claim.list.empty"));
    grid.setId("claims");
    split.reset(
        workspace().id(), workspace().myRole(), scale, members, Messages.t("claim.list.select"));
    add(header, filters, split);
    setFlexGrow(1, split);
  }

  /**
   * A filter of the list, with a placeholder, an id and a clear button: a change reads it again.
   */
  private <F extends Component & HasPlaceholder & HasClearButton & HasValue<?, ?>> void filter(
      F field, String placeholderKey, String id) {
    field.setPlaceholder(Messages.t(placeholderKey));
    field.setId(id);
    field.setClearButtonVisible(true);
    field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
  }

  private ClaimFilter filter() {
    return link.narrow(
        new ClaimFilter(
            status.getValue(),
            verdict.getValue() == null ? null : verdict.getValue().id(),
            claimant.getValue(),
            tag.getValue(),
            assignee.getValue() == null ? null : assignee.getValue().userId(),
            documentFilter,
            text.getValue()),
        java.time.Instant.now());
  }

  /**
   * What the grid shows under a claim's wording: claimant, document, its link, tags; on a phone,
   * whose list has no status column, the status first.
   */
  private Stream<String> details(ClaimRow r) {
    return Stream.concat(
        Stream.of(
            window.isNarrow() ? Messages.t(r.status().labelKey()) : null,
            r.claimant(),
            r.documentTitle(),
            r.sameAsId() == null
                ? null
                : Messages.t("claim.list.same-claim-as", String.valueOf(r.sameAsId()))),
        r.tags().stream().map(t -> "#" + t));
  }

  /** The admin's list of deleted claims, each with a button that restores it. */
  private void openDeleted() {
    com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
    dialog.setHeaderTitle(Messages.t("claim.list.deleted-claims"));
    dialog.setWidth("min(50rem, 95vw)");
    Grid<ClaimRow> list = new Grid<>(ClaimRow.class, false);
    list.addColumn(ClaimRow::wording)
        .setHeader(Messages.t("claim.list.column.claim"))
        .setFlexGrow(3);
    list.addColumn(r -> WHEN.format(r.updatedAt()))
        .setHeader(Messages.t("claim.list.deleted.column.deleted"));
    list.addComponentColumn(
            r ->
                new Button(
                    Messages.t("claim.list.deleted.restore"),
                    e -> {
                      try {
                        claims.restore(workspace().id(), r.id());
                        list.getDataProvider().refreshAll();
                        grid.getDataProvider().refreshAll();
                      } catch (RuntimeException ex) {
                        com.vaadin.flow.component.notification.Notification.show(
                            UserMessages.of(ex));
                      }
                    }))
        .setAutoWidth(true);
    list.setItemsPageable(page -> queries.deleted(workspace().id(), page).getContent());
    list.setEmptyStateText(Messages.t("claim.list.deleted.empty"));
    list.setId("deleted-list");
    dialog.add(list);
    dialog.getFooter().add(new Button(Messages.t("claim.list.deleted.close"), e -> dialog.close()));
    dialog.open();
  }

  private void newByHand() {
    TextArea wording = new TextArea(Messages.t("claim.list.new.wording"));
    wording.setWidthFull();
    wording.setId("new-claim-wording");
    Span error = new Span();
    error.addClassName("fb-error");
    Button create =
        new Button(
            Messages.t("claim.list.new.create"),
            e -> {
              try {
                var created = claims.create(workspace().id(), NewClaim.byHand(wording.getValue()));
                grid.getDataProvider().refreshAll();
                split.open(created.id());
              } catch (RuntimeException ex) {
                error.setText(UserMessages.of(ex));
              }
            });
    create.setId("create-claim");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    split.show(new H2(Messages.t("claim.list.new.title")), wording, error, create);
  }
}

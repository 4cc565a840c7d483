package org.factbench.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.CurrentWorkspace;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.RouteIds;
import org.factbench.base.ui.UserMessages;
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
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.claim.panel.ClaimPanels;
import org.factbench.claim.panel.ListBadgeColumns;
import org.factbench.security.Role;
import org.factbench.workspace.Member;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;

/**
 * All claims of a workspace: a lazy grid (slices, no counting) with filters and full-text search,
 * and the claim panel beside it.
 */
@Route("workspaces/:workspaceId/claims/:claimId?")
@PermitAll
class ClaimsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));

  private final ClaimService claims;
  private final ClaimQueries queries;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final ClaimPanels panels;
  private final ListBadgeColumns badgeColumns;
  private final LiveUpdates live;
  private ClaimPanel panel;
  private final Grid<ClaimRow> grid = new Grid<>(ClaimRow.class, false);
  private final TextField text = new TextField();
  private final ComboBox<ClaimStatus> status = new ComboBox<>();
  private final ComboBox<Verdict> verdict = new ComboBox<>();
  private final TextField claimant = new TextField();
  private final TextField tag = new TextField();
  private final ComboBox<Member> assignee = new ComboBox<>();
  private final Div detail = new Div();
  private WorkspaceSummary workspace;
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
    this.claims = claims;
    this.queries = queries;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.panels = panels;
    this.badgeColumns = badgeColumns;
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
    documentFilter =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("document")
            .map(
                d -> {
                  try {
                    return Long.valueOf(d);
                  } catch (NumberFormatException e) {
                    return null;
                  }
                })
            .orElse(null);
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
    event
        .getRouteParameters()
        .get("claimId")
        .or(() -> event.getLocation().getQueryParameters().getSingleParameter("claim"))
        .ifPresent(
            id -> {
              try {
                open(Long.parseLong(id));
              } catch (RuntimeException ignored) {
                // a stale link: the list still opens
              }
            });
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(Messages.t("claim.list.title"));
  }

  private void build() {
    removeAll();
    text.setPlaceholder(Messages.t("claim.list.search"));
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.setClearButtonVisible(true);
    text.setWidth("22rem");
    text.setId("claim-search");
    status.setPlaceholder(Messages.t("claim.list.filter.status"));
    status.setId("filter-status");
    status.setItems(ClaimStatus.values());
    status.setItemLabelGenerator(s -> Messages.t(s.labelKey()));
    status.setClearButtonVisible(true);
    verdict.setPlaceholder(Messages.t("claim.list.filter.verdict"));
    verdict.setId("filter-verdict");
    verdict.setItems(scale);
    verdict.setItemLabelGenerator(Verdict::label);
    verdict.setClearButtonVisible(true);
    claimant.setPlaceholder(Messages.t("claim.list.filter.claimant"));
    claimant.setId("filter-claimant");
    claimant.setClearButtonVisible(true);
    tag.setPlaceholder(Messages.t("claim.list.filter.tag"));
    tag.setId("filter-tag");
    tag.setClearButtonVisible(true);
    assignee.setPlaceholder(Messages.t("claim.list.filter.assignee"));
    assignee.setId("filter-assignee");
    assignee.setItems(members);
    assignee.setItemLabelGenerator(Member::displayName);
    assignee.setClearButtonVisible(true);
    for (TextField f : List.of(text, claimant, tag)) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }
    status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    verdict.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    assignee.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    FlexLayout filters = new FlexLayout(text, status, verdict, claimant, tag, assignee);
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
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-s)");
    HorizontalLayout header = new HorizontalLayout(new H2(Messages.t("claim.list.title")));
    header.setAlignItems(Alignment.BASELINE);
    if (workspace.myRole().includes(Role.EDITOR)) {
      Button add =
          new Button(
              Messages.t("claim.list.new-claim"), VaadinIcon.PLUS.create(), e -> newByHand());
      add.setId("new-claim");
      header.add(add);
    }
    if (workspace.myRole().includes(Role.ADMIN)) {
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
    grid.addColumn(
            ClaimCells.wording(ClaimRow::wording, ClaimsView::details, ClaimRow::figureCheck))
        .setHeader(Messages.t("claim.list.column.claim"))
        .setSortProperty("wording")
        .setTooltipGenerator(r -> ClaimCells.figureWarning(r.figureCheck()))
        .setFlexGrow(5);
    var badges = badgeColumns.addTo(grid, ClaimRow::id);
    grid.addColumn(r -> Messages.t(r.status().labelKey()))
        .setHeader(Messages.t("claim.list.column.status"))
        .setSortProperty("status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> WHEN.format(r.updatedAt()))
        .setHeader(Messages.t("claim.list.column.updated"))
        .setSortProperty("updatedAt")
        .setWidth("9em")
        .setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItemsPageable(
        page ->
            badges.load(
                workspace.id(), queries.search(workspace.id(), filter(), page).getContent()));
    grid.addItemClickListener(e -> open(e.getItem().id()));
    grid.setEmptyStateText(Messages.t("claim.list.empty"));
    grid.setId("claims");
    // the grid's own default is 400 px: it fills the split's height, so a window shows all it can
    grid.setHeightFull();

    detail.setId("claim-detail");
    detail
        .getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("overflow", "auto")
        .set("box-sizing", "border-box");
    detail.add(new Span(Messages.t("claim.list.select")));
    SplitLayout split = new SplitLayout(grid, detail);
    split.setSplitterPosition(58);
    split.setSizeFull();
    // on a phone the list and the panel come one under the other (factbench.css)
    split.addClassName("fb-list-split");
    add(header, filters, split);
    setFlexGrow(1, split);
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

  /** What the grid shows under a claim's wording: claimant, document, its link, tags. */
  private static Stream<String> details(ClaimRow r) {
    return Stream.concat(
        Stream.of(
            r.claimant(),
            r.documentTitle(),
            r.sameAsId() == null
                ? null
                : Messages.t("claim.list.same-claim-as", String.valueOf(r.sameAsId()))),
        r.tags().stream().map(t -> "#" + t));
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
                        claims.restore(workspace.id(), r.id());
                        list.getDataProvider().refreshAll();
                        grid.getDataProvider().refreshAll();
                      } catch (RuntimeException ex) {
                        com.vaadin.flow.component.notification.Notification.show(
                            UserMessages.of(ex));
                      }
                    }))
        .setAutoWidth(true);
    list.setItemsPageable(page -> queries.deleted(workspace.id(), page).getContent());
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
                var created = claims.create(workspace.id(), NewClaim.byHand(wording.getValue()));
                grid.getDataProvider().refreshAll();
                open(created.id());
              } catch (RuntimeException ex) {
                error.setText(UserMessages.of(ex));
              }
            });
    create.setId("create-claim");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    detail.removeAll();
    detail.add(new H2(Messages.t("claim.list.new.title")), wording, error, create);
  }
}

package org.factbench.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;

/** A workspace's documents: a lazy list searchable by title, and the import dialog for editors. */
@Route("workspaces/:workspaceId/documents")
@WorkspaceMenu(title = "document.nav.documents", order = 10, icon = "vaadin:file-text-o")
@PermitAll
class DocumentsView extends WorkspacePage {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));

  private final DocumentService documents;
  private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
  private final TextField search = new TextField();

  DocumentsView(DocumentService documents, WorkspaceService workspaces) {
    super(workspaces, "document.list.title");
    this.documents = documents;
    setSizeFull();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    build();
  }

  private void build() {
    removeAll();
    search.setPlaceholder(Messages.t("document.list.search"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setId("document-search");
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    HorizontalLayout toolbar = new HorizontalLayout(search);
    if (workspace().myRole().includes(Role.EDITOR)) {
      Button importButton =
          new Button(
              Messages.t("document.list.import"),
              VaadinIcon.UPLOAD.create(),
              e -> new ImportDialog(documents, workspace().id(), this::opened).open());
      importButton.setId("import-document");
      importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      toolbar.add(importButton);
    }
    grid.removeAllColumns();
    grid.addColumn(DocumentSummary::title)
        .setHeader(Messages.t("document.list.column.title"))
        .setSortProperty("title")
        .setFlexGrow(3);
    grid.addColumn(DocumentSummary::outlet).setHeader(Messages.t("document.list.column.outlet"));
    grid.addColumn(DocumentSummary::speakers)
        .setHeader(Messages.t("document.list.column.speakers"));
    grid.addColumn(d -> d.publishedOn() == null ? "" : d.publishedOn().toString())
        .setHeader(Messages.t("document.list.column.published"))
        .setSortProperty("publishedOn");
    grid.addColumn(d -> String.format("%,d", d.charCount()))
        .setHeader(Messages.t("document.list.column.characters"));
    grid.addColumn(d -> WHEN.format(d.importedAt()))
        .setHeader(Messages.t("document.list.column.imported"))
        .setSortProperty("importedAt");
    if (workspace().myRole().includes(Role.EDITOR)) {
      grid.addComponentColumn(
              d -> {
                Button version =
                    new Button(
                        Messages.t("document.list.new-version"),
                        e -> new ImportDialog(documents, workspace().id(), d, this::opened).open());
                version.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return version;
              })
          .setAutoWidth(true)
          .setFlexGrow(0);
    }
    grid.addColumn(
            d -> d.previousVersionId() == null ? "" : Messages.t("document.list.is-new-version"))
        .setHeader(Messages.t("document.list.column.version"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItemsPageable(
        page -> documents.list(workspace().id(), search.getValue(), page).getContent());
    grid.addItemClickListener(e -> opened(e.getItem()));
    grid.setId("documents");
    grid.setEmptyStateText(Messages.t("document.list.empty"));
    add(new H2(Messages.t("document.list.title")), toolbar, grid);
    setFlexGrow(1, grid);
  }

  private void opened(DocumentSummary d) {
    getUI().ifPresent(ui -> ui.navigate("workspaces/" + workspace().id() + "/documents/" + d.id()));
  }
}

package org.factbench.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.base.ui.WrappingRow;
import org.factbench.claim.ClaimStatus;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.factbench.report.ReportRequest;
import org.factbench.report.ReportService;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;
import org.springframework.data.domain.PageRequest;

/**
 * Reports: choose the scope (one document or the whole workspace), the claim states and the format;
 * preview the HTML report in the page; download any format. The download is written by its own
 * request, outside the UI's session lock, so the user keeps working meanwhile.
 */
@Route("workspaces/:workspaceId/reports")
@WorkspaceMenu(title = "report.nav.reports", order = 40, icon = "vaadin:file-text-o")
@PermitAll
class ReportsView extends WorkspacePage {

  private final ReportService reports;
  private final org.factbench.report.ExportImport importer;
  private final DocumentService documents;
  private final ComboBox<DocumentSummary> scope = new ComboBox<>(Messages.t("report.view.scope"));
  private final java.util.Map<ClaimStatus, Checkbox> states =
      new java.util.EnumMap<>(ClaimStatus.class);
  private final Checkbox notes = new Checkbox(Messages.t("report.view.notes"));
  private final Checkbox history = new Checkbox(Messages.t("report.view.history"));
  private final Checkbox bom = new Checkbox(Messages.t("report.view.bom"));
  private final Select<ReportFormat> format = new Select<>();
  private final IFrame preview = new IFrame();
  private final Span status = new Span();

  /** Shown while a download is being prepared (a spinner icon: no extra web component). */
  private final com.vaadin.flow.component.icon.Icon progress = VaadinIcon.HOURGLASS.create();

  ReportsView(
      ReportService reports,
      org.factbench.report.ExportImport importer,
      WorkspaceService workspaces,
      DocumentService documents) {
    super(workspaces, "report.view.title");
    this.reports = reports;
    this.importer = importer;
    this.documents = documents;
    setSizeFull();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    build();
  }

  private void build() {
    removeAll();
    boolean editor = workspace().myRole().includes(Role.EDITOR);
    scope.setPlaceholder(Messages.t("report.view.scope.whole"));
    scope.setClearButtonVisible(true);
    scope.setItemLabelGenerator(DocumentSummary::title);
    scope.setItems(
        q ->
            documents
                .list(
                    workspace().id(),
                    q.getFilter().orElse(""),
                    PageRequest.of(q.getPage(), q.getPageSize()))
                .getContent()
                .stream());
    scope.setWidth("22rem");
    scope.setId("report-scope");
    FlexLayout stateBoxes = new WrappingRow("s");
    stateBoxes.setId("report-states");
    states.clear();
    for (ClaimStatus s : ClaimStatus.values()) {
      Checkbox box = new Checkbox(Messages.t(s.labelKey()), s == ClaimStatus.PUBLISHED);
      box.setId("report-state-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      box.setReadOnly(!editor);
      states.put(s, box);
      stateBoxes.add(box);
    }
    Span statesLabel =
        new Span(Messages.t(editor ? "report.view.states" : "report.view.states.viewer"));
    statesLabel.addClassName("fb-muted");
    notes.setVisible(editor);
    history.setVisible(editor);
    notes.setId("report-notes");
    history.setId("report-history");
    bom.setId("report-bom");
    format.setLabel(Messages.t("report.view.format"));
    format.setItems(ReportFormat.values());
    format.setItemLabelGenerator(f -> Messages.t(f.labelKey()));
    format.setValue(ReportFormat.HTML);
    format.setId("report-format");
    format.setWidth("20rem");

    Button show =
        new Button(Messages.t("report.view.preview"), VaadinIcon.EYE.create(), e -> preview());
    show.setId("report-preview");
    show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // a link that looks like a button, not a button inside a link: one target, big enough to hit
    Anchor download = new Anchor(this::download, "");
    download.add(VaadinIcon.DOWNLOAD.create(), new Span(Messages.t("report.view.download")));
    download.addClassName("fb-download");
    download.setId("report-download");
    download.getElement().setAttribute("download", true);
    status.setId("report-status");
    progress.setVisible(false);
    progress.setId("report-progress");
    status.addClassName("fb-muted");

    FlexLayout options = new WrappingRow("m", scope, format);
    HorizontalLayout extras = new HorizontalLayout(notes, history, bom);
    HorizontalLayout actions = new HorizontalLayout(show, download, progress, status);
    actions.setAlignItems(Alignment.CENTER);
    preview.setId("report-frame");
    preview.getElement().setAttribute("title", Messages.t("report.view.preview.frame"));
    preview.setWidthFull();
    preview.setHeight("70vh");
    // the report is shown as a document of its own, with no scripts and no access to the app
    preview.setSandbox(IFrame.SandboxType.ALLOW_POPUPS);
    preview
        .getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("background", "white");
    preview.setVisible(false);
    add(new H2(Messages.t("report.view.title")), options, statesLabel, stateBoxes, extras, actions);
    if (workspace().myRole().includes(Role.ADMIN)) {
      add(importer());
    }
    add(preview);
    setFlexGrow(1, preview);
  }

  /** Admins restore a JSON export into this workspace (all or nothing). */
  private com.vaadin.flow.component.Component importer() {
    Span result = new Span();
    result.setId("import-result");
    com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload();
    upload.setId("report-import");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_IMPORT_BYTES);
    upload.setAcceptedFileTypes(".json", "application/json");
    UI ui = UI.getCurrent();
    long ws = workspace().id();
    upload.setUploadHandler(
        com.vaadin.flow.server.streams.UploadHandler.inMemory(
            (metadata, bytes) ->
                ui.access(
                    () -> {
                      try {
                        var done = importer.importJson(ws, new java.io.ByteArrayInputStream(bytes));
                        result.setText(
                            Messages.t(
                                "report.import.done",
                                String.valueOf(done.documents()),
                                String.valueOf(done.claims())));
                      } catch (RuntimeException e) {
                        result.setText(Messages.t("report.import.failed", UserMessages.of(e)));
                      }
                    })));
    upload.addFileRejectedListener(
        e ->
            result.setText(
                Messages.t(
                    "report.import.rejected",
                    e.getErrorMessage(),
                    String.valueOf(MAX_IMPORT_BYTES / (1024 * 1024)))));
    Span hint = new Span(Messages.t("report.import.how"));
    hint.addClassName("fb-muted");
    VerticalLayout box = new VerticalLayout(hint, upload, result);
    box.setPadding(false);
    return new com.vaadin.flow.component.details.Details(Messages.t("report.import.title"), box);
  }

  /** A preview is for looking, not for 10,000 claims in one page of the app. */
  private static final int PREVIEW_CLAIMS = 200;

  private static final int MAX_IMPORT_BYTES = 50 * 1024 * 1024;

  private ReportRequest request() {
    Set<ClaimStatus> chosen = EnumSet.noneOf(ClaimStatus.class);
    states.forEach(
        (s, box) -> {
          if (box.getValue()) {
            chosen.add(s);
          }
        });
    return new ReportRequest(
        scope.getValue() == null ? null : scope.getValue().id(),
        chosen.isEmpty() ? EnumSet.of(ClaimStatus.PUBLISHED) : EnumSet.copyOf(chosen),
        notes.getValue(),
        history.getValue(),
        bom.getValue());
  }

  private void preview() {
    try {
      ReportPlan plan = reports.plan(workspace().id(), request());
      int all = plan.claimCount();
      preview.setSrcdoc(reports.preview(plan, PREVIEW_CLAIMS));
      preview.setVisible(true);
      status.setText(
          all <= PREVIEW_CLAIMS
              ? Messages.t("report.view.preview.count", String.valueOf(all))
              : Messages.t(
                  "report.view.preview.first",
                  String.valueOf(PREVIEW_CLAIMS),
                  String.valueOf(all)));
    } catch (RuntimeException e) {
      status.setText(UserMessages.of(e));
    }
  }

  /** Runs in the download's own request, without the session lock. */
  private void download(DownloadEvent event) throws java.io.IOException {
    UI ui = event.getUI();
    ReportRequest request;
    ReportFormat chosen;
    long ws = workspace().id();
    // the choices are read under the lock, the report is built and written without it
    var session = event.getSession();
    session.lock();
    try {
      request = request();
      chosen = format.getValue() == null ? ReportFormat.HTML : format.getValue();
    } finally {
      session.unlock();
    }
    ui.access(
        () -> {
          status.setText(Messages.t("report.view.preparing"));
          progress.setVisible(true);
        });
    try {
      ReportPlan plan = reports.plan(ws, request);
      reports.refuseOversizedPdf(plan, chosen);
      event.setFileName(ReportService.fileName(plan, chosen));
      event.setContentType(chosen.mediaType());
      try (OutputStream out = event.getOutputStream()) {
        reports.write(plan, chosen, out);
      }
      ui.access(
          () -> {
            progress.setVisible(false);
            status.setText(Messages.t("report.view.downloaded", String.valueOf(plan.claimCount())));
          });
    } catch (RuntimeException e) {
      ui.access(
          () -> {
            progress.setVisible(false);
            status.setText(UserMessages.of(e));
          });
      event.getResponse().setStatus(400);
    }
  }
}

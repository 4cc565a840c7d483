package org.factbench.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.factbench.base.ui.UserMessages;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.document.extract.ImportRefusedException;

/**
 * Imports a source by pasting its text or uploading a file (.txt, .md, .html, .docx, .pdf). A
 * refused import says why and keeps everything the user entered, so they can fix it and try again.
 */
class ImportDialog extends Dialog {

  static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  private final DocumentService documents;
  private final long workspaceId;
  private final Consumer<DocumentSummary> onImported;

  private final TextField title = new TextField("Title");
  private final TextField originUrl = new TextField("Origin (URL)");
  private final TextField outlet = new TextField("Outlet");
  private final TextField speakers = new TextField("Speaker(s)");
  private final DatePicker published = new DatePicker("Published on");
  private final TextField language = new TextField("Language");
  private final TextArea pasted = new TextArea("Text");
  private final Span error = new Span();
  private final Span chosen = new Span();
  private final TabSheet tabs = new TabSheet();
  private byte[] uploadedBytes;
  private String uploadedName;
  private final DocumentSummary previous;

  ImportDialog(DocumentService documents, long workspaceId, Consumer<DocumentSummary> onImported) {
    this(documents, workspaceId, null, onImported);
  }

  /**
   * With {@code previous}, imports a new version of that document; its title and origin carry over.
   */
  ImportDialog(
      DocumentService documents,
      long workspaceId,
      DocumentSummary previous,
      Consumer<DocumentSummary> onImported) {
    this.documents = documents;
    this.workspaceId = workspaceId;
    this.onImported = onImported;
    this.previous = previous;
    setHeaderTitle(
        previous == null
            ? "Import a source"
            : "New version of \u201c" + previous.title() + "\u201d");
    setWidth("min(56rem, 95vw)");

    title.setId("import-title");
    title.setHelperText("Leave empty to take it from the document.");
    title.setMaxLength(300);
    originUrl.setMaxLength(2000);
    language.setValue("en");
    language.setMaxLength(16);
    FormLayout meta = new FormLayout(title, originUrl, outlet, speakers, published, language);
    meta.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));

    pasted.setId("import-text");
    pasted.setWidthFull();
    pasted.setMinHeight("14rem");
    pasted.setPlaceholder("Paste the transcript, briefing or article here.");

    Upload upload = new Upload();
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_UPLOAD_BYTES);
    upload.setAcceptedFileTypes(
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".docx",
        ".pdf",
        "text/plain",
        "text/markdown",
        "text/html",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    UI ui = UI.getCurrent();
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (metadata, bytes) ->
                ui.access(
                    () -> {
                      uploadedBytes = bytes;
                      uploadedName = metadata.fileName();
                      chosen.setText("Ready to import: " + uploadedName);
                      error.setText("");
                    })));
    upload.addFileRejectedListener(
        e ->
            error.setText(
                e.getErrorMessage()
                    + " The limit is 10 MB; allowed: .txt, .md, .html, .docx, .pdf."));
    chosen.setId("import-chosen");
    VerticalLayout uploadTab =
        new VerticalLayout(
            new Paragraph(
                "Upload .txt, .md, .html, .docx or .pdf, up to 10 MB. The type is judged by the"
                    + " content, not the file name."),
            upload,
            chosen);
    uploadTab.setPadding(false);

    tabs.add("Paste text", pasted);
    tabs.add("Upload a file", uploadTab);
    tabs.setWidthFull();

    error.setId("import-error");
    error.addClassName("fb-error");

    meta.setVisible(previous == null);
    add(meta, tabs, error);
    Button importButton = new Button("Import", e -> importNow());
    importButton.setId("import-confirm");
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button("Cancel", e -> close()), importButton);
  }

  private void importNow() {
    DocumentMetadata m =
        new DocumentMetadata(
            title.getValue(),
            originUrl.getValue(),
            outlet.getValue(),
            speakers.getValue(),
            published.getValue(),
            language.getValue());
    try {
      DocumentSummary imported;
      if (tabs.getSelectedIndex() == 1 && uploadedBytes == null) {
        error.setText("Choose a file to upload first.");
        return;
      }
      if (previous != null) {
        imported =
            tabs.getSelectedIndex() == 1
                ? documents.importNewVersion(
                    workspaceId, previous.id(), uploadedBytes, uploadedName)
                : documents.importNewVersion(
                    workspaceId,
                    previous.id(),
                    pasted.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "pasted.txt");
      } else if (tabs.getSelectedIndex() == 1) {
        imported = documents.importFile(workspaceId, m, uploadedBytes, uploadedName);
      } else {
        imported = documents.importText(workspaceId, m, pasted.getValue());
      }
      close();
      onImported.accept(imported);
    } catch (ImportRefusedException e) {
      error.setText(e.getMessage());
    } catch (RuntimeException e) {
      error.setText(UserMessages.of(e));
    }
  }
}

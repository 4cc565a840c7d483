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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Consumer;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.document.extract.ExtractionLimits;
import org.factbench.document.extract.ImportRefusedException;

/**
 * Imports a source by pasting its text or uploading a file (.txt, .md, .html, .docx, .pdf). A
 * refused import says why and keeps everything the user entered, so they can fix it and try again.
 * The largest file it offers to take is the service's limit ({@link
 * DocumentService#importLimits()}), so the dialog and the import cannot disagree.
 */
class ImportDialog extends Dialog {

  /** How the text comes in: pasted, or in a file. */
  enum Way {
    PASTE("document.import.way.paste"),
    UPLOAD("document.import.way.upload");

    final String labelKey;

    Way(String labelKey) {
      this.labelKey = labelKey;
    }
  }

  private final DocumentService documents;
  private final long workspaceId;
  private final Consumer<DocumentSummary> onImported;

  private final TextField title = new TextField(Messages.t("document.import.title"));
  private final TextField originUrl = new TextField(Messages.t("document.import.origin"));
  private final TextField outlet = new TextField(Messages.t("document.import.outlet"));
  private final TextField speakers = new TextField(Messages.t("document.import.speakers"));
  private final DatePicker published = new DatePicker(Messages.t("document.import.published"));
  private final TextField language = new TextField(Messages.t("document.import.language"));
  private final TextArea pasted = new TextArea(Messages.t("document.import.text"));
  private final Span error = new Span();
  private final Span chosen = new Span();
  private final RadioButtonGroup<Way> way = new RadioButtonGroup<>();
  private final ExtractionLimits limits;
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
    this.limits = documents.importLimits();
    setHeaderTitle(
        previous == null
            ? Messages.t("document.import.heading")
            : Messages.t("document.import.heading.new-version", previous.title()));
    setWidth("min(56rem, 95vw)");

    title.setId("import-title");
    title.setHelperText(Messages.t("document.import.title.helper"));
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
    pasted.setPlaceholder(Messages.t("document.import.text.placeholder"));

    Upload upload = new Upload();
    upload.setId("import-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
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
                      chosen.setText(Messages.t("document.import.chosen", uploadedName));
                      error.setText("");
                    })));
    upload.addFileRejectedListener(
        e ->
            error.setText(
                Messages.t(
                    "document.import.rejected", e.getErrorMessage(), limits.maxBytesText())));
    chosen.setId("import-chosen");
    VerticalLayout uploadTab =
        new VerticalLayout(
            new Paragraph(Messages.t("document.import.upload.how", limits.maxBytesText())),
            upload,
            chosen);
    uploadTab.setPadding(false);

    // a choice of two, not tabs: Vaadin's tab list holds a focusable scroller that a tab list may
    // not have (axe: aria-required-children)
    way.setLabel(Messages.t("document.import.way"));
    way.setItems(Way.values());
    way.setItemLabelGenerator(w -> Messages.t(w.labelKey));
    way.setValue(Way.PASTE);
    way.setId("import-way");
    uploadTab.setVisible(false);
    way.addValueChangeListener(
        e -> {
          pasted.setVisible(e.getValue() != Way.UPLOAD);
          uploadTab.setVisible(e.getValue() == Way.UPLOAD);
        });

    error.setId("import-error");
    error.addClassName("fb-error");

    meta.setVisible(previous == null);
    add(meta, way, pasted, uploadTab, error);
    Button importButton = new Button(Messages.t("document.import.confirm"), e -> importNow());
    importButton.setId("import-confirm");
    importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(Messages.t("document.import.cancel"), e -> close()), importButton);
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
      if (way.getValue() == Way.UPLOAD && uploadedBytes == null) {
        error.setText(Messages.t("document.import.no-file"));
        return;
      }
      if (previous != null) {
        imported =
            way.getValue() == Way.UPLOAD
                ? documents.importNewVersion(
                    workspaceId, previous.id(), uploadedBytes, uploadedName)
                : documents.importNewVersion(
                    workspaceId,
                    previous.id(),
                    pasted.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "pasted.txt");
      } else if (way.getValue() == Way.UPLOAD) {
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

package org.factbench.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import java.util.stream.Stream;
import org.factbench.document.ConfiguredDocumentService;
import org.factbench.document.DocumentService;
import org.factbench.document.extract.ExtractionLimits;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The import dialog offers what the import takes: the largest file is the service's limit, in the
 * upload component and in the words that say it, whatever the installation configured.
 */
@IntegrationTest
class ImportDialogTest {

  @Autowired DocumentService documents;
  @Autowired ApplicationContext context;

  @Test
  void the_upload_limit_is_the_services_in_the_component_and_in_the_text() {
    ImportDialog dialog = new ImportDialog(documents, 1, imported -> {});

    assertThat(documents.importLimits().maxBytes()).isEqualTo(10 * 1024 * 1024);
    assertThat(upload(dialog).getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
    assertThat(texts(dialog)).anySatisfy(text -> assertThat(text).contains("up to 10 MB"));
  }

  @Test
  void an_installation_that_allows_less_is_told_its_own_limit() {
    DocumentService smaller =
        ConfiguredDocumentService.withLimits(
            context, ExtractionLimits.of(2_621_440, 500_000, 100, Duration.ofSeconds(5)));

    ImportDialog dialog = new ImportDialog(smaller, 1, imported -> {});

    assertThat(upload(dialog).getMaxFileSize()).isEqualTo(2_621_440);
    assertThat(texts(dialog))
        .anySatisfy(text -> assertThat(text).contains("up to 2.5 MB").doesNotContain("10"));
  }

  private static Upload upload(ImportDialog dialog) {
    return find(dialog, Upload.class).findFirst().orElseThrow();
  }

  private static Stream<String> texts(ImportDialog dialog) {
    return find(dialog, Paragraph.class).map(Paragraph::getText);
  }

  private static <T extends Component> Stream<T> find(Component root, Class<T> type) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> find(c, Component.class)))
        .filter(type::isInstance)
        .map(type::cast);
  }
}

package org.factbench.document.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.time.Duration;
import java.util.stream.Stream;
import org.factbench.document.DocumentService;
import org.factbench.document.extract.ExtractionLimits;
import org.junit.jupiter.api.Test;

/**
 * The import dialog offers what the import takes: the largest file is the service's limit, in the
 * upload component and in the words that say it, whatever the installation configured.
 */
class ImportDialogTest {

  @Test
  void the_upload_limit_is_the_services_in_the_component_and_in_the_text() {
    ExtractionLimits limits =
        ExtractionLimits.of(2_621_440, 500_000, 100, Duration.ofSeconds(5)); // 2.5 MB
    DocumentService documents = mock(DocumentService.class);
    when(documents.importLimits()).thenReturn(limits);

    ImportDialog dialog = new ImportDialog(documents, 1, imported -> {});

    Upload upload = find(dialog, Upload.class).findFirst().orElseThrow();
    assertThat(upload.getMaxFileSize()).isEqualTo(2_621_440);
    assertThat(find(dialog, Paragraph.class).map(Paragraph::getText))
        .anySatisfy(text -> assertThat(text).contains("up to 2.5 MB").doesNotContain("10"));
  }

  private static <T extends Component> Stream<T> find(Component root, Class<T> type) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> find(c, Component.class)))
        .filter(type::isInstance)
        .map(type::cast);
  }
}

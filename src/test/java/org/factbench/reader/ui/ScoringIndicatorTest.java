package org.factbench.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The reader says how far the background scoring of its document has got, asks again while it runs,
 * and shows the suggestions when it ends.
 */
@IntegrationTest
@WithUserDetails("editor")
class ScoringIndicatorTest extends SpringBrowserlessTest {

  @Autowired DocumentService documents;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;

  @Test
  void the_reader_shows_the_scoring_progress_then_the_suggestions_without_a_reload() {
    long ws =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    long doc =
        documents
            .importText(
                ws,
                DocumentMetadata.titled(Fixtures.unique("Progress")),
                "Unemployment fell to 4.1% in 2024, the lowest level since 1990.")
            .id();
    fixtures.scored(doc);
    // as while another node scores it: 120 of 300 sentences done, its lease still running
    jdbc.sql(
            """
            update document set scoring_state = 'SCORING', scoring_node = 'another node',
                   scoring_done = 120, scoring_total = 300, suggestions_version = null,
                   scoring_lease_until = now() + interval '1 hour'
             where id = ?
            """)
        .param(doc)
        .update();
    jdbc.sql("delete from document_suggestion where document_id = ?").param(doc).update();

    navigate("workspaces/" + ws + "/documents/" + doc, DocumentReaderView.class);

    ScoringIndicator indicator = $(ScoringIndicator.class).single();
    assertThat(indicator.isVisible()).isTrue();
    assertThat($(Span.class).id("scoring-progress-label").getText())
        .isEqualTo("Scoring sentences: 40%");
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ScoringIndicator.POLL_MS);
    assertThat(suggestionsShown()).isZero();

    // the other node stops; this one takes the document over when its lease runs out
    jdbc.sql("update document set scoring_lease_until = now() - interval '1 second' where id = ?")
        .param(doc)
        .update();
    assertThat(fixtures.scored(doc)).isEqualTo("DONE");
    UI ui = UI.getCurrent();
    ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

    assertThat(indicator.isVisible()).isFalse();
    assertThat(ui.getPollInterval()).isEqualTo(-1);
    assertThat(suggestionsShown()).isEqualTo(1);
  }

  @SuppressWarnings("unchecked")
  private int suggestionsShown() {
    var grid =
        (com.vaadin.flow.component.grid.Grid<org.factbench.document.Suggestion>)
            $(com.vaadin.flow.component.grid.Grid.class).id("suggestions");
    return test(grid).size();
  }
}

package org.factbench.claim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Hostile text in a source, a claim, a note and a source title reaches the claim panel as text
 * only.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimPanelXssTest extends SpringBrowserlessTest {

  static final String PAYLOAD =
      "Said <img src=x onerror=alert(1)> and </script><script>alert(2)</script>";

  @Autowired JdbcClient jdbc;
  @Autowired SystemTasks system;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  long workspace;
  long claim;

  @BeforeAll
  void hostileClaim() {
    workspace =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    system.runAs(
        "editor",
        () -> {
          var doc =
              documents.importText(
                  workspace, DocumentMetadata.titled("<b>Hostile</b> source"), PAYLOAD);
          String text = documents.get(workspace, doc.id()).text();
          assertThat(text).as("pasted text is kept as text").isEqualTo(PAYLOAD);
          int start = text.indexOf("<img");
          int end = text.length();
          claim =
              claims
                  .create(
                      workspace,
                      new NewClaim(
                          doc.id(),
                          start,
                          end,
                          text.substring(start),
                          PAYLOAD,
                          "<i>Eve</i>",
                          List.of()))
                  .id();
          sources.addSource(
              workspace,
              claim,
              new SourceInput(
                  "https://example.org/a?q=%3Cx%3E",
                  "<img src=x onerror=alert(3)>",
                  "<b>Pub</b>",
                  LocalDate.now(),
                  null,
                  "<script>alert(4)</script>",
                  Stance.REFUTES,
                  ""));
          notes.addNote(
              workspace,
              claim,
              "Look <img src=x onerror=alert(5)> **here** [x](javascript:alert(6))");
        });
  }

  @Test
  @WithUserDetails("editor")
  void the_claim_panel_shows_hostile_text_as_text() {
    navigate("workspaces/" + workspace + "/claims/" + claim, Component.class);
    ClaimPanel panel = find(ClaimPanel.class).single();

    assertThat(find(TextArea.class, panel).withId("claim-wording").single().getValue())
        .isEqualTo(PAYLOAD);
    assertThat(find(Paragraph.class, panel).withId("claim-quote").single().getText())
        .contains("<img src=x onerror=alert(1)>");
    Anchor source = find(Anchor.class, panel).withText("<img src=x onerror=alert(3)>").single();
    assertThat(source.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(source.getElement().getAttribute("target")).isEqualTo("_blank");

    String noteHtml =
        find(Div.class, panel).all().stream()
            .map(d -> d.getElement().getProperty("innerHTML"))
            .filter(h -> h != null && h.contains("here"))
            .findFirst()
            .orElseThrow();
    assertThat(noteHtml)
        .contains("<strong>here</strong>")
        .doesNotContain("<img")
        .doesNotContain("javascript:");
  }
}

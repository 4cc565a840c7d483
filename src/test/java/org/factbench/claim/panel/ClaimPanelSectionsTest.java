package org.factbench.claim.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NoteService;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each section of the claim module's panel on its own, beside the claim's form only: what it shows,
 * and what an editor does with it.
 */
@IntegrationTest
class ClaimPanelSectionsTest extends SpringBrowserlessTest {

  @Autowired PanelTestSupport support;
  @Autowired SourcesSection sourcesSection;
  @Autowired NotesSection notesSection;
  @Autowired HistorySection historySection;
  @Autowired SameClaimSection sameClaimSection;
  @Autowired ClaimQueries queries;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;
  @Autowired NoteService notes;
  @Autowired SystemTasks system;

  @Test
  @WithUserDetails("editor")
  void an_editor_adds_a_source_in_the_sources_section_and_sees_it_listed_with_its_stance() {
    ClaimDetail claim = support.claim("The defence budget doubled in two years.");
    ClaimPanel panel = support.panel(sourcesSection, Role.EDITOR, claim.id());

    test(find(TextField.class, panel).withId("source-url").single())
        .setValue("https://budget.example.gov/2026");
    test(find(TextField.class, panel).withId("source-title").single()).setValue("Budget 2026");
    test(find(Button.class, panel).withId("source-add").single()).click();

    VerticalLayout list = find(VerticalLayout.class, panel).withId("claim-sources").single();
    assertThat(find(Anchor.class, list).withText("Budget 2026").single().getHref())
        .isEqualTo("https://budget.example.gov/2026");
    assertThat(find(Span.class, list).withText("Supports").all()).hasSize(1);
    assertThat(queries.detail(support.demoWorkspace(), claim.id()).sources()).hasSize(1);
  }

  @Test
  @WithUserDetails("editor")
  void a_source_address_that_is_not_http_is_refused_next_to_the_field_and_nothing_is_stored() {
    ClaimDetail claim = support.claim("Inflation fell to 2.1% in October.");
    ClaimPanel panel = support.panel(sourcesSection, Role.EDITOR, claim.id());
    TextField url = find(TextField.class, panel).withId("source-url").single();

    test(url).setValue("javascript:alert(1)");
    test(find(Button.class, panel).withId("source-add").single()).click();

    assertThat(url.isInvalid()).isTrue();
    assertThat(url.getErrorMessage()).isNotBlank();
    assertThat(queries.detail(support.demoWorkspace(), claim.id()).sources()).isEmpty();
  }

  @Test
  @WithUserDetails("viewer")
  void a_viewer_sees_the_sources_without_a_form_to_add_one() {
    ClaimDetail claim = support.published("Unemployment is at a record low.");
    system.runAs(
        "editor",
        () ->
            sources.addSource(
                support.demoWorkspace(),
                claim.id(),
                new SourceInput(
                    "https://stats.example.org/jobs",
                    "Labour survey",
                    "",
                    null,
                    null,
                    "",
                    Stance.CONTEXT,
                    "")));
    ClaimPanel panel = support.panel(sourcesSection, Role.VIEWER, claim.id());

    assertThat(find(Anchor.class, panel).withText("Labour survey").all()).hasSize(1);
    assertThat(find(TextField.class, panel).withId("source-url").all()).isEmpty();
  }

  @Test
  @WithUserDetails("editor")
  void an_editor_adds_a_note_and_the_thread_shows_its_markdown_as_safe_html() {
    ClaimDetail claim = support.claim("Exports grew by a third.");
    ClaimPanel panel = support.panel(notesSection, Role.EDITOR, claim.id());

    test(find(TextArea.class, panel).withId("note-text").single())
        .setValue("Check **table 4** <img src=x onerror=alert(1)>");
    test(find(Button.class, panel).withId("note-add").single()).click();

    VerticalLayout thread = find(VerticalLayout.class, panel).withId("claim-notes").single();
    String html =
        find(Div.class, thread).all().stream()
            .map(d -> d.getElement().getProperty("innerHTML"))
            .filter(h -> h != null && h.contains("table 4"))
            .findFirst()
            .orElseThrow();
    assertThat(html).contains("<strong>table 4</strong>").doesNotContain("<img");
  }

  @Test
  @WithUserDetails("editor")
  void the_history_is_read_only_when_opened_and_shows_the_creation() {
    ClaimDetail claim = support.claim("The new hospital has 800 beds.");
    ClaimPanel panel = support.panel(historySection, Role.EDITOR, claim.id());
    VerticalLayout list = find(VerticalLayout.class, panel).withId("claim-history").single();
    assertThat(list.getComponentCount()).isZero();

    test(find(Details.class, panel).withId("history-details").single()).openDetails();

    assertThat(find(Span.class, list).all())
        .anySatisfy(s -> assertThat(s.getText()).contains("created"));
  }

  @Test
  @WithUserDetails("editor")
  void the_same_claim_section_links_both_ways_and_an_editor_removes_the_link() {
    long ws = support.demoWorkspace();
    ClaimDetail first = support.claim("Grain exports reached 40 million tonnes.");
    ClaimDetail repeat = support.claim("Exports of grain hit 40 million tonnes.");
    system.runAs("editor", () -> claims.linkSameAs(ws, repeat.id(), first.id()));

    ClaimPanel firstPanel = support.panel(sameClaimSection, Role.EDITOR, first.id());
    assertThat(
            find(Div.class, firstPanel)
                .withId("claim-same-claims")
                .single()
                .getElement()
                .getTextRecursively())
        .contains("Also stated as");
    assertThat(find(Anchor.class, firstPanel).all())
        .anySatisfy(a -> assertThat(a.getText()).startsWith("#" + repeat.id()));

    ClaimPanel repeatPanel = support.panel(sameClaimSection, Role.EDITOR, repeat.id());
    test(find(Button.class, repeatPanel).withId("claim-unlink").single()).click();

    assertThat(queries.detail(ws, repeat.id()).sameAs()).isNull();
    // with no link either way, the section hides itself
    assertThat(find(VerticalLayout.class, repeatPanel).withId("claim-links").all()).isEmpty();
  }

  @Test
  @WithUserDetails("editor")
  void the_panel_of_the_claim_module_alone_has_its_form_and_no_section_of_other_modules() {
    ClaimDetail claim = support.claim("Turnout was 71%.");
    ClaimPanel panel = support.panel(historySection, Role.EDITOR, claim.id());

    assertThat(find(TextArea.class, panel).withId("claim-wording").single().getValue())
        .isEqualTo("Turnout was 71%.");
    assertThat(find(VerticalLayout.class, panel).withId("claim-workflow").all()).isEmpty();
    assertThat(find(Details.class, panel).withId("claim-similar-details").all()).isEmpty();
  }
}

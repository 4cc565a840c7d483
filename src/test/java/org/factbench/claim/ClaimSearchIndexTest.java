package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factbench.security.Role;
import org.factbench.testsupport.ClaimDataGenerator;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The claims grid's queries use their indexes on a workspace with many claims (EXPLAIN proves it).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimSearchIndexTest {

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  long workspace;
  org.factbench.security.UserSummary editor;

  @BeforeAll
  void manyClaims() {
    var ws = fixtures.workspace("indexed");
    editor = fixtures.user("indexer");
    fixtures.member(ws, editor, Role.EDITOR);
    workspace = ws.id();
    for (int i = 0; i < 5; i++) {
      int n = i;
      fixtures.as(
          editor,
          () -> claims.create(workspace, NewClaim.byHand("A zeppelin fleet of " + n + " ships")));
    }
    ClaimDataGenerator.generate(jdbc, workspace, editor.id(), 30_000);
  }

  private String plan(ClaimFilter filter, Pageable page) {
    var q = ClaimSearch.query(workspace, filter, page);
    List<String> lines =
        jdbc.sql("explain " + q.sql()).params(q.params()).query(String.class).list();
    return String.join("\n", lines);
  }

  @Test
  void the_first_page_reads_the_workspace_index_in_order_without_sorting_the_table() {
    String plan = plan(ClaimFilter.NONE, PageRequest.of(0, 50));
    assertThat(plan).contains("claim_workspace_idx").doesNotContainPattern("Seq Scan on claim\\b");
  }

  @Test
  void full_text_search_for_a_rare_word_uses_the_gin_index() {
    String plan = plan(ClaimFilter.NONE.withText("zeppelins"), PageRequest.of(0, 50));
    assertThat(plan).contains("claim_search_idx").doesNotContainPattern("Seq Scan on claim\\b");
    var found =
        fixtures.as(
            editor,
            () ->
                queries.search(
                    workspace, ClaimFilter.NONE.withText("zeppelins"), PageRequest.of(0, 50)));
    assertThat(found.getContent()).hasSize(5);
  }

  @Test
  void full_text_search_for_a_common_word_walks_the_ordered_index_and_never_scans_the_table() {
    // a word in one claim of twelve: reading the workspace index in order and filtering is cheapest
    String plan = plan(ClaimFilter.NONE.withText("deficit"), PageRequest.of(0, 50));
    assertThat(plan)
        .containsAnyOf("claim_workspace_idx", "claim_search_idx")
        .doesNotContainPattern("Seq Scan on claim\\b");
  }

  @Test
  void paging_reads_one_row_more_than_the_page_and_never_counts() {
    var first =
        fixtures.as(
            editor, () -> queries.search(workspace, ClaimFilter.NONE, PageRequest.of(0, 50)));
    assertThat(first.getContent()).hasSize(50);
    assertThat(first.hasNext()).isTrue();
    assertThat(ClaimSearch.query(workspace, ClaimFilter.NONE, PageRequest.of(0, 50)).sql())
        .doesNotContainIgnoringCase("count(");
  }
}

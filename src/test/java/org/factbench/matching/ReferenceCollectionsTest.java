package org.factbench.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reference collections on real PostgreSQL: imported from CSV, TSV, ClaimReview JSON-LD and a
 * page's embedded items; found by similar-claims lookups with "already checked" above the
 * calibrated threshold; each bad file refused with the reason and nothing stored; editors import,
 * viewers cannot.
 */
@IntegrationTest
class ReferenceCollectionsTest {

  static final String CSV =
      """
      claim,title,publisher,url,rating,date
      "Vaccines cause autism in children","Do vaccines cause autism?",Snopes,https://www.snopes.com/fact-check/vaccines-autism/,False,2019-03-01
      "Drinking bleach cures the coronavirus","Bleach cure",Snopes,https://www.snopes.com/fact-check/bleach/,False,2020-04-24
      "The Great Wall of China is visible from space",,Snopes,https://www.snopes.com/fact-check/great-wall/,Mostly False,2017-06-01
      """;

  static final String CLAIM_REVIEW =
      """
      [{"@context":"https://schema.org","@type":"ClaimReview",
        "url":"https://factcheck.example.org/claims/7",
        "claimReviewed":"Unemployment fell to 3.5 percent last month",
        "datePublished":"2026-11-02",
        "author":{"@type":"Organization","name":"Example Checks"},
        "reviewRating":{"@type":"Rating","alternateName":"True","ratingValue":5}}]
      """;

  @Autowired Fixtures fixtures;
  @Autowired ReferenceCollections collections;
  @Autowired SimilarClaims similar;
  @Autowired MatchingIndex index;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary viewer;

  @BeforeEach
  void aWorkspace() throws InterruptedException {
    ws = fixtures.workspace("references");
    editor = fixtures.user("ref-editor");
    viewer = fixtures.user("ref-viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    index.match(ws.id(), "load the index", 1);
    assertThat(index.awaitIdle(Duration.ofMinutes(3))).isTrue();
  }

  private ReferenceCollection importAs(UserSummary who, String body, String type) {
    return fixtures.as(
        who,
        () ->
            collections.importFile(
                ws.id(), "Snopes sample", "Snopes", body.getBytes(StandardCharsets.UTF_8), type));
  }

  private int stored() {
    return jdbc.sql(
            "select (select count(*) from reference_collection where workspace_id = :ws)"
                + " + (select count(*) from reference_claim where workspace_id = :ws)")
        .param("ws", ws.id())
        .query(Integer.class)
        .single();
  }

  @Test
  void a_csv_collection_imports_in_the_background_and_a_lookup_says_already_checked_by_snopes()
      throws InterruptedException {
    ReferenceCollection made = importAs(editor, CSV, "text/csv");
    assertThat(made.itemCount()).isEqualTo(3);

    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();
    ReferenceCollection ready = fixtures.as(viewer, () -> collections.get(ws.id(), made.id()));
    assertThat(ready.state()).isEqualTo("READY");
    assertThat(ready.embedded()).isEqualTo(3);

    SimilarClaimsFound found =
        fixtures.as(viewer, () -> similar.find(ws.id(), "vaccines cause autism in kids", null, 3));
    SimilarClaim best = found.hits().getFirst();
    assertThat(best.claim()).isNull();
    assertThat(best.reference().claim()).isEqualTo("Vaccines cause autism in children");
    assertThat(best.reference().publisher()).isEqualTo("Snopes");
    assertThat(best.reference().rating()).isEqualTo("False");
    assertThat(best.reference().url())
        .isEqualTo("https://www.snopes.com/fact-check/vaccines-autism/");
    assertThat(best.reference().date()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(best.alreadyChecked()).isTrue();
    assertThat(best.score()).isGreaterThanOrEqualTo(index.alreadyCheckedThreshold());
    assertThat(best.reasons()).anyMatch(r -> r.startsWith("meaning"));
    assertThat(
            fixtures
                .as(viewer, () -> similar.find(ws.id(), "The stock market closed higher", null, 3))
                .hits())
        .noneMatch(SimilarClaim::alreadyChecked);
  }

  @Test
  void claim_review_json_ld_and_a_page_with_embedded_items_import_and_delete_leaves_nothing()
      throws InterruptedException {
    ReferenceCollection json = importAs(editor, CLAIM_REVIEW, "application/ld+json");
    String page =
        "<!doctype html><html><head><script type=\"application/ld+json\">"
            + CLAIM_REVIEW.replace("Unemployment fell", "Inflation rose").replace("3.5", "9.1")
            + "</script></head><body>Fact-checks</body></html>";
    ReferenceCollection html = importAs(editor, page, "text/html");
    assertThat(fixtures.as(viewer, () -> collections.list(ws.id())))
        .extracting(ReferenceCollection::id)
        .containsExactly(html.id(), json.id());
    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();
    SimilarClaim hit =
        fixtures
            .as(editor, () -> similar.find(ws.id(), "Inflation rose to 9.1 percent", null, 1))
            .hits()
            .getFirst();
    assertThat(hit.reference().publisher()).isEqualTo("Example Checks");
    assertThat(hit.reference().rating()).isEqualTo("True");

    fixtures.as(editor, () -> collections.delete(ws.id(), html.id()));
    fixtures.as(editor, () -> collections.delete(ws.id(), json.id()));
    assertThat(index.awaitIdle(Duration.ofMinutes(1))).isTrue();
    assertThat(stored()).isZero();
    assertThat(
            fixtures
                .as(editor, () -> similar.find(ws.id(), "Inflation rose to 9.1 percent", null, 5))
                .hits())
        .isEmpty();
  }

  @Test
  void each_bad_file_is_refused_with_the_reason_and_nothing_is_stored() {
    record Bad(byte[] body, String type, String says) {}
    byte[] latin1 = "claim\nCaf\u00e9 prices doubled\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] huge = new byte[(int) ReferenceFile.MAX_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    List<Bad> bad =
        List.of(
            new Bad(utf8("statement,verdict\nThe sky is green,False\n"), "text/csv", "Unknown"),
            new Bad(utf8("title,url\nA,https://x.org/\n"), "text/csv", "no claim column"),
            new Bad(latin1, "text/csv", "not UTF-8"),
            new Bad(huge, "text/csv", "50 MB"),
            new Bad(utf8("claim,rating\nok,False\nThe\u0000 sky,False\n"), "text/csv", "Item 2"),
            new Bad(utf8("claim\turl\nA claim\tjavascript:alert(1)\n"), null, "Item 1"),
            new Bad(utf8("[{\"@type\":\"Review\"}]"), "application/json", "no schema.org"),
            new Bad(utf8("[{\"@type\":"), "application/json", "not valid JSON"),
            new Bad(utf8("claim,date\nA claim,yesterday\n"), "text/csv", "not a date"),
            new Bad(new byte[0], "text/csv", "empty"));
    for (Bad b : bad) {
      assertThatThrownBy(
              () ->
                  fixtures.as(
                      editor,
                      () -> collections.importFile(ws.id(), "Bad", "X", b.body(), b.type())))
          .as(b.says())
          .isInstanceOf(ValidationFailedException.class)
          .hasMessageContaining(b.says());
    }
    assertThat(stored()).as("nothing of the refused files").isZero();
    importAs(editor, CSV, "text/csv");
    assertThat(stored()).as("one collection and its three items").isEqualTo(4);
  }

  @Test
  void viewers_cannot_import() {
    assertThatThrownBy(() -> importAs(viewer, CSV, "text/csv"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(stored()).isZero();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package org.factbench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matching index on real PostgreSQL: it follows claims as they are made, keeps their vectors in
 * the database with the model's name, answers by words while vectors are pending and says so, and
 * embeds again when a stored vector was made by another model.
 */
@IntegrationTest
class MatchingIndexTest {

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired SimilarClaims similar;
  @Autowired MatchingIndex index;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;

  @BeforeEach
  void aWorkspaceWithAnEditor() throws InterruptedException {
    ws = fixtures.workspace("index");
    editor = fixtures.user("index-editor");
    fixtures.member(ws, editor, Role.EDITOR);
    assertThat(index.awaitIdle(Duration.ofMinutes(3))).isTrue();
  }

  @AfterEach
  void embeddingRuns() {
    index.resumeEmbedding();
  }

  private ClaimDetail claim(String wording) {
    return fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand(wording)));
  }

  private SimilarClaimsFound find(String text) {
    return fixtures.as(editor, () -> similar.find(ws.id(), text, null, 5));
  }

  @Test
  void a_claim_created_is_found_by_meaning_and_its_vector_is_stored_with_the_model()
      throws InterruptedException {
    find("anything at all"); // the workspace's index is loaded before the claims exist
    ClaimDetail vaccines = claim("Vaccines cause autism in young children");
    claim("The city council approved a new parking garage downtown");

    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();
    SimilarClaimsFound found = find("Jabs given to kids lead to autism");

    assertThat(found.hits()).isNotEmpty();
    assertThat(found.hits().getFirst().claim().id()).isEqualTo(vaccines.id());
    assertThat(found.hits().getFirst().reasons()).anyMatch(r -> r.startsWith("meaning "));
    assertThat(found.partlyLexical()).isFalse();
    String model =
        jdbc.sql("select model from claim_vector where claim_id = ?")
            .param(vaccines.id())
            .query(String.class)
            .single();
    assertThat(model).isEqualTo(index.embeddingModel()).isEqualTo("all-minilm-l6-v2/1");
  }

  @Test
  void while_vectors_are_pending_lookups_answer_by_words_and_say_so() throws InterruptedException {
    find("anything at all");
    index.pauseEmbedding();
    ClaimDetail spending = claim("Defence spending reached 6.3% of GDP this year");

    SimilarClaimsFound pending = find("defence spending 6.3% of GDP");

    assertThat(pending.partlyLexical()).isTrue();
    assertThat(pending.pendingVectors()).isPositive();
    assertThat(pending.hits()).isNotEmpty();
    assertThat(pending.hits().getFirst().claim().id()).isEqualTo(spending.id());
    assertThat(pending.hits().getFirst().reasons())
        .noneMatch(r -> r.startsWith("meaning"))
        .anyMatch(r -> r.startsWith("shares key words"));

    index.resumeEmbedding();
    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();
    SimilarClaimsFound embedded = find("defence spending 6.3% of GDP");
    assertThat(embedded.partlyLexical()).isFalse();
    assertThat(embedded.hits().getFirst().reasons()).anyMatch(r -> r.startsWith("meaning"));
  }

  @Test
  void a_vector_of_another_model_is_embedded_again_and_an_unchanged_one_is_reused()
      throws InterruptedException {
    ClaimDetail a = claim("Unemployment fell to 3.5 percent last month");
    ClaimDetail b = claim("The bridge was built in 1932 by convicts");
    find("unemployment"); // loads and embeds
    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();
    byte[] before =
        jdbc.sql("select vector from claim_vector where claim_id = ?")
            .param(b.id())
            .query(byte[].class)
            .single();
    jdbc.sql("update claim_vector set model = 'an-older-model/0', vector = ? where claim_id = ?")
        .params(new byte[384 * 4], a.id())
        .update();

    index.pauseEmbedding();
    index.reload(ws.id());
    find("unemployment"); // the reloaded index
    assertThat(index.pending(ws.id())).as("only the other model's vector").isEqualTo(1);
    index.resumeEmbedding();
    assertThat(index.awaitIdle(Duration.ofMinutes(2))).isTrue();

    assertThat(
            jdbc.sql("select model from claim_vector where claim_id = ?")
                .param(a.id())
                .query(String.class)
                .single())
        .isEqualTo(index.embeddingModel());
    assertThat(
            jdbc.sql("select vector from claim_vector where claim_id = ?")
                .param(b.id())
                .query(byte[].class)
                .single())
        .isEqualTo(before);
    assertThat(find("Jobless rate dropped to 3.5%").hits().getFirst().reasons())
        .anyMatch(r -> r.startsWith("meaning"));
  }
}

package org.factbench.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.factbench.base.NotFoundException;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The claims of a scope as other modules read them: counts by verdict, the documents they are
 * anchored in, and their ids in document order with repeats after the claim they repeat; never a
 * deleted claim, a claim in another state or document, or another workspace's claims.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsInScopeTest {

  static final String ALPHA =
      "Alpha opens. Turnout was 71% in the north. Then more words. Prices rose.";
  static final String BETA =
      "Wages fell. Many more words here, and then: prices rose by 9% in May.";

  @Autowired Fixtures fixtures;
  @Autowired ClaimsInScope inScope;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired ReviewService review;
  @Autowired RatingScale ratings;
  @Autowired DocumentService documents;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary viewer;
  UserSummary outsider;
  DocumentSummary alpha;
  DocumentSummary beta;
  long turnout;
  long alphaOpens;
  long wages;
  long pricesInBeta;
  long pricesInAlpha;
  long byHand;

  static final Set<ClaimStatus> NEW = EnumSet.of(ClaimStatus.NEW);

  @BeforeAll
  void twoDocumentsWithClaimsInSeveralStatesOneDeletedAndOneRepeat() {
    ws = fixtures.workspace("in-scope");
    editor = fixtures.user("in-scope-editor");
    viewer = fixtures.user("in-scope-viewer");
    outsider = fixtures.user("in-scope-outsider");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    fixtures.member(fixtures.workspace("in-scope-elsewhere"), outsider, Role.ADMIN);
    fixtures.as(
        editor,
        () -> {
          alpha = documents.importText(ws.id(), DocumentMetadata.titled("Alpha"), ALPHA);
          beta = documents.importText(ws.id(), DocumentMetadata.titled("Beta"), BETA);
          turnout = claimIn(alpha, ALPHA, "Turnout was 71% in the north");
          alphaOpens = claimIn(alpha, ALPHA, "Alpha opens");
          wages = claimIn(beta, BETA, "Wages fell");
          pricesInBeta = claimIn(beta, BETA, "prices rose by 9% in May");
          pricesInAlpha = claimIn(alpha, ALPHA, "Prices rose");
          byHand = claims.create(ws.id(), NewClaim.byHand("Unemployment is at 4%")).id();
          long deleted = claimIn(alpha, ALPHA, "Then more words");
          claims.delete(ws.id(), deleted);
          // the claim at the start of Alpha is researched: another state
          ClaimDetail opens = queries.detail(ws.id(), alphaOpens);
          review.transition(
              ws.id(), alphaOpens, ReviewAction.START_RESEARCH, null, opens.version());
          // the turnout claim gets a verdict
          ClaimDetail t = queries.detail(ws.id(), turnout);
          long falseId =
              ratings.of(ws.id()).stream()
                  .filter(v -> v.label().equals("False"))
                  .findFirst()
                  .orElseThrow()
                  .id();
          claims.update(
              ws.id(),
              turnout,
              new ClaimEdit(
                  t.wording(),
                  t.claimant(),
                  t.timeSeconds(),
                  t.tags(),
                  null,
                  falseId,
                  "",
                  t.version()));
          // "prices rose" in Alpha repeats the same claim in Beta
          claims.linkSameAs(ws.id(), pricesInAlpha, pricesInBeta);
        });
  }

  private long claimIn(DocumentSummary doc, String text, String quote) {
    int start = text.indexOf(quote);
    return claims
        .create(ws.id(), NewClaim.fromSelection(doc.id(), start, start + quote.length(), quote))
        .id();
  }

  private <T> T asViewer(java.util.function.Supplier<T> read) {
    return fixtures.as(viewer, read);
  }

  @Test
  void claims_in_scope_are_counted_by_verdict_without_deleted_claims_or_other_states() {
    var scope = new ClaimsInScope.Scope(NEW, null);

    assertThat(asViewer(() -> inScope.labelCounts(ws.id(), scope)))
        .containsExactlyInAnyOrder(
            new ClaimsInScope.LabelCount("False", 1), new ClaimsInScope.LabelCount(null, 4));
    assertThat(asViewer(() -> inScope.count(ws.id(), scope))).isEqualTo(5);
    assertThat(
            asViewer(
                () ->
                    inScope.count(
                        ws.id(),
                        new ClaimsInScope.Scope(
                            EnumSet.of(ClaimStatus.NEW, ClaimStatus.IN_RESEARCH), null))))
        .isEqualTo(6);
    assertThat(asViewer(() -> inScope.count(ws.id(), new ClaimsInScope.Scope(NEW, beta.id()))))
        .isEqualTo(2);
  }

  @Test
  void the_documents_in_scope_are_those_its_claims_are_anchored_in() {
    assertThat(
            asViewer(
                () -> inScope.anchoredDocumentIds(ws.id(), new ClaimsInScope.Scope(NEW, null))))
        .containsExactly(alpha.id(), beta.id());
    assertThat(
            asViewer(
                () ->
                    inScope.anchoredDocumentIds(
                        ws.id(),
                        new ClaimsInScope.Scope(EnumSet.of(ClaimStatus.IN_RESEARCH), null))))
        .containsExactly(alpha.id());
    assertThat(
            asViewer(
                () ->
                    inScope.anchoredDocumentIds(
                        ws.id(), new ClaimsInScope.Scope(EnumSet.of(ClaimStatus.PUBLISHED), null))))
        .isEmpty();
  }

  @Test
  void claims_come_in_the_documents_rank_then_position_with_a_repeat_after_its_first_claim() {
    var scope = new ClaimsInScope.Scope(NEW, null);

    assertThat(asViewer(() -> inScope.inDocumentOrder(ws.id(), scope, ranks(1, 2))))
        .as("Alpha first: the repeat in Alpha follows its first claim in Beta; by hand last")
        .containsExactly(turnout, wages, pricesInBeta, pricesInAlpha, byHand);
    assertThat(asViewer(() -> inScope.inDocumentOrder(ws.id(), scope, ranks(2, 1))))
        .as("Beta first")
        .containsExactly(wages, pricesInBeta, pricesInAlpha, turnout, byHand);
    assertThat(asViewer(() -> inScope.inDocumentOrder(ws.id(), scope, ranks(1, 1))))
        .as("documents of equal rank mix by position")
        .containsExactly(wages, turnout, pricesInBeta, pricesInAlpha, byHand);
    assertThat(
            asViewer(
                () ->
                    inScope.inDocumentOrder(
                        ws.id(),
                        new ClaimsInScope.Scope(
                            EnumSet.of(ClaimStatus.NEW, ClaimStatus.IN_RESEARCH), alpha.id()),
                        ranks(1, 2))))
        .as("one document: the repeat stands alone when its first claim is out of scope")
        .containsExactly(alphaOpens, turnout, pricesInAlpha);
  }

  private Map<Long, Integer> ranks(int alphaRank, int betaRank) {
    return Map.of(alpha.id(), alphaRank, beta.id(), betaRank);
  }

  @Test
  void only_members_read_a_scope_and_a_scope_has_at_least_one_state() {
    var scope = new ClaimsInScope.Scope(NEW, null);
    assertThatThrownBy(() -> fixtures.as(outsider, () -> inScope.count(ws.id(), scope)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fixtures.as(outsider, () -> inScope.inDocumentOrder(ws.id(), scope, Map.of())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> new ClaimsInScope.Scope(Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    Set<ClaimStatus> states = new java.util.HashSet<>(NEW);
    var copied = new ClaimsInScope.Scope(states, null);
    states.add(ClaimStatus.PUBLISHED);
    assertThat(copied.states()).as("the scope keeps its own copy").containsExactly(ClaimStatus.NEW);
  }
}

package org.factbench.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ChangeFeedTest {

  @Autowired ChangeFeed feed;
  @Autowired ClaimService claims;
  @Autowired Fixtures fixtures;
  @Autowired TransactionTemplate tx;

  WorkspaceSummary ws;
  WorkspaceSummary other;
  UserSummary editor;

  @BeforeEach
  void twoWorkspaces() {
    ws = fixtures.workspace("live");
    other = fixtures.workspace("live-other");
    editor = fixtures.user("live-editor");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(other, editor, Role.EDITOR);
  }

  @Test
  void a_committed_change_reaches_the_subscribers_of_its_workspace_only() throws Exception {
    BlockingQueue<Change> here = new LinkedBlockingQueue<>();
    BlockingQueue<Change> there = new LinkedBlockingQueue<>();
    try (var a = feed.subscribe(ws.id(), here::add);
        var b = feed.subscribe(other.id(), there::add)) {
      ClaimDetail created = create(ws, "Turnout was 71 percent.");

      Change change = here.poll(10, TimeUnit.SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.workspaceId()).isEqualTo(ws.id());
      assertThat(change.claimId()).isEqualTo(created.id());
      assertThat(change.actorId()).isEqualTo(editor.id());
      assertThat(there.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void a_change_that_is_rolled_back_is_never_announced() throws Exception {
    BlockingQueue<Change> heard = new LinkedBlockingQueue<>();
    try (var s = feed.subscribe(ws.id(), heard::add)) {
      ClaimDetail rolledBack =
          fixtures.as(
              editor,
              () ->
                  tx.execute(
                      status -> {
                        ClaimDetail c = claims.create(ws.id(), NewClaim.byHand("Never happened."));
                        status.setRollbackOnly();
                        return c;
                      }));
      // a later committed change arrives; the rolled-back one never did
      ClaimDetail committed = create(ws, "Happened.");

      Change first = heard.poll(10, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(first.claimId()).isEqualTo(committed.id()).isNotEqualTo(rolledBack.id());
      assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void a_closed_subscription_hears_nothing_more() throws Exception {
    BlockingQueue<Change> heard = new LinkedBlockingQueue<>();
    var subscription = feed.subscribe(ws.id(), heard::add);
    create(ws, "One.");
    assertThat(heard.poll(10, TimeUnit.SECONDS)).isNotNull();

    subscription.close();
    create(ws, "Two.");

    assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
  }

  private ClaimDetail create(WorkspaceSummary where, String wording) {
    return fixtures.as(editor, () -> claims.create(where.id(), NewClaim.byHand(wording)));
  }
}

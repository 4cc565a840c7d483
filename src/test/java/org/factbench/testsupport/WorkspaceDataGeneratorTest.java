package org.factbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.sql.Connection;
import javax.sql.DataSource;
import org.factbench.claim.ClaimFilter;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.security.SystemTasks;
import org.factbench.testsupport.WorkspaceDataGenerator.Sizes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The benchmark data is data the application accepts: a small workspace of it, checked. */
@IntegrationTest
class WorkspaceDataGeneratorTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired SystemTasks system;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired MockMvc mvc;

  @Test
  void a_generated_workspace_is_consistent_and_its_members_sign_in_and_read_it() throws Exception {
    var ws = fixtures.workspace("generated");
    Sizes sizes = new Sizes(1_000, 3_000, 500, 6, 40);
    WorkspaceDataGenerator.Result r;
    try (Connection c = dataSource.getConnection()) {
      r =
          WorkspaceDataGenerator.populate(
              c, ws.id(), Fixtures.unique("gen"), sizes, Fixtures.PASSWORD);
    }

    assertThat(r.rows())
        .containsEntry("members", 41L) // and the workspace's creator
        .containsEntry("documents", 6L)
        .containsEntry("claims", 1_000L)
        .containsEntry("sources", 3_000L)
        .containsEntry("notes", 500L)
        .containsEntry("history", 4_500L);
    assertThat(r.rows().get("claims anchored")).isEqualTo(700L);
    assertThat(r.rows().get("disputes")).isPositive();
    assertThat(r.rows().get("same-claim links")).isPositive();
    assertThat(r.rows().get("figure flags")).isPositive();
    // foreign keys hold (the load may skip their triggers)
    assertThat(
            jdbc.sql(
                    """
                    select (select count(*) from claim c where c.workspace_id = :ws and (
                              (c.document_id is not null and not exists (select 1 from document d where d.id = c.document_id))
                              or (c.claimant_id is not null and not exists (select 1 from claimant k where k.id = c.claimant_id))
                              or not exists (select 1 from app_user u where u.id = c.created_by)
                              or (c.assignee_id is not null and not exists (select 1 from app_user u where u.id = c.assignee_id))
                              or (c.rating_id is not null and not exists (select 1 from rating r where r.id = c.rating_id))
                              or (c.same_as_id is not null and not exists (select 1 from claim s where s.id = c.same_as_id))))
                         + (select count(*) from source s join claim c on c.id = s.claim_id
                            where c.workspace_id = :ws
                              and not exists (select 1 from app_user u where u.id = s.created_by))
                         + (select count(*) from note n join claim c on c.id = n.claim_id
                            where c.workspace_id = :ws
                              and not exists (select 1 from app_user u where u.id = n.author_id))
                    """)
                .param("ws", ws.id())
                .query(Long.class)
                .single())
        .isZero();
    // claims under review carry a verdict and a rationale, as the workflow requires
    assertThat(
            jdbc.sql(
                    "select count(*) from claim where workspace_id = ? and status in"
                        + " ('READY_FOR_REVIEW', 'DISPUTED', 'APPROVED', 'PUBLISHED')"
                        + " and (rating_id is null or rationale = '' or verdict_by is null)")
                .param(ws.id())
                .query(Long.class)
                .single())
        .isZero();
    // every anchor points at its quote, with the context the annotator stores around it
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from claim c join document d on d.id = c.document_id
                    where c.workspace_id = ? and (
                      substr(d.text, c.anchor_start + 1, c.anchor_end - c.anchor_start) <> c.quote
                      or right(substr(d.text, 1, c.anchor_start), 32) <> c.quote_prefix
                      or substr(d.text, c.anchor_end + 1, 32) <> c.quote_suffix)
                    """)
                .param(ws.id())
                .query(Long.class)
                .single())
        .isZero();
    // claims from transcripts name the speaker as claimant
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from claim c join document d on d.id = c.document_id
                      join claimant cl on cl.id = c.claimant_id
                    where c.workspace_id = ? and c.time_seconds is not null
                      and position(cl.name || ': ' in d.text) = 0
                    """)
                .param(ws.id())
                .query(Long.class)
                .single())
        .isZero();
    String member = r.usernames().get(10);
    mvc.perform(formLogin("/login").user(member).password(Fixtures.PASSWORD))
        .andExpect(authenticated().withUsername(member));
    var page =
        system.runAs(
            member,
            () ->
                queries.search(
                    ws.id(), ClaimFilter.NONE.withText("inflation"), PageRequest.of(0, 50)));
    assertThat(page.getContent()).isNotEmpty();
    long withSources =
        jdbc.sql(
                "select s.claim_id from source s join claim c on c.id = s.claim_id"
                    + " where c.workspace_id = ? and c.deleted_at is null limit 1")
            .param(ws.id())
            .query(Long.class)
            .single();
    assertThat(system.runAs(member, () -> queries.detail(ws.id(), withSources)).sources())
        .isNotEmpty();
  }

  @Test
  void the_standalone_main_migrates_creates_and_fills_a_workspace_whose_members_sign_in()
      throws Exception {
    String name = Fixtures.unique("Load Test");
    TestDatabase.Connection db = TestDatabase.get();

    WorkspaceDataGenerator.main(
        new String[] {
          db.url(), db.username(), db.password(), name, "300", "900", "150", "3", "12"
        });

    long ws =
        jdbc.sql("select id from workspace where name = ?").param(name).query(Long.class).single();
    assertThat(
            jdbc.sql("select count(*) from claim where workspace_id = ?")
                .param(ws)
                .query(Long.class)
                .single())
        .isEqualTo(300L);
    assertThat(
            jdbc.sql("select count(*) from rating where workspace_id = ?")
                .param(ws)
                .query(Long.class)
                .single())
        .isEqualTo(8L);
    String first = WorkspaceDataGenerator.slug(name) + "-001";
    mvc.perform(formLogin("/login").user(first).password(Fixtures.PASSWORD))
        .andExpect(authenticated().withUsername(first));
    assertThat(
            system.runAs(first, () -> queries.search(ws, ClaimFilter.NONE, PageRequest.of(0, 5))))
        .hasSize(5);
  }
}

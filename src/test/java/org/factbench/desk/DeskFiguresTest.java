package org.factbench.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DeskFigures;
import org.factbench.claim.DeskTallies;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk dashboard's figures on a workspace with a known history, each worked out by hand: claims
 * by status, verdicts and weekly publications in the period, the time from creation to publication,
 * the review backlog's age, open disputes and each person's open work.
 */
@IntegrationTest
class DeskFiguresTest {

  static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired DeskTallies tallies;
  @Autowired DeskDashboard dashboard;
  @Autowired RatingScale ratings;
  @Autowired JdbcClient jdbc;

  WorkspaceSummary ws;
  UserSummary editor;
  UserSummary viewer;
  Verdict falseVerdict;
  Verdict otherVerdict;

  @BeforeEach
  void aWorkspaceWithAKnownHistory() {
    ws = fixtures.workspace("desk");
    editor = fixtures.user("desk-editor");
    viewer = fixtures.user("desk-viewer");
    fixtures.member(ws, editor, Role.EDITOR);
    fixtures.member(ws, viewer, Role.VIEWER);
    List<Verdict> scale = fixtures.as(editor, () -> ratings.of(ws.id()));
    falseVerdict = scale.get(0);
    otherVerdict = scale.get(1);

    // published in the period after 1 day, 10 days and 3 days
    long a =
        claim("A", "PUBLISHED", "2026-11-02T12:00:00Z", "2026-11-03T12:00:00Z", falseVerdict, null);
    claim("B", "PUBLISHED", "2026-11-01T00:00:00Z", "2026-11-11T00:00:00Z", falseVerdict, null);
    claim("C", "PUBLISHED", "2026-11-20T00:00:00Z", "2026-11-23T00:00:00Z", otherVerdict, null);
    // published before the period
    claim("D", "PUBLISHED", "2026-08-01T00:00:00Z", "2026-09-01T00:00:00Z", otherVerdict, null);
    // waiting for review for 3 days and for 1 day, in research, new, disputed
    claim("E", "READY_FOR_REVIEW", "2026-11-25T00:00:00Z", "2026-11-30T12:00:00Z", null, editor);
    claim("F", "READY_FOR_REVIEW", "2026-11-25T00:00:00Z", "2026-12-02T12:00:00Z", null, editor);
    long g =
        claim("G", "IN_RESEARCH", "2026-11-25T00:00:00Z", "2026-11-26T00:00:00Z", null, editor);
    // the figure check flagged A (published) and G (in research)
    jdbc.sql("update claim set figure_check = 'The parts do not add up.' where id in (?, ?)")
        .params(a, g)
        .update();
    claim("H", "NEW", "2026-11-25T00:00:00Z", "2026-11-25T00:00:00Z", null, null);
    claim("I", "DISPUTED", "2026-11-25T00:00:00Z", "2026-11-28T00:00:00Z", falseVerdict, null);
    // published in the period, then deleted: counts nowhere
    long j =
        claim("J", "PUBLISHED", "2026-11-02T00:00:00Z", "2026-11-04T00:00:00Z", falseVerdict, null);
    jdbc.sql("update claim set deleted_at = now(), deleted_by = created_by where id = ?")
        .param(j)
        .update();
  }

  private long claim(
      String name, String status, String created, String changed, Verdict v, UserSummary who) {
    long id =
        fixtures
            .as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Claim " + name + ".")))
            .id();
    jdbc.sql(
            """
            update claim set status = ?, created_at = ?, status_changed_at = ?, rating_id = ?,
                   assignee_id = ?
            where id = ?""")
        .params(
            status,
            Timestamp.from(Instant.parse(created)),
            Timestamp.from(Instant.parse(changed)),
            v == null ? null : v.id(),
            who == null ? null : who.id(),
            id)
        .update();
    return id;
  }

  @Test
  void the_figures_of_a_period_are_those_worked_out_by_hand() {
    DeskFigures f = fixtures.as(editor, () -> tallies.figures(ws.id(), FROM, TO, NOW));

    assertThat(f.byStatus())
        .containsEntry(ClaimStatus.PUBLISHED, 4L)
        .containsEntry(ClaimStatus.READY_FOR_REVIEW, 2L)
        .containsEntry(ClaimStatus.IN_RESEARCH, 1L)
        .containsEntry(ClaimStatus.NEW, 1L)
        .containsEntry(ClaimStatus.DISPUTED, 1L)
        .containsEntry(ClaimStatus.APPROVED, 0L);
    assertThat(f.verdicts())
        .filteredOn(v -> v.ratingId() == falseVerdict.id())
        .singleElement()
        .extracting(DeskFigures.VerdictCount::claims)
        .isEqualTo(2L);
    assertThat(f.verdicts())
        .filteredOn(v -> v.ratingId() == otherVerdict.id())
        .singleElement()
        .extracting(DeskFigures.VerdictCount::claims)
        .isEqualTo(1L);

    // 1 November 2026 is a Sunday: its week starts on Monday 26 October; 30 November is a Monday
    assertThat(f.publishedPerWeek())
        .containsExactly(
            new DeskFigures.WeekCount(LocalDate.parse("2026-10-26"), 0),
            new DeskFigures.WeekCount(LocalDate.parse("2026-11-02"), 1),
            new DeskFigures.WeekCount(LocalDate.parse("2026-11-09"), 1),
            new DeskFigures.WeekCount(LocalDate.parse("2026-11-16"), 0),
            new DeskFigures.WeekCount(LocalDate.parse("2026-11-23"), 1),
            new DeskFigures.WeekCount(LocalDate.parse("2026-11-30"), 0));

    // 1, 3 and 10 days: the median is 3 days; the 90th percentile lies 0.8 of the way from 3 to 10
    DeskFigures.TimeToPublication t = f.timeToPublication();
    assertThat(t.published()).isEqualTo(3);
    assertThat(t.median()).isEqualTo(Duration.ofDays(3));
    assertThat(t.p90()).isEqualTo(Duration.ofSeconds(259_200 + 483_840));
    assertThat(t.distribution()).containsExactly(1L, 0L, 1L, 1L, 0L);

    // E has waited 3 days, F exactly 1 day (which is "up to 1 day")
    assertThat(f.backlog())
        .isEqualTo(
            new DeskFigures.Backlog(
                2, Instant.parse("2026-11-30T12:00:00Z"), 1, List.of(1L, 0L, 1L)));
    assertThat(f.openDisputes()).isEqualTo(1);
    assertThat(f.people())
        .containsExactly(new DeskFigures.PersonLoad(editor.id(), editor.displayName(), 3, 1, 2));
    assertThat(f.figureFlags())
        .containsExactly(
            java.util.Map.entry(ClaimStatus.IN_RESEARCH, 1L),
            java.util.Map.entry(ClaimStatus.PUBLISHED, 1L));
  }

  @Test
  void a_viewer_sees_published_claims_only_and_nobody_s_workload() {
    DeskFigures f = fixtures.as(viewer, () -> tallies.figures(ws.id(), FROM, TO, NOW));

    assertThat(f.publishedOnly()).isTrue();
    assertThat(f.byStatus()).containsOnlyKeys(ClaimStatus.PUBLISHED).containsValue(4L);
    assertThat(f.timeToPublication().published()).isEqualTo(3);
    assertThat(f.backlog().waiting()).isZero();
    assertThat(f.openDisputes()).isZero();
    assertThat(f.people()).isEmpty();
    assertThat(f.figureFlags()).containsOnlyKeys(ClaimStatus.PUBLISHED).containsValue(1L);
  }

  @Test
  void the_dashboard_serves_the_same_figures_from_its_cache_until_they_are_thirty_seconds_old() {
    Period november = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
    DeskFigures first = fixtures.as(editor, () -> dashboard.figures(ws.id(), november));
    claim("K", "PUBLISHED", "2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z", falseVerdict, null);

    assertThat(fixtures.as(editor, () -> dashboard.figures(ws.id(), november))).isSameAs(first);
    assertThat(fixtures.as(viewer, () -> dashboard.figures(ws.id(), november)).publishedOnly())
        .isTrue();
  }

  @Test
  void after_a_change_the_dashboard_counts_again_figures_older_than_two_seconds()
      throws InterruptedException {
    Period november = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
    long before =
        fixtures
            .as(editor, () -> dashboard.figures(ws.id(), november))
            .timeToPublication()
            .published();
    claim("L", "PUBLISHED", "2026-11-05T00:00:00Z", "2026-11-06T00:00:00Z", falseVerdict, null);
    Thread.sleep(DeskDashboard.FRESH_AFTER_CHANGE.toMillis() + 100);

    DeskFigures after = fixtures.as(editor, () -> dashboard.refreshed(ws.id(), november));

    assertThat(after.timeToPublication().published()).isEqualTo(before + 1);
    assertThat(fixtures.as(editor, () -> dashboard.figures(ws.id(), november))).isSameAs(after);
  }

  @Test
  void a_period_that_ends_before_it_starts_or_runs_over_a_year_is_refused() {
    assertThatThrownBy(
            () -> new Period(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-01")))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("start before it ends");
    assertThatThrownBy(
            () ->
                fixtures.as(
                    editor,
                    () ->
                        dashboard.figures(
                            ws.id(),
                            new Period(
                                LocalDate.parse("2024-01-01"), LocalDate.parse("2026-01-01")))))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("366 days");
  }

  @Test
  void a_member_of_another_workspace_learns_nothing() {
    UserSummary stranger = fixtures.user("desk-stranger");
    WorkspaceSummary theirs = fixtures.workspace("desk-theirs");
    fixtures.member(theirs, stranger, Role.ADMIN);

    assertThatThrownBy(() -> fixtures.as(stranger, () -> dashboard.lastDays(ws.id(), 30)))
        .isInstanceOf(org.factbench.base.NotFoundException.class)
        .hasMessageContaining("The workspace");
  }
}

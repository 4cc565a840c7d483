package org.factbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.factbench.claim.ClaimStatus;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.ClaimDataGenerator;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report reads its claims in chunks, with a bounded number of SQL statements per chunk however
 * many claims a chunk has. Statements are counted at the PostgreSQL driver, which logs each one it
 * sends (at FINEST): no bean of the shared application context is changed for this.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBatchingTest {

  static final int CLAIMS = 1_200;

  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired ReportService reports;
  @Autowired JsonMapper json;

  WorkspaceSummary ws;
  UserSummary editor;

  @BeforeAll
  void a_workspace_of_1200_claims_with_sources_notes_and_history() {
    ws = fixtures.workspace("report-batching");
    editor = fixtures.user("report-batching-editor");
    fixtures.member(ws, editor, Role.EDITOR);
    ClaimDataGenerator.generate(jdbc, ws.id(), editor.id(), CLAIMS);
    jdbc.sql(
            """
            insert into source (claim_id, url, title, publisher, passage, stance, created_by)
            select c.id, 'https://stats.example.org/' || c.id || '/' || n, 'Series ' || n, 'Office',
                   'A passage.', (array['SUPPORTS','REFUTES','CONTEXT'])[n], :actor
            from claim c cross join generate_series(1, 3) as n where c.workspace_id = :ws
            """)
        .param("ws", ws.id())
        .param("actor", editor.id())
        .update();
    jdbc.sql(
            """
            insert into note (claim_id, author_id, body)
            select c.id, :actor, 'Checked with the office on ' || c.id
            from claim c where c.workspace_id = :ws
            """)
        .param("ws", ws.id())
        .param("actor", editor.id())
        .update();
    jdbc.sql(
            """
            insert into history (workspace_id, subject_type, subject_id, claim_id, actor_id, action,
                                 before_value, after_value)
            select :ws, 'CLAIM', c.id, c.id, :actor, a, null, null
            from claim c cross join unnest(array['created', 'approved', 'published']) as a
            where c.workspace_id = :ws
            """)
        .param("ws", ws.id())
        .param("actor", editor.id())
        .update();
    // every third claim repeats the claim before it: the grouping has work to do
    jdbc.sql(
            """
            update claim c set same_as_id = c.id - 1
            where c.workspace_id = :ws and c.id % 3 = 0
              and exists (select 1 from claim p where p.id = c.id - 1 and p.workspace_id = :ws
                          and p.same_as_id is null)
            """)
        .param("ws", ws.id())
        .update();
  }

  @Test
  void a_json_export_of_1200_claims_issues_a_few_statements_per_chunk_not_per_claim() {
    var everything = new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), true, true, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int statements =
        countStatements(
            () ->
                fixtures.as(
                    editor, () -> reports.export(ws.id(), everything, ReportFormat.JSON, out)));

    JsonNode claims = json.readTree(out.toString(StandardCharsets.UTF_8)).get("claims");
    assertThat(claims).hasSize(CLAIMS);
    assertThat(claims.get(CLAIMS - 1).get("sources")).hasSize(3);
    assertThat(claims.get(CLAIMS - 1).get("notes")).hasSize(1);
    assertThat(claims.get(CLAIMS - 1).get("history")).hasSize(3);
    int chunks = (CLAIMS + ReportReader.CHUNK - 1) / ReportReader.CHUNK;
    // the plan (role, workspace, scale, counts, documents, order) and then, per chunk: claims,
    // sources, notes, repeats, history and the sources' snapshot states (evidence module), with
    // the role checks of the services that read them
    assertThat(statements)
        .as("statements for %d claims in %d chunks", CLAIMS, chunks)
        .isGreaterThanOrEqualTo(5 * chunks)
        .isLessThanOrEqualTo(20 + 12 * chunks)
        .isLessThan(CLAIMS / 20);
  }

  @Test
  void a_csv_export_costs_a_handful_of_statements_more_for_each_chunk_of_claims_it_reads() {
    int all = statementsForCsv(ReportRequest.published(null).statuses());
    int half =
        statementsForCsv(
            EnumSet.of(ClaimStatus.NEW, ClaimStatus.IN_RESEARCH, ClaimStatus.APPROVED));
    // 240 published claims (1 chunk) against 720 (2 chunks): one chunk more, a handful more
    // statements (claims, sources, repeats, history and role checks), not 480 more
    assertThat(all).isGreaterThanOrEqualTo(4);
    assertThat(half - all).isBetween(4, 10);
  }

  @Test
  void a_pdf_of_1200_claims_is_laid_out_in_parts_with_one_page_numbering_and_every_claim()
      throws Exception {
    var everything = new ReportRequest(null, EnumSet.allOf(ClaimStatus.class), false, false, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fixtures.as(editor, () -> reports.export(ws.id(), everything, ReportFormat.PDF, out));

    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
      int pages = pdf.getNumberOfPages();
      var stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      assertThat(stripper.getText(pdf))
          .contains("Verification report")
          .contains("Page 1 of " + pages);
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      assertThat(stripper.getText(pdf))
          .contains("Page " + pages + " of " + pages)
          .contains("1200. ");
      stripper.setStartPage(1);
      stripper.setEndPage(pages);
      String all = stripper.getText(pdf);
      assertThat(all)
          .contains("250. ")
          .contains("251. ")
          .contains("Page " + pages / 2 + " of " + pages);
      assertThat(all.split("Verification report", -1))
          .as("one heading, in the first part")
          .hasSize(2);
    }
  }

  private int statementsForCsv(java.util.Set<ClaimStatus> states) {
    var request = new ReportRequest(null, states, false, false, false);
    return countStatements(
        () ->
            fixtures.as(
                editor,
                () ->
                    reports.export(
                        ws.id(), request, ReportFormat.CSV, new ByteArrayOutputStream())));
  }

  /** The SQL statements the PostgreSQL driver sends from this thread while {@code work} runs. */
  private static int countStatements(Runnable work) {
    Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    Level before = driver.getLevel();
    long thread = Thread.currentThread().threadId();
    AtomicInteger count = new AtomicInteger();
    Handler counter =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getLongThreadID() == thread
                && message != null
                && message.contains("execute,")) {
              count.incrementAndGet();
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    counter.setLevel(Level.ALL);
    driver.addHandler(counter);
    driver.setLevel(Level.FINEST);
    try {
      work.run();
    } finally {
      driver.setLevel(before);
      driver.removeHandler(counter);
    }
    return count.get();
  }
}

package org.factbench.document;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.factbench.assist.CheckWorthiness;
import org.factbench.assist.CheckWorthySentence;
import org.factbench.assist.ScoringProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scores one document's sentences with the check-worthiness model and stores the result: every
 * sentence's score (the full ranking) and the suggestions above the threshold, keeping what editors
 * decided. A document is claimed first: a node holds it with a lease that each chunk of progress
 * renews, so two nodes never score the same document and a crashed node's work is taken over when
 * its lease runs out. Progress is written to the document's row for every reader.
 */
@Component
class SuggestionScorer {

  private static final Logger log = LoggerFactory.getLogger(SuggestionScorer.class);

  /** At most this many suggestions are kept per document, the best first. */
  static final int MAX_PER_DOCUMENT = 1_000;

  /** A document claimed for scoring, with its text. */
  record Claimed(long id, String text) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final Duration lease;

  /** This node's name in the leases: unique per running application context. */
  private final String node;

  SuggestionScorer(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionTemplate tx,
      @Value("${factbench.suggestions.lease:PT1M}") Duration lease) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = tx;
    this.lease = lease;
    String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    this.node = name.length() > 100 ? name.substring(name.length() - 100) : name;
  }

  String node() {
    return node;
  }

  /**
   * At start: queues every document whose suggestions come from another model version and every one
   * that failed, so that they are scored again in the background. Returns how many.
   */
  int queueOutdated() {
    return jdbc.sql(
            """
            update document set scoring_state = 'QUEUED', scoring_done = 0, scoring_total = 0,
                   scoring_message = null
             where (scoring_state = 'DONE' and suggestions_version is distinct from :version)
                or scoring_state = 'FAILED'
            """)
        .param("version", CheckWorthiness.VERSION)
        .update();
  }

  /**
   * Claims the next document to score: one waiting, or one whose scorer's lease ran out (a node
   * that stopped). Documents that have no suggestions yet (new imports) come before re-scorings.
   */
  Claimed claimNext() {
    return claim(
        """
        select id from document
         where scoring_state = 'QUEUED'
            or (scoring_state = 'SCORING' and scoring_lease_until < now())
         order by (suggestions_version is not null), id
         limit 1 for update skip locked
        """,
        null);
  }

  /**
   * Claims {@code documentId} unless another node holds it or its suggestions are current; null
   * then.
   */
  Claimed claim(long documentId) {
    return claim(
        """
        select id from document
         where id = :doc
           and (scoring_state in ('QUEUED', 'FAILED')
                or (scoring_state = 'SCORING' and scoring_lease_until < now())
                or (scoring_state = 'DONE' and suggestions_version is distinct from :version))
         for update skip locked
        """,
        documentId);
  }

  private Claimed claim(String select, Long documentId) {
    var sql =
        jdbc.sql(
                """
                update document d
                   set scoring_state = 'SCORING', scoring_node = :node, scoring_done = 0,
                       scoring_total = 0, scoring_version = :version, scoring_message = null,
                       scoring_lease_until = now() + make_interval(secs => :lease)
                 where d.id = (%s)
                returning d.id, d.text
                """
                    .formatted(select))
            .param("node", node)
            .param("version", CheckWorthiness.VERSION)
            .param("lease", (double) lease.toMillis() / 1000);
    if (documentId != null) {
      sql = sql.param("doc", documentId);
    }
    var statement = sql;
    return tx.execute(
        s ->
            statement
                .query((rs, i) -> new Claimed(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(null));
  }

  /**
   * Scores a claimed document and stores the result; {@code stopping} is asked after each chunk,
   * and when it says so the document goes back to the queue for the next start (or another node).
   * Returns whether the scoring finished. A document deleted meanwhile, or taken over by another
   * node after a lost lease, is left alone.
   */
  boolean score(Claimed doc, BooleanSupplier stopping) {
    long started = System.nanoTime();
    try {
      ScoringProgress progress =
          (done, total) -> {
            if (stopping.getAsBoolean()) {
              throw new CancellationException("the application is stopping");
            }
            if (!progressed(doc.id(), done, total)) {
              throw new CancellationException("the document is gone or another node took it");
            }
          };
      List<CheckWorthySentence> ranked =
          CheckWorthiness.rank(doc.text(), CheckWorthiness.defaultEmbedder(), progress);
      Boolean stored = tx.execute(s -> store(doc.id(), ranked));
      if (Boolean.TRUE.equals(stored)) {
        log.info(
            "Scored document {}: {} sentences in {} ms",
            doc.id(),
            ranked.size(),
            (System.nanoTime() - started) / 1_000_000);
        return true;
      }
      return false;
    } catch (CancellationException e) {
      if (stopping.getAsBoolean()) {
        release(doc.id());
      }
      log.info("Scoring of document {} stopped: {}", doc.id(), e.getMessage());
      return false;
    } catch (RuntimeException e) {
      log.warn("Scoring of document {} failed", doc.id(), e);
      String message = String.valueOf(e.getMessage());
      jdbc.sql(
              "update document set scoring_state = 'FAILED', scoring_message = ?,"
                  + " scoring_lease_until = null where id = ? and scoring_node = ?")
          .params(message.length() > 500 ? message.substring(0, 500) : message, doc.id(), node)
          .update();
      return false;
    }
  }

  /** Writes progress and renews the lease; false when this node no longer holds the document. */
  private boolean progressed(long documentId, int done, int total) {
    return jdbc.sql(
                """
                update document
                   set scoring_done = :done, scoring_total = :total,
                       scoring_lease_until = now() + make_interval(secs => :lease)
                 where id = :doc and scoring_node = :node and scoring_state = 'SCORING'
                """)
            .param("done", done)
            .param("total", total)
            .param("lease", (double) lease.toMillis() / 1000)
            .param("doc", documentId)
            .param("node", node)
            .update()
        == 1;
  }

  /** Gives a document back to the queue (this node stops). */
  private void release(long documentId) {
    jdbc.sql(
            "update document set scoring_state = 'QUEUED', scoring_node = null,"
                + " scoring_lease_until = null where id = ? and scoring_node = ?"
                + " and scoring_state = 'SCORING'")
        .params(documentId, node)
        .update();
  }

  /**
   * Replaces the document's ranking and open suggestions with the new scores, in one transaction,
   * if this node still holds the document; what editors decided stays.
   */
  private boolean store(long documentId, List<CheckWorthySentence> ranked) {
    int held =
        jdbc.sql(
                """
                update document
                   set scoring_state = 'DONE', suggestions_version = scoring_version,
                       scoring_done = scoring_total, scoring_node = null,
                       scoring_lease_until = null
                 where id = ? and scoring_node = ? and scoring_state = 'SCORING'
                """)
            .params(documentId, node)
            .update();
    if (held != 1) {
      return false;
    }
    jdbc.sql("delete from document_sentence_score where document_id = ?")
        .param(documentId)
        .update();
    batch.batchUpdate(
        """
        insert into document_sentence_score
          (document_id, start_offset, end_offset, score, speaker, reasons)
        values (?, ?, ?, ?, ?, ?) on conflict do nothing
        """,
        ranked,
        1000,
        (ps, s) -> {
          ps.setLong(1, documentId);
          ps.setInt(2, s.sentence().start());
          ps.setInt(3, s.sentence().end());
          ps.setDouble(4, s.score());
          ps.setString(5, speaker(s.speaker()));
          ps.setArray(6, ps.getConnection().createArrayOf("text", s.reasons().toArray()));
        });
    List<CheckWorthySentence> suggested =
        ranked.stream()
            .filter(CheckWorthySentence::suggested)
            .sorted(Comparator.comparingDouble(CheckWorthySentence::score).reversed())
            .limit(MAX_PER_DOCUMENT)
            .toList();
    jdbc.sql("delete from document_suggestion where document_id = ? and state = 'OPEN'")
        .param(documentId)
        .update();
    batch.batchUpdate(
        """
        insert into document_suggestion
          (document_id, start_offset, end_offset, sentence, score, reasons, speaker)
        select ?, ?, ?, ?, ?, ?, ?
        where not exists (select 1 from document_suggestion d
                          where d.document_id = ? and d.start_offset < ? and d.end_offset > ?)
        """,
        suggested,
        500,
        (ps, s) -> {
          ps.setLong(1, documentId);
          ps.setInt(2, s.sentence().start());
          ps.setInt(3, s.sentence().end());
          ps.setString(4, s.sentence().text());
          ps.setDouble(5, s.score());
          ps.setArray(6, ps.getConnection().createArrayOf("text", s.reasons().toArray()));
          ps.setString(7, speaker(s.speaker()));
          ps.setLong(8, documentId);
          ps.setInt(9, s.sentence().end());
          ps.setInt(10, s.sentence().start());
        });
    return true;
  }

  /** A speaker's name as stored: trimmed, at most 200 characters, null when blank. */
  static String speaker(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String clean = name.strip();
    return clean.length() > 200 ? clean.substring(0, 200) : clean;
  }
}

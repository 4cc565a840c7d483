package org.factbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimStatus;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a report's claims in chunks, in the report's order. One query gives the ids of all claims
 * in scope, in order (a few bytes per claim); then each chunk of {@link #CHUNK} claims is read with
 * one query per kind (claims, sources, notes, claims repeating them, history), whatever the chunk's
 * size. Only the current chunk is held, so memory does not grow with the report.
 *
 * <p>The order: by document title, then position in the document, then id (claims without an anchor
 * last); a claim linked as "same claim as" another claim in the report follows that claim, repeats
 * in that same order among themselves. In SQL each claim sorts by the key of its group's first
 * claim, then first claims before repeats, then by its own key.
 */
@Component
class ReportReader {

  /** Claims read at a time. */
  static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final ClaimQueries claims;
  private final HistoryService history;
  private final DocumentService documents;

  ReportReader(
      JdbcClient jdbc, ClaimQueries claims, HistoryService history, DocumentService documents) {
    this.jdbc = jdbc;
    this.claims = claims;
    this.history = history;
    this.documents = documents;
  }

  /** The claims in scope: the workspace's, not deleted, in the states, in the document if any. */
  private record Scope(String where, List<Object> params) {

    static Scope of(long workspaceId, ReportRequest request, String alias) {
      List<Object> params = new ArrayList<>();
      StringBuilder where =
          new StringBuilder(
              alias
                  + ".workspace_id = ? and "
                  + alias
                  + ".deleted_at is null and "
                  + alias
                  + ".status = any(?)");
      params.add(workspaceId);
      params.add(request.statesOrDefault().stream().map(ClaimStatus::name).toArray(String[]::new));
      if (request.documentId() != null) {
        where.append(" and ").append(alias).append(".document_id = ?");
        params.add(request.documentId());
      }
      return new Scope(where.toString(), params);
    }
  }

  /** How many claims in scope have each verdict label (null: none), in one aggregate query. */
  List<Map.Entry<String, Long>> labelCounts(long workspaceId, ReportRequest request) {
    Scope scope = Scope.of(workspaceId, request, "c");
    return jdbc.sql(
            "select r.label, count(*) from claim c left join rating r on r.id = c.rating_id where "
                + scope.where()
                + " group by r.label")
        .params(scope.params())
        .<Map.Entry<String, Long>>query(
            (rs, i) ->
                new java.util.AbstractMap.SimpleImmutableEntry<>(rs.getString(1), rs.getLong(2)))
        .list();
  }

  /**
   * The documents the claims in scope are anchored in (and the scope's document), in two queries.
   */
  Map<Long, DocumentSummary> documents(long workspaceId, ReportRequest request) {
    Scope scope = Scope.of(workspaceId, request, "c");
    List<Long> ids =
        jdbc.sql(
                "select distinct c.document_id from claim c where "
                    + scope.where()
                    + " and c.document_id is not null and c.anchor_start is not null")
            .params(scope.params())
            .query(Long.class)
            .list();
    Set<Long> wanted = new java.util.TreeSet<>(ids);
    if (request.documentId() != null) {
      wanted.add(request.documentId());
    }
    Map<Long, DocumentSummary> found = new java.util.HashMap<>();
    documents.summaries(workspaceId, wanted).forEach(d -> found.put(d.id(), d));
    return found;
  }

  /** The ids of the claims in scope, in the report's order. */
  long[] order(long workspaceId, ReportRequest request) {
    Scope scope = Scope.of(workspaceId, request, "c");
    return jdbc
        .sql(
            """
            with s as (
              select c.id, c.same_as_id, c.anchor_start,
                     case when c.anchor_start is not null then d.title end as title
              from claim c left join document d on d.id = c.document_id
              where %s
            )
            select s.id
            from s left join s h on h.id = s.same_as_id
            order by (case when h.id is null then s.title else h.title end) collate "C" nulls last,
                     (case when h.id is null then s.anchor_start else h.anchor_start end) nulls last,
                     coalesce(h.id, s.id),
                     h.id is not null,
                     s.title collate "C" nulls last, s.anchor_start nulls last, s.id
            """
                .formatted(scope.where()))
        .params(scope.params())
        .query(Long.class)
        .list()
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }

  /** The report's items, read chunk by chunk while they are iterated (once). */
  Iterable<Report.Item> items(ReportPlan plan) {
    return items(plan, Integer.MAX_VALUE);
  }

  /** The report's first {@code limit} items, read chunk by chunk while they are iterated. */
  Iterable<Report.Item> items(ReportPlan plan, int limit) {
    return () ->
        new Iterator<>() {
          private long[] ids;
          private int read;
          private Iterator<Report.Item> chunk = java.util.Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            if (ids == null) {
              ids = order(plan.workspaceId(), plan.request());
              if (ids.length > limit) {
                ids = Arrays.copyOf(ids, limit);
              }
            }
            while (!chunk.hasNext() && read < ids.length) {
              int end = Math.min(ids.length, read + CHUNK);
              chunk = chunk(plan, Arrays.copyOfRange(ids, read, end)).iterator();
              read = end;
            }
            return chunk.hasNext();
          }

          @Override
          public Report.Item next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return chunk.next();
          }
        };
  }

  /** One chunk of items, in the order of {@code ids}, with one query per kind. */
  List<Report.Item> chunk(ReportPlan plan, long[] ids) {
    ReportRequest request = plan.request();
    List<Long> idList = Arrays.stream(ids).boxed().toList();
    List<ClaimDetail> details = claims.details(plan.workspaceId(), idList, request.includeNotes());
    Map<Long, List<HistoryEntry>> timelines =
        history.forClaims(plan.workspaceId(), idList, !request.includeHistory());
    List<Report.Item> items = new ArrayList<>(details.size());
    for (ClaimDetail c : details) {
      List<HistoryEntry> timeline = timelines.getOrDefault(c.id(), List.of());
      HistoryEntry approved = last(timeline, "approved", "dispute resolved");
      HistoryEntry published = last(timeline, "published");
      items.add(
          new Report.Item(
              c,
              c.anchor() == null ? null : plan.documents().get(c.anchor().documentId()),
              c.review() == null ? null : c.review().verdictByName(),
              approved == null ? null : approved.actorName(),
              approved == null ? null : approved.at(),
              published == null ? null : published.actorName(),
              published == null ? null : published.at(),
              request.includeHistory() ? timeline : List.of()));
    }
    return items;
  }

  /** The last entry starting with one of {@code prefixes} (a resolved dispute only if approved). */
  static HistoryEntry last(List<HistoryEntry> timeline, String... prefixes) {
    HistoryEntry found = null;
    for (HistoryEntry h : timeline) {
      for (String p : prefixes) {
        if (h.action().startsWith(p)
            && (!p.equals("dispute resolved") || "Approved".equals(h.after()))) {
          found = h;
        }
      }
    }
    return found;
  }
}

package org.factbench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimsInScope;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.evidence.SnapshotService;
import org.factbench.evidence.SourceArchive;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Reads a report's claims in chunks, in the report's order, through the claim, document and history
 * modules' services. One query gives the ids of all claims in scope, in order (a few bytes per
 * claim); then each chunk of {@link #CHUNK} claims is read with one query per kind (claims,
 * sources, notes, claims repeating them, history, the sources' archived copies), whatever the
 * chunk's size. Only the current chunk is held, so memory does not grow with the report.
 *
 * <p>The order: by document title, then position in the document, then id (claims without an anchor
 * last); a claim linked as "same claim as" another claim in the report follows that claim, repeats
 * in that same order among themselves. Titles compare code point by code point, as PostgreSQL's
 * {@code "C"} collation compares UTF-8; the claim module sorts by the titles' ranks ({@link
 * ClaimsInScope#inDocumentOrder}).
 */
@Component
class ReportReader {

  /** Claims read at a time. */
  static final int CHUNK = 500;

  private final ClaimsInScope scope;
  private final ClaimQueries claims;
  private final HistoryService history;
  private final DocumentService documents;
  private final SnapshotService snapshots;

  ReportReader(
      ClaimsInScope scope,
      ClaimQueries claims,
      HistoryService history,
      DocumentService documents,
      SnapshotService snapshots) {
    this.scope = scope;
    this.claims = claims;
    this.history = history;
    this.documents = documents;
    this.snapshots = snapshots;
  }

  /** How many claims in scope have each verdict label (null: none), in one aggregate query. */
  List<ClaimsInScope.LabelCount> labelCounts(long workspaceId, ReportRequest request) {
    return scope.labelCounts(workspaceId, request.claimScope());
  }

  /** How many claims are in scope. */
  long count(long workspaceId, ReportRequest request) {
    return scope.count(workspaceId, request.claimScope());
  }

  /** Claims in scope a ClaimReview would describe that have no published address of their own. */
  List<Long> reviewedWithoutPublishedUrl(long workspaceId, ReportRequest request, int limit) {
    return scope.reviewedWithoutPublishedUrl(workspaceId, request.claimScope(), limit);
  }

  /**
   * The documents the claims in scope are anchored in (and the scope's document), in two queries.
   */
  Map<Long, DocumentSummary> documents(long workspaceId, ReportRequest request) {
    var wanted = new TreeSet<>(scope.anchoredDocumentIds(workspaceId, request.claimScope()));
    if (request.documentId() != null) {
      wanted.add(request.documentId());
    }
    Map<Long, DocumentSummary> found = new HashMap<>();
    documents.summaries(workspaceId, wanted).forEach(d -> found.put(d.id(), d));
    return found;
  }

  /** The ids of the claims in scope, in the report's order. */
  long[] order(ReportHeading heading) {
    return scope.inDocumentOrder(
        heading.workspaceId(),
        heading.request().claimScope(),
        titleRanks(heading.documents().values()));
  }

  /** Each document's rank by title, code point by code point; equal titles share a rank. */
  static Map<Long, Integer> titleRanks(Collection<DocumentSummary> documents) {
    List<DocumentSummary> sorted =
        documents.stream()
            .filter(d -> d.title() != null)
            .sorted(Comparator.comparing(DocumentSummary::title, ReportReader::byCodePoint))
            .toList();
    Map<Long, Integer> ranks = new HashMap<>();
    int rank = 0;
    String previous = null;
    for (DocumentSummary d : sorted) {
      if (!d.title().equals(previous)) {
        rank++;
        previous = d.title();
      }
      ranks.put(d.id(), rank);
    }
    return ranks;
  }

  private static int byCodePoint(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** The report's items, read chunk by chunk while they are iterated (once). */
  Iterable<Report.Item> items(ReportHeading heading) {
    return items(heading, order(heading));
  }

  /**
   * The items of the claims {@code ids} (in this order), read chunk by chunk while they are
   * iterated.
   */
  Iterable<Report.Item> items(ReportHeading heading, long[] ids) {
    return () ->
        new Iterator<>() {
          private int read;
          private Iterator<Report.Item> chunk = Collections.emptyIterator();

          @Override
          public boolean hasNext() {
            while (!chunk.hasNext() && read < ids.length) {
              int end = Math.min(ids.length, read + CHUNK);
              chunk = chunk(heading, Arrays.copyOfRange(ids, read, end)).iterator();
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
  List<Report.Item> chunk(ReportHeading heading, long[] ids) {
    ReportRequest request = heading.request();
    List<Long> idList = Arrays.stream(ids).boxed().toList();
    List<ClaimDetail> details =
        claims.details(heading.workspaceId(), idList, request.includeNotes());
    Map<Long, List<HistoryEntry>> timelines =
        history.forClaims(heading.workspaceId(), idList, !request.includeHistory());
    Map<Long, SourceArchive> archives =
        snapshots.archives(
            heading.workspaceId(),
            details.stream().flatMap(c -> c.sources().stream()).map(s -> s.id()).toList());
    List<Report.Item> items = new ArrayList<>(details.size());
    for (ClaimDetail c : details) {
      List<HistoryEntry> timeline = timelines.getOrDefault(c.id(), List.of());
      HistoryEntry approved = last(timeline, "approved", "dispute resolved");
      HistoryEntry published = last(timeline, "published");
      items.add(
          new Report.Item(
              c,
              c.anchor() == null ? null : heading.documents().get(c.anchor().documentId()),
              c.review() == null ? null : c.review().verdictByName(),
              approved == null ? null : approved.actorName(),
              approved == null ? null : approved.at(),
              published == null ? null : published.actorName(),
              published == null ? null : published.at(),
              request.includeHistory() ? timeline : List.of(),
              archives));
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

package org.factbench.claim;

import static org.factbench.claim.ClaimRows.DETAIL_COLUMNS;
import static org.factbench.claim.ClaimRows.DETAIL_FROM;
import static org.factbench.claim.ClaimRows.DETAIL_SELECT;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factbench.base.ControlCharacters;
import org.factbench.base.NotAllowedException;
import org.factbench.base.NotFoundException;
import org.factbench.base.Slices;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads claims: the grid's pages, a claim's detail, the claims of a document, lists by status or
 * assignee, and the claims that repeat one. Every method names the workspace and checks the
 * caller's role there; every lookup is scoped to it, so an id from elsewhere is simply not found.
 * Commands are in {@link ClaimService}, {@link SourceService} and {@link NoteService}.
 *
 * <p>Viewers see published claims only, without internal notes or history: the rule the reports
 * apply. Lists leave other claims out, a claim that is not published is refused with the reason,
 * and a published one comes without its notes and reviewer's comment. The methods whose answer
 * depends on the role read it once, in the body ({@link WorkspaceGuard#roleIn}, which refuses a
 * non-member as not found), rather than in {@code @PreAuthorize} as well.
 */
@Service
public class ClaimQueries {

  /** Why a viewer cannot open a claim that is not published. */
  public static final String PUBLISHED_ONLY = "Viewers see published claims only.";

  /** Why a viewer cannot read a claim's notes. */
  public static final String NOTES_ARE_INTERNAL =
      "Internal notes are for editors, reviewers and admins.";

  private final JdbcClient jdbc;
  private final ClaimantRepository claimants;
  private final ObjectProvider<OpenDisputes> disputes;
  private final WorkspaceGuard guard;

  ClaimQueries(
      JdbcClient jdbc,
      ClaimantRepository claimants,
      ObjectProvider<OpenDisputes> disputes,
      WorkspaceGuard guard) {
    this.jdbc = jdbc;
    this.claimants = claimants;
    this.disputes = disputes;
    this.guard = guard;
  }

  /** Whether the caller sees published claims only: a viewer. Not a member: not found. */
  private boolean publishedOnly(long workspaceId) {
    return !guard.roleIn(workspaceId).includes(Role.EDITOR);
  }

  /**
   * One page of the claims grid: a slice (one row more is read to know if there is a next page).
   */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public Slice<ClaimRow> search(long workspaceId, ClaimFilter filter, Pageable page) {
    ClaimFilter f = filter == null ? ClaimFilter.NONE : filter;
    refuseControlCharacters(f);
    if (publishedOnly(workspaceId)) {
      if (f.status() != null && f.status() != ClaimStatus.PUBLISHED) {
        return Slices.of(List.of(), page);
      }
      f = f.withStatus(ClaimStatus.PUBLISHED);
    }
    ClaimSearch.Query q = ClaimSearch.query(workspaceId, f, page);
    List<ClaimRow> rows =
        jdbc.sql(q.sql()).params(q.params()).query((rs, i) -> ClaimRows.row(rs)).list();
    return Slices.of(rows, page);
  }

  /** Deleted claims, newest deletion first, for the admin who may restore them. */
  @PreAuthorize("@workspaceGuard.reads(#workspaceId, 'ADMIN')")
  @Transactional(readOnly = true)
  public Slice<ClaimRow> deleted(long workspaceId, Pageable page) {
    String sql =
        ClaimRows.SEARCH_SELECT
            + " where c.workspace_id = :ws and c.deleted_at is not null"
            + " order by c.deleted_at desc, c.id desc limit :limit offset :offset";
    List<ClaimRow> rows =
        jdbc.sql(sql)
            .param("ws", workspaceId)
            .param("limit", page.getPageSize() + 1)
            .param("offset", page.getOffset())
            .query((rs, i) -> ClaimRows.row(rs))
            .list();
    return Slices.of(rows, page);
  }

  /**
   * Everything the detail panel shows, in at most four statements after the workspace check: the
   * claim with its names, verdict, same-claim link and the claims that repeat it in one row; its
   * sources; its notes; and, for a disputed claim, the open dispute from {@link OpenDisputes}
   * ({@code ClaimDetailStatementsTest} holds it to this). A viewer gets a published claim without
   * its notes and reviewer's comment, and links to published claims only; any other claim is
   * refused with {@link NotAllowedException}.
   */
  @PreAuthorize("isAuthenticated()") // and the role, below: one statement for both
  @Transactional(readOnly = true)
  public ClaimDetail detail(long workspaceId, long claimId) {
    if (!publishedOnly(workspaceId)) {
      return load(workspaceId, claimId, false);
    }
    ClaimDetail c = loadCore(workspaceId, claimId, false);
    if (c.status() != ClaimStatus.PUBLISHED) {
      throw new NotAllowedException(PUBLISHED_ONLY);
    }
    return c.with(c.review().withoutComment(), evidence(claimId), List.of(), c.sameClaims())
        .linkingPublishedOnly();
  }

  /** A claim's notes, oldest first: for editors, reviewers and admins. */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public List<NoteView> notes(long workspaceId, long claimId) {
    if (publishedOnly(workspaceId)) {
      throw new NotAllowedException(NOTES_ARE_INTERNAL);
    }
    loadCore(workspaceId, claimId, false); // not found when it is not a live claim here
    return thread(claimId);
  }

  /** The claims that repeat the claim, in the detail's row: parallel arrays, oldest first. */
  private static final String REPEATS =
      """
        left join lateral (
          select array_agg(x.id order by x.id) as ids, array_agg(x.wording order by x.id) as wordings,
                 array_agg(x.status order by x.id) as statuses,
                 array_agg(xr.label order by x.id) as labels,
                 array_agg(xr.colour order by x.id) as colours,
                 array_agg(x.document_id order by x.id) as documents,
                 array_agg(xd.title order by x.id) as titles
          from claim x
            left join rating xr on xr.id = x.rating_id
            left join document_title xd on xd.id = x.document_id
          where x.same_as_id = c.id and x.deleted_at is null) rep on true
      """;

  private static final String DETAIL_WITH_REPEATS =
      DETAIL_COLUMNS
          + """
                 , rep.ids as rep_ids, rep.wordings as rep_wordings, rep.statuses as rep_statuses,
                   rep.labels as rep_labels, rep.colours as rep_colours,
                   rep.documents as rep_documents, rep.titles as rep_titles
            """
          + DETAIL_FROM
          + REPEATS;

  /** The detail without the role check, for the services of this module after their own. */
  ClaimDetail load(long workspaceId, long claimId, boolean includeDeleted) {
    ClaimDetail core = loadCore(workspaceId, claimId, includeDeleted);
    List<Evidence> evidence = evidence(claimId);
    List<NoteView> thread = thread(claimId);
    ReviewState review = core.review();
    if (core.status() == ClaimStatus.DISPUTED) {
      OpenDisputes open = disputes.getIfAvailable();
      if (open != null) {
        review = review.withDispute(open.of(workspaceId, claimId).orElse(null));
      }
    }
    return core.with(review, evidence, thread, core.sameClaims());
  }

  /** The claim's own row with the claims that repeat it; not found when it is not here. */
  private ClaimDetail loadCore(long workspaceId, long claimId, boolean includeDeleted) {
    return jdbc.sql(DETAIL_WITH_REPEATS + " where c.id = :id and c.workspace_id = :ws")
        .param("id", claimId)
        .param("ws", workspaceId)
        .query(
            (rs, i) -> {
              ClaimDetail c = ClaimRows.detailCore(rs, workspaceId);
              return c.with(c.review(), c.sources(), c.notes(), repeats(rs));
            })
        .optional()
        .filter(c -> includeDeleted || !c.deleted())
        .orElseThrow(() -> new NotFoundException("The claim"));
  }

  private List<Evidence> evidence(long claimId) {
    return jdbc.sql(ClaimRows.EVIDENCE_SELECT + " where claim_id = ? order by id")
        .param(claimId)
        .query((rs, i) -> ClaimRows.evidence(rs))
        .list();
  }

  private List<NoteView> thread(long claimId) {
    return jdbc.sql(ClaimRows.NOTE_SELECT + " where n.claim_id = ? order by n.id")
        .param(claimId)
        .query((rs, i) -> ClaimRows.noteView(rs))
        .list();
  }

  private static List<ClaimLink> repeats(ResultSet rs) throws SQLException {
    Array ids = rs.getArray("rep_ids");
    if (ids == null) {
      return List.of();
    }
    Long[] id = (Long[]) ids.getArray();
    String[] wording = (String[]) rs.getArray("rep_wordings").getArray();
    String[] status = (String[]) rs.getArray("rep_statuses").getArray();
    String[] label = (String[]) rs.getArray("rep_labels").getArray();
    String[] colour = (String[]) rs.getArray("rep_colours").getArray();
    Long[] document = (Long[]) rs.getArray("rep_documents").getArray();
    String[] title = (String[]) rs.getArray("rep_titles").getArray();
    List<ClaimLink> links = new ArrayList<>(id.length);
    for (int k = 0; k < id.length; k++) {
      links.add(
          new ClaimLink(
              id[k],
              wording[k],
              ClaimStatus.valueOf(status[k]),
              label[k],
              colour[k],
              document[k],
              title[k]));
    }
    return links;
  }

  /**
   * Several claims of one workspace as reports show them, in the order of {@code ids}, read with
   * one query per kind whatever their number: the claims, their sources, their notes (when {@code
   * withNotes}) and the claims that repeat each one. Open disputes are not read (reports do not
   * show them); ids not in the workspace, or deleted, are left out.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<ClaimDetail> details(long workspaceId, List<Long> ids, boolean withNotes) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Long[] idArray = ids.toArray(Long[]::new);
    Map<Long, ClaimDetail> cores = new HashMap<>();
    jdbc.sql(DETAIL_SELECT + " where c.id = any(?) and c.workspace_id = ? and c.deleted_at is null")
        .params(idArray, workspaceId)
        .query((rs, i) -> ClaimRows.detailCore(rs, workspaceId))
        .list()
        .forEach(c -> cores.put(c.id(), c));
    Map<Long, List<Evidence>> evidence = new HashMap<>();
    jdbc.sql(ClaimRows.EVIDENCE_SELECT + " where claim_id = any(?) order by claim_id, id")
        .param(idArray)
        .query(
            rs -> {
              evidence
                  .computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                  .add(ClaimRows.evidence(rs));
            });
    Map<Long, List<NoteView>> threads = new HashMap<>();
    if (withNotes) {
      jdbc.sql(ClaimRows.NOTE_SELECT + " where n.claim_id = any(?) order by n.claim_id, n.id")
          .param(idArray)
          .query(
              rs -> {
                threads
                    .computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                    .add(ClaimRows.noteView(rs));
              });
    }
    Map<Long, List<ClaimLink>> repeats = sameClaims(ids);
    List<ClaimDetail> found = new ArrayList<>(ids.size());
    for (Long id : ids) {
      ClaimDetail core = cores.get(id);
      if (core != null) {
        found.add(
            core.with(
                core.review(),
                evidence.getOrDefault(id, List.of()),
                threads.getOrDefault(id, List.of()),
                repeats.getOrDefault(id, List.of())));
      }
    }
    return found;
  }

  /** The claims that repeat each of {@code claimIds}, by the claim they repeat, in one query. */
  private Map<Long, List<ClaimLink>> sameClaims(List<Long> claimIds) {
    Map<Long, List<ClaimLink>> repeats = new HashMap<>();
    jdbc.sql(
            ClaimRows.LINK_SELECT.replace("select c.id,", "select c.same_as_id, c.id,")
                + " where c.same_as_id = any(?) and c.deleted_at is null order by c.same_as_id, c.id")
        .param(claimIds.toArray(Long[]::new))
        .query(
            rs -> {
              repeats
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(ClaimLink.from(rs, 2));
            });
    return repeats;
  }

  /**
   * The claims anchored in a document, with their verdict colours, for the reading view (a
   * viewer's: the published ones).
   */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public List<ClaimHighlight> highlights(long workspaceId, long documentId) {
    return jdbc.sql(
            """
            select c.id, c.anchor_start, c.anchor_end, r.colour, r.label, c.wording
            from claim c left join rating r on r.id = c.rating_id
            where c.workspace_id = ? and c.document_id = ? and c.deleted_at is null
              and c.anchor_start is not null and (not ? or c.status = 'PUBLISHED')
            order by c.anchor_start, c.id
            """)
        .params(workspaceId, documentId, publishedOnly(workspaceId))
        .query(
            (rs, i) ->
                new ClaimHighlight(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  /** Names of the workspace's claimants that start with {@code prefix}, for suggestions. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<String> claimantNames(long workspaceId, String prefix) {
    String start = ControlCharacters.refuse("claimant", prefix == null ? "" : prefix.strip());
    return claimants.names(workspaceId, start, PageRequest.of(0, 50));
  }

  /**
   * Live claims in {@code statuses}, longest in their status first, optionally of one assignee or
   * document: the review queue's rows (a viewer's: the published ones).
   */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public Slice<QueueRow> inStatus(
      long workspaceId, Set<ClaimStatus> wanted, Long assigneeId, Long documentId, Pageable page) {
    Set<ClaimStatus> statuses = visible(workspaceId, wanted);
    if (statuses.isEmpty()) {
      return Slices.of(List.of(), page);
    }
    StringBuilder sql =
        new StringBuilder(ClaimRows.QUEUE_SELECT)
            .append(
                " where c.workspace_id = :ws and c.deleted_at is null and c.status in (:statuses)");
    Map<String, Object> params = new HashMap<>();
    params.put("ws", workspaceId);
    params.put("statuses", statuses.stream().map(Enum::name).toList());
    if (assigneeId != null) {
      sql.append(" and c.assignee_id = :assignee");
      params.put("assignee", assigneeId);
    }
    if (documentId != null) {
      sql.append(" and c.document_id = :doc");
      params.put("doc", documentId);
    }
    sql.append(" order by c.status_changed_at, c.id");
    return queueRows(sql, params, page);
  }

  /**
   * The live claims assigned to {@code userId}, by workflow state (the order of {@link
   * ClaimStatus}), longest in their state first; only {@code status} when given (a viewer's: the
   * published ones).
   */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public Slice<QueueRow> assignedTo(
      long workspaceId, long userId, ClaimStatus status, Pageable page) {
    Set<ClaimStatus> statuses =
        visible(workspaceId, status == null ? EnumSet.allOf(ClaimStatus.class) : Set.of(status));
    if (statuses.isEmpty()) {
      return Slices.of(List.of(), page);
    }
    StringBuilder sql =
        new StringBuilder(ClaimRows.QUEUE_SELECT)
            .append(" where c.workspace_id = :ws and c.deleted_at is null and c.assignee_id = :me")
            .append(" and c.status in (:statuses)");
    Map<String, Object> params = new HashMap<>();
    params.put("ws", workspaceId);
    params.put("me", userId);
    params.put("statuses", statuses.stream().map(Enum::name).toList());
    sql.append(" order by ").append(WORKFLOW_ORDER).append(", c.status_changed_at, c.id");
    return queueRows(sql, params, page);
  }

  private Slice<QueueRow> queueRows(StringBuilder sql, Map<String, Object> params, Pageable page) {
    Slices.limit(sql, params, page);
    return Slices.of(
        jdbc.sql(sql.toString()).params(params).query((rs, i) -> ClaimRows.queueRow(rs)).list(),
        page);
  }

  /** How many live claims {@code userId} has assigned in each state (a viewer's: published). */
  @PreAuthorize("isAuthenticated()") // and the role, below
  @Transactional(readOnly = true)
  public Map<ClaimStatus, Long> assignedCounts(long workspaceId, long userId) {
    Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
    jdbc.sql(
            """
            select status, count(*) from claim
            where workspace_id = ? and assignee_id = ? and deleted_at is null
              and (not ? or status = 'PUBLISHED')
            group by status
            """)
        .params(workspaceId, userId, publishedOnly(workspaceId))
        .query(
            rs -> {
              counts.put(ClaimStatus.valueOf(rs.getString(1)), rs.getLong(2));
            });
    return counts;
  }

  /** Of {@code wanted}, the statuses the caller may see. */
  private Set<ClaimStatus> visible(long workspaceId, Set<ClaimStatus> wanted) {
    if (!publishedOnly(workspaceId)) {
      return wanted;
    }
    return wanted.contains(ClaimStatus.PUBLISHED) ? Set.of(ClaimStatus.PUBLISHED) : Set.of();
  }

  private static void refuseControlCharacters(ClaimFilter f) {
    ControlCharacters.refuse("claimant", f.claimant());
    ControlCharacters.refuse("tag", f.tag());
    ControlCharacters.refuse("q", f.text());
  }

  /** Sorts by the order of {@link ClaimStatus}: the workflow's order. */
  private static final String WORKFLOW_ORDER =
      java.util.Arrays.stream(ClaimStatus.values())
          .map(st -> " when '" + st.name() + "' then " + st.ordinal())
          .collect(Collectors.joining("", "case c.status", " end"));
}

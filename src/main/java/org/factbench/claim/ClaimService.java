package org.factbench.claim;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factbench.assist.FigureCheck;
import org.factbench.assist.Quantities;
import org.factbench.assist.Turn;
import org.factbench.assist.Turns;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentText;
import org.factbench.document.SuggestionService;
import org.factbench.security.CurrentUser;
import org.factbench.workspace.WorkspaceService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims, their sources and notes. Every method names the workspace and checks the caller's role
 * there; every lookup is scoped to that workspace, so an id from elsewhere is simply not found.
 * Each change publishes an event that the history records in the same transaction.
 */
@Service
public class ClaimService {

  static final int MAX_WORDING = 5_000;
  static final int MAX_RATIONALE = 50_000;
  static final int MAX_NOTE = 20_000;
  static final int MAX_TAGS = 20;

  private static final Map<String, String> SORTS =
      Map.of(
          "updatedAt", "c.updated_at",
          "id", "c.id",
          "status", "c.status",
          "wording", "lower(c.wording)",
          "verdict", "r.position",
          "claimant", "lower(cl.name)",
          "documentTitle", "lower(d.title)");

  private final ClaimRepository claims;
  private final ClaimantRepository claimants;
  private final RatingRepository ratings;
  private final SourceRepository sources;
  private final NoteRepository notes;
  private final DocumentService documents;
  private final WorkspaceService workspaces;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final ClaimMatching matching;
  private final SuggestionService suggestions;
  private final double figureTolerance;

  ClaimService(
      ClaimRepository claims,
      ClaimantRepository claimants,
      RatingRepository ratings,
      SourceRepository sources,
      NoteRepository notes,
      DocumentService documents,
      WorkspaceService workspaces,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      ClaimMatching matching,
      SuggestionService suggestions,
      @Value("${factbench.assist.figure-tolerance:0.1}") double figureTolerance) {
    this.matching = matching;
    this.suggestions = suggestions;
    this.figureTolerance = figureTolerance;
    this.claims = claims;
    this.claimants = claimants;
    this.ratings = ratings;
    this.sources = sources;
    this.notes = notes;
    this.documents = documents;
    this.workspaces = workspaces;
    this.jdbc = jdbc;
    this.events = events;
  }

  // ----------------------------------------------------------------------------------------------
  // reading

  /**
   * One page of the claims grid: a slice (one row more is read to know if there is a next page).
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public Slice<ClaimRow> search(long workspaceId, ClaimFilter filter, Pageable page) {
    SearchQuery q = searchQuery(workspaceId, filter, page);
    List<ClaimRow> rows = jdbc.sql(q.sql()).params(q.params()).query((rs, i) -> row(rs)).list();
    return slice(rows, page);
  }

  private static final String SEARCH_SELECT =
      """
      select c.id, c.wording, c.quote, c.status, r.label as verdict_label, r.colour as verdict_colour,
             cl.name as claimant, u.display_name as assignee, c.document_id, d.title as document_title,
             c.time_seconds, c.tags, c.updated_at, c.figure_check, c.same_as_id
      from claim c
        left join rating r on r.id = c.rating_id
        left join claimant cl on cl.id = c.claimant_id
        left join app_user u on u.id = c.assignee_id
        left join document d on d.id = c.document_id
      """;

  /** The SQL of one page of the claims grid, with its named parameters. */
  public record SearchQuery(String sql, Map<String, Object> params) {}

  /**
   * The exact SQL {@link #search} runs, unchecked: for index proofs and benchmark baselines, never
   * for serving users.
   */
  public static SearchQuery searchQuery(long workspaceId, ClaimFilter filter, Pageable page) {
    ClaimFilter f = filter == null ? ClaimFilter.NONE : filter;
    StringBuilder sql =
        new StringBuilder(SEARCH_SELECT)
            .append(" where c.workspace_id = :ws and c.deleted_at is null");
    var params = new java.util.HashMap<String, Object>();
    params.put("ws", workspaceId);
    if (f.status() != null) {
      sql.append(" and c.status = :status");
      params.put("status", f.status().name());
    }
    if (f.ratingId() != null) {
      sql.append(" and c.rating_id = :rating");
      params.put("rating", f.ratingId());
    }
    if (f.claimant() != null && !f.claimant().isBlank()) {
      sql.append(" and lower(cl.name) = lower(:claimant)");
      params.put("claimant", f.claimant().strip());
    }
    if (f.tag() != null && !f.tag().isBlank()) {
      sql.append(" and c.tags @> array[cast(:tag as text)]");
      params.put("tag", normaliseTag(f.tag()));
    }
    if (f.assigneeId() != null) {
      sql.append(" and c.assignee_id = :assignee");
      params.put("assignee", f.assigneeId());
    }
    if (f.documentId() != null) {
      sql.append(" and c.document_id = :doc");
      params.put("doc", f.documentId());
    }
    if (f.text() != null && !f.text().isBlank()) {
      sql.append(" and c.search @@ websearch_to_tsquery('english', :q)");
      params.put("q", f.text().strip());
    }
    sql.append(" order by ").append(orderBy(page.getSort()));
    sql.append(" limit :limit offset :offset");
    params.put("limit", page.getPageSize() + 1);
    params.put("offset", page.getOffset());
    return new SearchQuery(sql.toString(), params);
  }

  private static String orderBy(Sort sort) {
    List<String> parts = new ArrayList<>();
    for (Sort.Order o : sort) {
      String column = SORTS.get(o.getProperty());
      if (column != null) {
        // not-null columns keep the index's order; nullable ones put empty values last
        boolean nullable = Set.of("verdict", "claimant", "documentTitle").contains(o.getProperty());
        parts.add(column + (o.isAscending() ? " asc" : " desc") + (nullable ? " nulls last" : ""));
      }
    }
    if (parts.isEmpty()) {
      parts.add("c.updated_at desc");
    }
    parts.add("c.id desc");
    return String.join(", ", parts);
  }

  private static ClaimRow row(ResultSet rs) throws SQLException {
    return new ClaimRow(
        rs.getLong("id"),
        rs.getString("wording"),
        rs.getString("quote"),
        ClaimStatus.valueOf(rs.getString("status")),
        rs.getString("verdict_label"),
        rs.getString("verdict_colour"),
        rs.getString("claimant"),
        rs.getString("assignee"),
        (Long) rs.getObject("document_id"),
        rs.getString("document_title"),
        (Integer) rs.getObject("time_seconds"),
        tags(rs.getArray("tags")),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("figure_check"),
        (Long) rs.getObject("same_as_id"));
  }

  private static List<String> tags(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  /** A page read with one row more than its size: that row only tells whether more follow. */
  static <T> Slice<T> slice(List<T> rows, Pageable page) {
    boolean more = rows.size() > page.getPageSize();
    return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
  }

  /** Deleted claims, newest deletion first, for the admin who may restore them. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional(readOnly = true)
  public Slice<ClaimRow> deleted(long workspaceId, Pageable page) {
    String sql =
        SEARCH_SELECT
            + " where c.workspace_id = :ws and c.deleted_at is not null"
            + " order by c.deleted_at desc, c.id desc limit :limit offset :offset";
    List<ClaimRow> rows =
        jdbc.sql(sql)
            .param("ws", workspaceId)
            .param("limit", page.getPageSize() + 1)
            .param("offset", page.getOffset())
            .query((rs, i) -> row(rs))
            .list();
    return slice(rows, page);
  }

  /**
   * Everything the detail panel shows, in four statements after the workspace check: the claim with
   * its names, verdict, same-claim link and open dispute in one row; its sources; its notes; the
   * claims that repeat it ({@code ClaimDetailStatementsTest} holds it to this).
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public ClaimDetail detail(long workspaceId, long claimId) {
    return load(workspaceId, claimId, false);
  }

  private static final String DETAIL_COLUMNS =
      """
      select c.*, cl.name as claimant_name, u.display_name as assignee_name,
             ub.display_name as updated_by_name, d.title as document_title,
             r.position as r_position, r.label as r_label, r.colour as r_colour,
             r.description as r_description, r.on_scale as r_on_scale, r.version as r_version,
             uv.display_name as verdict_by_name, ue.display_name as edited_by_name,
             uc.display_name as comment_by_name,
             sa.wording as sa_wording, sa.status as sa_status, rsa.label as sa_label,
             rsa.colour as sa_colour, sa.document_id as sa_document_id,
             dsa.title as sa_document_title
      """;

  private static final String DETAIL_FROM =
      """
      from claim c
        left join claimant cl on cl.id = c.claimant_id
        left join app_user u on u.id = c.assignee_id
        left join app_user ub on ub.id = c.updated_by
        left join document d on d.id = c.document_id
        left join rating r on r.id = c.rating_id
        left join app_user uv on uv.id = c.verdict_by
        left join app_user ue on ue.id = c.edited_by
        left join app_user uc on uc.id = c.review_comment_by
        left join claim sa on sa.id = c.same_as_id
        left join rating rsa on rsa.id = sa.rating_id
        left join document dsa on dsa.id = sa.document_id
      """;

  /** The claim rows of reports: everything but the open dispute. */
  private static final String DETAIL_SELECT = DETAIL_COLUMNS + DETAIL_FROM;

  /** The claim row of the detail panel: with the open dispute and both its verdicts. */
  private static final String DETAIL_SELECT_WITH_DISPUTE =
      DETAIL_COLUMNS
          + """
                 , dp.id as dp_id, dp.opened_by as dp_opened_by, dpo.display_name as dp_opened_by_name,
                   dp.opened_at as dp_opened_at, dp.original_rationale as dp_original_rationale,
                   dp.original_by as dp_original_by, dpb.display_name as dp_original_by_name,
                   dp.reason as dp_reason,
                   ro.id as ro_id, ro.position as ro_position, ro.label as ro_label,
                   ro.colour as ro_colour, ro.description as ro_description,
                   ro.on_scale as ro_on_scale, ro.version as ro_version,
                   rp.id as rp_id, rp.position as rp_position, rp.label as rp_label,
                   rp.colour as rp_colour, rp.description as rp_description,
                   rp.on_scale as rp_on_scale, rp.version as rp_version
            """
          + DETAIL_FROM
          + """
              left join dispute dp on dp.claim_id = c.id and dp.resolved_at is null
              left join app_user dpo on dpo.id = dp.opened_by
              left join app_user dpb on dpb.id = dp.original_by
              left join rating ro on ro.id = dp.original_rating_id
              left join rating rp on rp.id = dp.proposed_rating_id
            """;

  /** A claim's own row, without sources, notes, the claims that repeat it or an open dispute. */
  private static ClaimDetail detailCore(ResultSet rs, long workspaceId) throws SQLException {
    Long ratingId = (Long) rs.getObject("rating_id");
    Verdict verdict =
        ratingId == null
            ? null
            : new Verdict(
                ratingId,
                rs.getInt("r_position"),
                rs.getString("r_label"),
                rs.getString("r_colour"),
                rs.getString("r_description"),
                rs.getBoolean("r_on_scale"),
                rs.getLong("r_version"));
    Long documentId = (Long) rs.getObject("document_id");
    Anchor anchor =
        documentId == null || rs.getObject("anchor_start") == null
            ? null
            : new Anchor(
                documentId,
                rs.getInt("anchor_start"),
                rs.getInt("anchor_end"),
                rs.getString("quote"),
                rs.getString("quote_prefix"),
                rs.getString("quote_suffix"));
    ClaimLink sameAs =
        rs.getObject("same_as_id") == null
            ? null
            : new ClaimLink(
                rs.getLong("same_as_id"),
                rs.getString("sa_wording"),
                ClaimStatus.valueOf(rs.getString("sa_status")),
                rs.getString("sa_label"),
                rs.getString("sa_colour"),
                (Long) rs.getObject("sa_document_id"),
                rs.getString("sa_document_title"));
    return new ClaimDetail(
        rs.getLong("id"),
        workspaceId,
        anchor,
        rs.getString("document_title"),
        rs.getString("wording"),
        rs.getString("claimant_name"),
        (Integer) rs.getObject("time_seconds"),
        tags(rs.getArray("tags")),
        (Long) rs.getObject("assignee_id"),
        rs.getString("assignee_name"),
        ClaimStatus.valueOf(rs.getString("status")),
        verdict,
        rs.getString("rationale"),
        rs.getLong("created_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getLong("updated_by"),
        rs.getString("updated_by_name"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getTimestamp("deleted_at") != null,
        rs.getLong("version"),
        new ReviewState(
            (Long) rs.getObject("verdict_by"),
            rs.getString("verdict_by_name"),
            (Long) rs.getObject("edited_by"),
            rs.getString("edited_by_name"),
            rs.getTimestamp("status_changed_at").toInstant(),
            rs.getString("review_comment"),
            rs.getString("comment_by_name"),
            rs.getTimestamp("review_comment_at") == null
                ? null
                : rs.getTimestamp("review_comment_at").toInstant(),
            null),
        List.of(),
        List.of(),
        rs.getString("figure_check"),
        sameAs,
        List.of());
  }

  ClaimDetail load(long workspaceId, long claimId, boolean includeDeleted) {
    ClaimDetail core =
        jdbc.sql(DETAIL_SELECT_WITH_DISPUTE + " where c.id = :id and c.workspace_id = :ws")
            .param("id", claimId)
            .param("ws", workspaceId)
            .query(
                (rs, i) -> {
                  ClaimDetail c = detailCore(rs, workspaceId);
                  return c.status() == ClaimStatus.DISPUTED
                      ? c.with(
                          c.review().withDispute(openDispute(rs)),
                          c.sources(),
                          c.notes(),
                          c.sameClaims())
                      : c;
                })
            .optional()
            .filter(c -> includeDeleted || !c.deleted())
            .orElseThrow(() -> new NotFoundException("The claim"));
    List<Evidence> evidence =
        sources.findByClaimIdOrderById(claimId).stream().map(Source::toEvidence).toList();
    List<NoteView> thread =
        jdbc.sql(NOTE_SELECT + " where n.claim_id = ? order by n.id")
            .param(claimId)
            .query((rs, i) -> noteView(rs))
            .list();
    return core.with(core.review(), evidence, thread, matching.sameClaims(claimId));
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
    Map<Long, ClaimDetail> cores = new java.util.HashMap<>();
    jdbc.sql(DETAIL_SELECT + " where c.id = any(?) and c.workspace_id = ? and c.deleted_at is null")
        .params(idArray, workspaceId)
        .query((rs, i) -> detailCore(rs, workspaceId))
        .list()
        .forEach(c -> cores.put(c.id(), c));
    Map<Long, List<Evidence>> evidence = new java.util.HashMap<>();
    jdbc.sql(
            """
            select claim_id, id, url, title, publisher, published_on, accessed_on, passage, stance,
                   reliability_note, figure, figure_as_of, version
            from source where claim_id = any(?) order by claim_id, id
            """)
        .param(idArray)
        .query(
            rs -> {
              evidence
                  .computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                  .add(
                      new Evidence(
                          rs.getLong("id"),
                          rs.getString("url"),
                          rs.getString("title"),
                          rs.getString("publisher"),
                          rs.getObject("published_on", java.time.LocalDate.class),
                          rs.getObject("accessed_on", java.time.LocalDate.class),
                          rs.getString("passage"),
                          Stance.valueOf(rs.getString("stance")),
                          rs.getString("reliability_note"),
                          rs.getString("figure"),
                          rs.getObject("figure_as_of", java.time.LocalDate.class),
                          rs.getLong("version")));
            });
    Map<Long, List<NoteView>> threads = new java.util.HashMap<>();
    if (withNotes) {
      jdbc.sql(NOTE_SELECT + " where n.claim_id = any(?) order by n.claim_id, n.id")
          .param(idArray)
          .query(
              rs -> {
                threads
                    .computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                    .add(noteView(rs));
              });
    }
    Map<Long, List<ClaimLink>> repeats = matching.sameClaims(ids);
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

  private static final String NOTE_SELECT =
      """
      select n.id, n.claim_id, n.author_id, coalesce(u.display_name, '?') as author, n.body,
             n.created_at, n.edited_at, n.version
      from note n left join app_user u on u.id = n.author_id
      """;

  private static NoteView noteView(ResultSet rs) throws SQLException {
    return new NoteView(
        rs.getLong("id"),
        rs.getLong("author_id"),
        rs.getString("author"),
        rs.getString("body"),
        NoteMarkdown.toSafeHtml(rs.getString("body")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("edited_at") == null ? null : rs.getTimestamp("edited_at").toInstant(),
        rs.getLong("version"));
  }

  /** The open dispute read in the claim's own row (columns dp_, ro_ and rp_), or null. */
  private static DisputeView openDispute(ResultSet rs) throws SQLException {
    if (rs.getObject("dp_id") == null) {
      return null;
    }
    return new DisputeView(
        rs.getLong("dp_id"),
        rs.getLong("dp_opened_by"),
        rs.getString("dp_opened_by_name"),
        rs.getTimestamp("dp_opened_at").toInstant(),
        verdictOf(rs, "ro_"),
        rs.getString("dp_original_rationale"),
        (Long) rs.getObject("dp_original_by"),
        rs.getString("dp_original_by_name"),
        verdictOf(rs, "rp_"),
        rs.getString("dp_reason"));
  }

  private static Verdict verdictOf(ResultSet rs, String prefix) throws SQLException {
    Long id = (Long) rs.getObject(prefix + "id");
    return id == null
        ? null
        : new Verdict(
            id,
            rs.getInt(prefix + "position"),
            rs.getString(prefix + "label"),
            rs.getString(prefix + "colour"),
            rs.getString(prefix + "description"),
            rs.getBoolean(prefix + "on_scale"),
            rs.getLong(prefix + "version"));
  }

  /** The claims anchored in a document, with their verdict colours, for the reading view. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<ClaimHighlight> highlights(long workspaceId, long documentId) {
    return jdbc.sql(
            """
            select c.id, c.anchor_start, c.anchor_end, r.colour, r.label, c.wording
            from claim c left join rating r on r.id = c.rating_id
            where c.workspace_id = ? and c.document_id = ? and c.deleted_at is null
              and c.anchor_start is not null
            order by c.anchor_start, c.id
            """)
        .params(workspaceId, documentId)
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
    return claimants.names(
        workspaceId, prefix == null ? "" : prefix.strip(), PageRequest.of(0, 50));
  }

  // ----------------------------------------------------------------------------------------------
  // writing

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail create(long workspaceId, NewClaim input) {
    long actor = CurrentUser.id();
    Anchor anchor = null;
    Integer time = null;
    String documentText = null;
    if (input.documentId() != null) {
      DocumentText doc = documents.get(workspaceId, input.documentId());
      documentText = doc.text();
      anchor = anchorFor(doc, input);
      time = doc.secondsAt(anchor.start());
    }
    String wording =
        wording(
            input.wording() == null || input.wording().isBlank() && anchor != null
                ? (anchor == null ? "" : anchor.quote())
                : input.wording());
    Claim claim = new Claim(workspaceId, anchor, wording, actor);
    claim.setTimeSeconds(time);
    claim.setTags(normaliseTags(input.tags()));
    String claimant = input.claimant();
    if ((claimant == null || claimant.isBlank()) && anchor != null) {
      // a sentence of a transcript: its speaker is the default claimant
      claimant = speakerAt(documentText, anchor.start());
    }
    if (claimant != null && !claimant.isBlank()) {
      claim.setClaimantId(claimantId(workspaceId, claimant));
    }
    claims.saveAndFlush(claim);
    if (anchor != null) {
      suggestions.claimed(
          workspaceId, anchor.documentId(), anchor.start(), anchor.end(), claim.getId());
    }
    events.publishEvent(ClaimChanged.of(claim, actor, "created", null, wording));
    return load(workspaceId, claim.getId(), false);
  }

  private static String speakerAt(String text, int offset) {
    return Turns.find(text).stream()
        .filter(t -> t.contains(offset))
        .map(Turn::speaker)
        .findFirst()
        .orElse(null);
  }

  private static Anchor anchorFor(DocumentText doc, NewClaim input) {
    String text = doc.text();
    if (input.start() == null || input.end() == null || input.quote() == null) {
      throw new ValidationFailedException(null, "A claim from a document needs the selected span.");
    }
    int start = input.start();
    int end = input.end();
    if (start < 0 || end > text.length() || start >= end) {
      throw new ValidationFailedException(
          null, "The selection lies outside the document's text. Select the passage again.");
    }
    Anchor anchor = Anchor.of(doc.document().id(), text, start, end);
    if (!anchor.quote().equals(input.quote())) {
      throw new ValidationFailedException(
          null, "The selection does not match the document's text. Select the passage again.");
    }
    if (anchor.quote().isBlank()) {
      throw new ValidationFailedException(null, "Select some words, not only spaces.");
    }
    return anchor;
  }

  /**
   * Saves an edit made on the version {@code edit.version()}; if someone saved in between, refuses
   * it with {@link EditConflictException}, which carries the claim as it is now.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public ClaimDetail update(long workspaceId, long claimId, ClaimEdit edit) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    if (c.getVersion() != edit.version()) {
      throw new EditConflictException(load(workspaceId, claimId, false));
    }
    List<ClaimChanged> changes = new ArrayList<>();
    boolean contentChanged = false;
    String wording = wording(edit.wording());
    if (!wording.equals(c.getWording())) {
      changes.add(ClaimChanged.of(c, actor, "wording changed", c.getWording(), wording));
      c.setWording(wording);
      contentChanged = true;
    }
    Long claimantId =
        edit.claimant() == null || edit.claimant().isBlank()
            ? null
            : claimantId(workspaceId, edit.claimant());
    if (!Objects.equals(claimantId, c.getClaimantId())) {
      changes.add(
          ClaimChanged.of(
              c,
              actor,
              "claimant changed",
              claimantName(c.getClaimantId()),
              claimantName(claimantId)));
      c.setClaimantId(claimantId);
      contentChanged = true;
    }
    if (edit.timeSeconds() != null && (edit.timeSeconds() < 0 || edit.timeSeconds() > 86_400 * 7)) {
      throw new ValidationFailedException("timeSeconds", "The time position is out of range.");
    }
    if (!Objects.equals(edit.timeSeconds(), c.getTimeSeconds())) {
      changes.add(
          ClaimChanged.of(
              c, actor, "time position changed", c.getTimeSeconds(), edit.timeSeconds()));
      c.setTimeSeconds(edit.timeSeconds());
    }
    List<String> tags = normaliseTags(edit.tags());
    if (!tags.equals(c.getTags())) {
      changes.add(ClaimChanged.of(c, actor, "tags changed", c.getTags(), tags));
      c.setTags(tags);
    }
    if (!Objects.equals(edit.assigneeId(), c.getAssigneeId())) {
      if (edit.assigneeId() != null
          && workspaces.members(workspaceId).stream()
              .noneMatch(m -> m.userId() == edit.assigneeId())) {
        throw new ValidationFailedException(
            "assignee", "The assignee must be a member of the workspace.");
      }
      changes.add(
          ClaimChanged.of(c, actor, "assignee changed", c.getAssigneeId(), edit.assigneeId()));
      c.setAssigneeId(edit.assigneeId());
    }
    String rationale = edit.rationale() == null ? "" : edit.rationale().strip();
    if (rationale.length() > MAX_RATIONALE) {
      throw new ValidationFailedException(
          "rationale", "Keep the rationale under " + MAX_RATIONALE + " characters.");
    }
    if (!rationale.equals(c.getRationale())) {
      changes.add(ClaimChanged.of(c, actor, "rationale changed", c.getRationale(), rationale));
      c.setRationale(rationale);
      contentChanged = true;
    }
    ClaimVerdictChanged verdictChange = null;
    if (!Objects.equals(edit.ratingId(), c.getRatingId())) {
      if (edit.ratingId() != null) {
        ratings
            .findByIdAndWorkspaceId(edit.ratingId(), workspaceId)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "verdict", "Choose a verdict of this workspace's scale."));
      }
      verdictChange =
          new ClaimVerdictChanged(
              workspaceId,
              claimId,
              actor,
              ratingLabel(c.getRatingId()),
              ratingLabel(edit.ratingId()));
      c.setRatingId(edit.ratingId());
      c.verdictProposedBy(edit.ratingId() == null ? null : actor);
      contentChanged = true;
    }
    if (contentChanged && Workflow.CONTENT_LOCKED.contains(c.getStatus())) {
      throw new ValidationFailedException(
          null,
          "This claim is "
              + c.getStatus().label().toLowerCase(Locale.ROOT)
              + ": its wording, claimant, verdict and rationale can change only after it is"
              + " returned to research.");
    }
    if (contentChanged) {
      c.contentEditedBy(actor);
    }
    if (!changes.isEmpty() || verdictChange != null) {
      c.touch(actor);
      claims.saveAndFlush(c);
      refreshFigureCheck(claimId);
      changes.forEach(events::publishEvent);
      if (verdictChange != null) {
        events.publishEvent(verdictChange);
      }
    }
    return load(workspaceId, claimId, false);
  }

  /**
   * Recreates an exported claim as it was, status included: restoring a team's work is an admin's
   * act, not a review, so the workflow's steps do not apply; the history records the import.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public long importClaim(long workspaceId, ImportedClaim in) {
    long actor = CurrentUser.id();
    Anchor anchor = null;
    Integer time = in.timeSeconds();
    if (in.documentId() != null) {
      DocumentText doc = documents.get(workspaceId, in.documentId());
      anchor =
          anchorFor(
              doc,
              new NewClaim(
                  in.documentId(), in.start(), in.end(), in.quote(), null, null, List.of()));
    }
    Claim claim = new Claim(workspaceId, anchor, wording(in.wording()), actor);
    claim.setTimeSeconds(time);
    claim.setTags(normaliseTags(in.tags()));
    if (in.claimant() != null && !in.claimant().isBlank()) {
      claim.setClaimantId(claimantId(workspaceId, in.claimant()));
    }
    if (in.verdictLabel() != null) {
      Rating rating =
          ratings.scale(workspaceId).stream()
              .filter(r -> r.toVerdict().label().equalsIgnoreCase(in.verdictLabel()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ValidationFailedException(
                          "verdict",
                          "The export uses the verdict \""
                              + in.verdictLabel()
                              + "\", which this workspace's rating scale does not have. Add it"
                              + " to the scale first."));
      claim.setRatingId(rating.getId());
      claim.verdictProposedBy(actor);
    }
    String rationale = in.rationale() == null ? "" : in.rationale().strip();
    if (rationale.length() > MAX_RATIONALE) {
      throw new ValidationFailedException(
          "rationale", "Keep the rationale under " + MAX_RATIONALE + " characters.");
    }
    claim.setRationale(rationale);
    claim.moveTo(in.status() == null ? ClaimStatus.NEW : in.status());
    claims.saveAndFlush(claim);
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claim.getId(),
            "claim",
            claim.getId(),
            actor,
            "imported",
            null,
            claim.getStatus().label(),
            null));
    for (SourceInput s : in.sources() == null ? List.<SourceInput>of() : in.sources()) {
      sources.saveAndFlush(new Source(claim.getId(), s, SourceUrls.normalise(s.url()), actor));
    }
    for (String body : in.notes() == null ? List.<String>of() : in.notes()) {
      notes.saveAndFlush(new Note(claim.getId(), actor, noteBody(body)));
    }
    refreshFigureCheck(claim.getId());
    return claim.getId();
  }

  /** Deletes a claim softly: it leaves lists and highlights, and an admin can restore it. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void delete(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    c.delete(actor);
    c.touch(actor);
    claims.saveAndFlush(c);
    events.publishEvent(ClaimChanged.of(c, actor, "deleted", c.getWording(), null));
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'ADMIN')")
  @Transactional
  public ClaimDetail restore(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findAny(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    if (c.isDeleted()) {
      c.restore();
      c.touch(actor);
      claims.saveAndFlush(c);
      events.publishEvent(ClaimChanged.of(c, actor, "restored", null, c.getWording()));
    }
    return load(workspaceId, claimId, false);
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public Evidence addSource(long workspaceId, long claimId, SourceInput input) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    String url = SourceUrls.normalise(input.url());
    if (input.stance() == null) {
      throw new ValidationFailedException(
          "stance", "Say whether the source supports, refutes or gives context.");
    }
    limit("title", input.title(), 500);
    limit("publisher", input.publisher(), 200);
    limit("passage", input.passage(), 20_000);
    limit("reliabilityNote", input.reliabilityNote(), 1_000);
    limit("figure", input.figure(), 200);
    if (!input.figure().isEmpty() && Quantities.find(input.figure()).isEmpty()) {
      throw new ValidationFailedException(
          "figure",
          "Give the source's figure as a number or a range, such as 180,000-220,000, 6.3% or 2.5"
              + " million.");
    }
    // sources and notes have their own rows and versions: adding one does not make an open edit of
    // the claim's form stale (the figure check is a derived column, written without a version)
    Source s = sources.saveAndFlush(new Source(claimId, input, url, actor));
    refreshFigureCheck(claimId);
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "source",
            s.getId(),
            actor,
            "source added",
            null,
            input.stance().label() + ": " + url,
            null));
    return s.toEvidence();
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void removeSource(long workspaceId, long claimId, long sourceId) {
    long actor = CurrentUser.id();
    Claim c =
        claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    Source s =
        sources
            .findById(sourceId)
            .filter(x -> x.getClaimId() == claimId)
            .orElseThrow(() -> new NotFoundException("The source"));
    sources.delete(s);
    sources.flush();
    refreshFigureCheck(claimId);
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "source",
            sourceId,
            actor,
            "source removed",
            s.getUrl(),
            null,
            null));
  }

  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public NoteView addNote(long workspaceId, long claimId, String body) {
    long actor = CurrentUser.id();
    claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    Note n = notes.saveAndFlush(new Note(claimId, actor, noteBody(body)));
    events.publishEvent(
        new ClaimChanged(
            workspaceId, claimId, "note", n.getId(), actor, "note added", null, n.getBody(), null));
    return view(n);
  }

  /** Edits a note; only its author may, and only from the version they saw. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public NoteView editNote(long workspaceId, long claimId, long noteId, String body, long version) {
    long actor = CurrentUser.id();
    claims.findLive(workspaceId, claimId).orElseThrow(() -> new NotFoundException("The claim"));
    Note n =
        notes
            .findById(noteId)
            .filter(x -> x.getClaimId() == claimId)
            .orElseThrow(() -> new NotFoundException("The note"));
    if (n.getAuthorId() != actor) {
      throw new org.springframework.security.access.AccessDeniedException(
          "Only the author of a note may edit it.");
    }
    if (n.getVersion() != version) {
      throw new org.springframework.dao.OptimisticLockingFailureException("note changed");
    }
    String before = n.getBody();
    n.edit(noteBody(body));
    notes.saveAndFlush(n);
    events.publishEvent(
        new ClaimChanged(
            workspaceId, claimId, "note", noteId, actor, "note edited", before, n.getBody(), null));
    return view(n);
  }

  private NoteView view(Note n) {
    String author =
        jdbc.sql("select display_name from app_user where id = ?")
            .param(n.getAuthorId())
            .query(String.class)
            .optional()
            .orElse("?");
    return new NoteView(
        n.getId(),
        n.getAuthorId(),
        author,
        n.getBody(),
        NoteMarkdown.toSafeHtml(n.getBody()),
        n.getCreatedAt(),
        n.getEditedAt(),
        n.getVersion());
  }

  // ----------------------------------------------------------------------------------------------
  // helpers

  private static String wording(String raw) {
    String w = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (w.isEmpty()) {
      throw new ValidationFailedException("wording", "Write the claim as it will be checked.");
    }
    if (w.length() > MAX_WORDING) {
      throw new ValidationFailedException(
          "wording", "Keep the claim under " + MAX_WORDING + " characters.");
    }
    return w;
  }

  private static String noteBody(String raw) {
    String b = raw == null ? "" : raw.strip();
    if (b.isEmpty()) {
      throw new ValidationFailedException("note", "The note is empty.");
    }
    if (b.length() > MAX_NOTE) {
      throw new ValidationFailedException("note", "Keep a note under " + MAX_NOTE + " characters.");
    }
    return b;
  }

  private static void limit(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new ValidationFailedException(field, "Keep this under " + max + " characters.");
    }
  }

  static String normaliseTag(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  private static List<String> normaliseTags(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String t : raw) {
      if (t != null && !t.isBlank()) {
        String tag = normaliseTag(t);
        if (tag.length() > 50) {
          throw new ValidationFailedException("tags", "Keep each tag under 50 characters.");
        }
        tags.add(tag);
      }
    }
    if (tags.size() > MAX_TAGS) {
      throw new ValidationFailedException("tags", "A claim has at most " + MAX_TAGS + " tags.");
    }
    return List.copyOf(tags);
  }

  private long claimantId(long workspaceId, String name) {
    String clean = name.strip().replaceAll("\\s+", " ");
    if (clean.length() > 200) {
      throw new ValidationFailedException(
          "claimant", "Keep the claimant's name under 200 characters.");
    }
    return claimants
        .findByName(workspaceId, clean)
        .orElseGet(() -> claimants.saveAndFlush(new Claimant(workspaceId, clean)))
        .getId();
  }

  private String claimantName(Long id) {
    return id == null ? null : claimants.findById(id).map(Claimant::getName).orElse(null);
  }

  private String ratingLabel(Long id) {
    return id == null ? null : ratings.findById(id).map(r -> r.toVerdict().label()).orElse(null);
  }

  /**
   * Compares the claim's figure with its sources' reference figures and stores the flag the grid
   * and the detail show; a derived column, so the claim's version does not change.
   */
  private void refreshFigureCheck(long claimId) {
    String wording =
        jdbc.sql("select wording from claim where id = ?")
            .param(claimId)
            .query(String.class)
            .single();
    List<String> figures =
        jdbc.sql("select figure from source where claim_id = ? and figure <> '' order by id")
            .param(claimId)
            .query(String.class)
            .list();
    String flag =
        FigureCheck.check(wording, figures, figureTolerance)
            .map(f -> f.length() > 500 ? f.substring(0, 499) + "…" : f)
            .orElse(null);
    jdbc.sql("update claim set figure_check = ? where id = ? and figure_check is distinct from ?")
        .params(flag, claimId, flag)
        .update();
  }
}

package org.factbench.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factbench.assist.Quantities;
import org.factbench.assist.Quantity;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.factbench.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds claims like a given wording across the workspace, and links a claim to the one it repeats
 * ("same claim as"), so its verdict and sources can be reused.
 *
 * <p>Candidates come from two indexes in one query: the nearest wordings by trigram distance
 * ({@code pg_trgm}, GiST index {@code claim_wording_trgm}, read in distance order) and full-text
 * search with any of the wording's words ({@code claim_search_idx}). They are then ranked by the
 * better of the two, plus a bonus when both state the same figure, since two sources often give one
 * number in different words.
 */
@Service
public class ClaimMatching {

  /** Candidates read from each index before ranking. */
  private static final int CANDIDATES = 40;

  /**
   * At most this many claims sharing a word are ranked by full-text relevance: bounds the cost when
   * a wording's words are in most claims of a large workspace.
   */
  private static final int FULL_TEXT_SCAN = 2_000;

  /** Below this score a claim is not shown as similar. */
  static final double MIN_SCORE = 0.25;

  private static final double SAME_FIGURE_BONUS = 0.45;

  /** Words of three letters or more, and numbers of two digits or more that are not all zeros. */
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}][\\p{L}\\p{N}]{2,}|\\b(?!0+\\b)\\d{2,}\\b");

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  ClaimMatching(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * The claims of the workspace most like {@code wording}, best first, without {@code
   * excludeClaimId} (the claim being looked at) and without deleted claims.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'VIEWER')")
  @Transactional(readOnly = true)
  public List<SimilarClaim> similar(
      long workspaceId, String wording, Long excludeClaimId, int limit) {
    String text = wording == null ? "" : wording.strip();
    if (text.length() < 3) {
      return List.of();
    }
    if (text.length() > 2_000) {
      text = text.substring(0, 2_000);
    }
    String anyWord = anyWordQuery(text);
    List<Candidate> found =
        jdbc.sql(SIMILAR)
            .param("words", anyWord)
            .param("scan", FULL_TEXT_SCAN)
            .param("text", text)
            .param("ws", workspaceId)
            .param("exclude", excludeClaimId == null ? -1L : excludeClaimId)
            .param("candidates", CANDIDATES)
            .query((rs, i) -> new Candidate(link(rs), rs.getDouble("trgm"), rs.getDouble("fts")))
            .list();
    List<Quantity> figures = Quantities.find(text);
    List<SimilarClaim> ranked = new ArrayList<>();
    for (Candidate c : found) {
      ranked.add(rank(c, figures));
    }
    return ranked.stream()
        .filter(s -> s.score() >= MIN_SCORE)
        .sorted(Comparator.comparingDouble(SimilarClaim::score).reversed())
        .limit(Math.max(1, limit))
        .toList();
  }

  // two bounded candidate reads: the nearest wordings by trigram distance (GiST, read in
  // distance order), and claims sharing any word or number (GIN), of which at most
  // FULL_TEXT_SCAN are ranked; the union is scored below
  static final String SIMILAR =
      """
        with near as (
          select c.id from claim c
          where c.workspace_id = :ws and c.deleted_at is null and c.id <> :exclude
          order by lower(c.wording) <-> lower(:text)
          limit :candidates),
        shared as (
          select w.id, ts_rank_cd(w.search, to_tsquery('english', :words), 32) as fts
          from (select c.id, c.search from claim c
                where :words <> '' and c.workspace_id = :ws and c.deleted_at is null
                  and c.id <> :exclude and c.search @@ to_tsquery('english', :words)
                limit :scan) w
          order by fts desc
          limit :candidates)
        select c.id, c.wording, c.status, r.label, r.colour, c.document_id, d.title,
               similarity(lower(c.wording), lower(:text)) as trgm,
               coalesce(s.fts, 0) as fts
        from claim c
          left join shared s on s.id = c.id
          left join rating r on r.id = c.rating_id
          left join document d on d.id = c.document_id
        where c.id in (select id from near union select id from shared)
        """;

  private record Candidate(ClaimLink claim, double trigram, double fullText) {}

  private static SimilarClaim rank(Candidate c, List<Quantity> figures) {
    List<String> reasons = new ArrayList<>();
    double text = Math.max(c.trigram(), c.fullText());
    if (c.trigram() >= 0.3) {
      reasons.add("wording " + Math.round(c.trigram() * 100) + "% alike");
    } else if (c.fullText() > 0) {
      reasons.add("shares key words");
    }
    double bonus = 0;
    Optional<Quantity> same = sameFigure(figures, Quantities.find(c.claim().wording()));
    if (same.isPresent()) {
      bonus = SAME_FIGURE_BONUS;
      reasons.add("same figure: " + same.get().text());
    }
    return new SimilarClaim(c.claim(), Math.min(1.0, text + bonus), List.copyOf(reasons));
  }

  /** A figure of {@code a} that the other text states too (same unit, within 2%). */
  private static Optional<Quantity> sameFigure(List<Quantity> a, List<Quantity> b) {
    for (Quantity x : a) {
      for (Quantity y : b) {
        if (x.unit().equals(y.unit())
            && Math.abs(x.low() - y.low()) <= 0.02 * Math.abs(x.low()) + 1e-9
            && Math.abs(x.high() - y.high()) <= 0.02 * Math.abs(x.high()) + 1e-9) {
          return Optional.of(y);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code to_tsquery} that matches any of the text's words of three letters or more, or any of
   * its numbers (PostgreSQL reads "180,000" as 180 and 000, so a figure matches itself); only
   * letters and digits reach the query, so its syntax cannot be broken by what a user types.
   */
  static String anyWordQuery(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find() && words.size() < 32) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return String.join(" | ", words);
  }

  /**
   * Marks {@code claimId} as the same claim as {@code sameAsId}. A link always points to the first
   * claim of its group: linking to a claim that itself repeats another links to that one.
   */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void linkSameAs(long workspaceId, long claimId, long sameAsId) {
    long actor = CurrentUser.id();
    Long current = sameAsOf(workspaceId, claimId);
    Long targetsOwn = sameAsOf(workspaceId, sameAsId);
    long root = targetsOwn != null ? targetsOwn : sameAsId;
    if (root == claimId) {
      throw new ValidationFailedException(
          "sameAs", "A claim cannot be the same claim as itself or as a claim that repeats it.");
    }
    if (current != null && current == root) {
      return;
    }
    jdbc.sql("update claim set same_as_id = ? where id = ?").params(root, claimId).update();
    // claims that repeated this one now repeat the group's first claim
    jdbc.sql("update claim set same_as_id = ? where same_as_id = ?").params(root, claimId).update();
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "claim",
            claimId,
            actor,
            "linked as same claim",
            current == null ? null : "#" + current,
            "#" + root,
            null));
  }

  /** Removes the "same claim as" link of {@code claimId}. */
  @PreAuthorize("@workspaceGuard.has(#workspaceId, 'EDITOR')")
  @Transactional
  public void unlink(long workspaceId, long claimId) {
    long actor = CurrentUser.id();
    Long current = sameAsOf(workspaceId, claimId);
    if (current == null) {
      return;
    }
    jdbc.sql("update claim set same_as_id = null where id = ?").param(claimId).update();
    events.publishEvent(
        new ClaimChanged(
            workspaceId,
            claimId,
            "claim",
            claimId,
            actor,
            "same-claim link removed",
            "#" + current,
            null,
            null));
  }

  private Long sameAsOf(long workspaceId, long claimId) {
    return jdbc.sql(
            "select same_as_id from claim where id = ? and workspace_id = ? and deleted_at is null")
        .params(claimId, workspaceId)
        .query((rs, i) -> Optional.ofNullable((Long) rs.getObject(1)))
        .optional()
        .orElseThrow(() -> new NotFoundException("The claim"))
        .orElse(null);
  }

  /** The live claims that repeat {@code claimId}, oldest first. */
  List<ClaimLink> sameClaims(long claimId) {
    return jdbc.sql(LINK_SELECT + " where c.same_as_id = ? and c.deleted_at is null order by c.id")
        .param(claimId)
        .query((rs, i) -> link(rs))
        .list();
  }

  /** The claims that repeat each of {@code claimIds}, by the claim they repeat, in one query. */
  java.util.Map<Long, List<ClaimLink>> sameClaims(List<Long> claimIds) {
    java.util.Map<Long, List<ClaimLink>> repeats = new java.util.HashMap<>();
    jdbc.sql(
            LINK_SELECT.replace("select c.id,", "select c.same_as_id, c.id,")
                + " where c.same_as_id = any(?) and c.deleted_at is null order by c.same_as_id, c.id")
        .param(claimIds.toArray(Long[]::new))
        .query(
            rs -> {
              repeats
                  .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                  .add(
                      new ClaimLink(
                          rs.getLong(2),
                          rs.getString(3),
                          ClaimStatus.valueOf(rs.getString(4)),
                          rs.getString(5),
                          rs.getString(6),
                          (Long) rs.getObject(7),
                          rs.getString(8)));
            });
    return repeats;
  }

  private static final String LINK_SELECT =
      """
      select c.id, c.wording, c.status, r.label, r.colour, c.document_id, d.title
      from claim c
        left join rating r on r.id = c.rating_id
        left join document d on d.id = c.document_id
      """;

  private static ClaimLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ClaimLink(
        rs.getLong(1),
        rs.getString(2),
        ClaimStatus.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        (Long) rs.getObject(6),
        rs.getString(7));
  }
}

package org.factbench.matching;

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
import org.factbench.base.ControlCharacters;
import org.factbench.claim.ClaimLink;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds claims like a given wording across the workspace, with why they match, so an analyst sees
 * whether a claim was checked before. Reads the claim module's published view {@code
 * claim_wording}.
 *
 * <p>Candidates come from two indexes in one query: the nearest wordings by trigram distance
 * ({@code pg_trgm}, GiST index {@code claim_wording_trgm}, read in distance order) and full-text
 * search with any of the wording's words ({@code claim_search_idx}). They are then ranked by the
 * better of the two, plus a bonus when both state the same figure, since two sources often give one
 * number in different words.
 */
@Service
public class SimilarClaims {

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
  private final WorkspaceGuard guard;

  SimilarClaims(JdbcClient jdbc, WorkspaceGuard guard) {
    this.jdbc = jdbc;
    this.guard = guard;
  }

  /**
   * The claims of the workspace most like {@code wording}, best first, without {@code
   * excludeClaimId} (the claim being looked at) and without deleted claims; a viewer's are
   * published ones only.
   */
  @PreAuthorize("isAuthenticated()") // and the role, below (not a member: not found)
  @Transactional(readOnly = true)
  public List<SimilarClaim> similar(
      long workspaceId, String wording, Long excludeClaimId, int limit) {
    boolean publishedOnly = !guard.roleIn(workspaceId).includes(Role.EDITOR);
    String text = ControlCharacters.refuse("text", wording == null ? "" : wording.strip());
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
            .param("publishedOnly", publishedOnly)
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
          select c.id from claim_wording c
          where c.workspace_id = :ws and c.id <> :exclude
            and (not :publishedOnly or c.status = 'PUBLISHED')
          order by lower(c.wording) <-> lower(:text)
          limit :candidates),
        shared as (
          select w.id, ts_rank_cd(w.search, to_tsquery('english', :words), 32) as fts
          from (select c.id, c.search from claim_wording c
                where :words <> '' and c.workspace_id = :ws
                  and (not :publishedOnly or c.status = 'PUBLISHED')
                  and c.id <> :exclude and c.search @@ to_tsquery('english', :words)
                limit :scan) w
          order by fts desc
          limit :candidates)
        select c.id, c.wording, c.status, r.label, r.colour, c.document_id, d.title,
               similarity(lower(c.wording), lower(:text)) as trgm,
               coalesce(s.fts, 0) as fts
        from claim_wording c
          left join shared s on s.id = c.id
          left join verdict r on r.id = c.rating_id
          left join document_title d on d.id = c.document_id
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

  private static ClaimLink link(java.sql.ResultSet rs) throws java.sql.SQLException {
    return ClaimLink.from(rs, 1);
  }
}

package org.factbench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factbench.assist.retrieval.Match;
import org.factbench.base.ControlCharacters;
import org.factbench.claim.ClaimLink;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finds claims like a given wording across the workspace and its reference collections, with why
 * they match, so an analyst sees whether a claim was checked before: BM25 and sentence vectors,
 * scored by a learned model ({@link MatchingIndex}, decision record 0012). Claims are read through
 * the claim module's published views.
 */
@Service
public class SimilarClaims {

  /**
   * A match that shares no key word and no figure is shown from this score on: one that shares
   * neither and is little alike in meaning scores about 0.0001. A match that shares a key word or a
   * figure is always shown (found by words alone, in a small workspace, it can score under 0.05).
   */
  static final double MIN_SCORE = 0.05;

  /** Longest text looked up; longer texts are cut. */
  static final int MAX_TEXT = 2_000;

  private final MatchingIndex index;
  private final MatchingStore store;
  private final WorkspaceGuard guard;

  SimilarClaims(MatchingIndex index, MatchingStore store, WorkspaceGuard guard) {
    this.index = index;
    this.store = store;
    this.guard = guard;
  }

  /**
   * The claims of the workspace most like {@code wording}, best first, without {@code
   * excludeClaimId} (the claim being looked at) and without deleted claims; a viewer's are
   * published ones only.
   */
  @PreAuthorize("isAuthenticated()") // and the role, below (not a member: not found)
  public List<SimilarClaim> similar(
      long workspaceId, String wording, Long excludeClaimId, int limit) {
    return find(workspaceId, wording, excludeClaimId, limit).hits();
  }

  /** As {@link #similar}, saying whether some of it was compared by words alone. */
  @PreAuthorize("isAuthenticated()") // and the role, below (not a member: not found)
  public SimilarClaimsFound find(long workspaceId, String wording, Long excludeClaimId, int limit) {
    boolean publishedOnly = !guard.roleIn(workspaceId).includes(Role.EDITOR);
    String text = ControlCharacters.refuse("text", wording == null ? "" : wording.strip());
    if (text.length() < 3) {
      return new SimilarClaimsFound(List.of(), false, 0);
    }
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    int want = Math.max(1, limit);
    MatchingIndex.Lookup lookup =
        index.match(workspaceId, text, publishedOnly ? want * 4 + 5 : want * 2 + 1);
    List<Long> claimIds = new ArrayList<>();
    List<Long> referenceIds = new ArrayList<>();
    for (Match m : lookup.matches().hits()) {
      if (WorkspaceIndex.isReference(m.id())) {
        referenceIds.add(m.id() - WorkspaceIndex.REFERENCE);
      } else {
        claimIds.add(m.id());
      }
    }
    Map<Long, ClaimLink> claims = store.claimLinks(workspaceId, claimIds, publishedOnly);
    Map<Long, ReferenceItem> references = store.referenceItems(workspaceId, referenceIds);
    List<SimilarClaim> hits = new ArrayList<>();
    for (Match m : lookup.matches().hits()) {
      if (hits.size() == want) {
        break;
      }
      if (m.score() < MIN_SCORE && m.sharedWords().isEmpty() && m.sameFigure().isEmpty()) {
        continue;
      }
      if (excludeClaimId != null && m.id() == excludeClaimId) {
        continue;
      }
      ClaimLink claim = claims.get(m.id());
      ReferenceItem reference = references.get(m.id() - WorkspaceIndex.REFERENCE);
      if (claim != null) {
        boolean checked = m.alreadyChecked() && claim.verdictLabel() != null;
        hits.add(new SimilarClaim(claim, null, m.score(), checked, m.explanations()));
      } else if (reference != null && WorkspaceIndex.isReference(m.id())) {
        boolean checked = m.alreadyChecked() && !reference.rating().isBlank();
        hits.add(new SimilarClaim(null, reference, m.score(), checked, m.explanations()));
      }
    }
    return new SimilarClaimsFound(
        List.copyOf(hits), lookup.matches().lexicalOnly(), lookup.pendingVectors());
  }
}

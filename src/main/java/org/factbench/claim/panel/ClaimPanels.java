package org.factbench.claim.panel;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.workspace.Member;
import org.springframework.stereotype.Component;

/** Makes claim panels with every {@link ClaimPanelSection} of the application, in their order. */
@Component
public class ClaimPanels {

  private final ClaimQueries queries;
  private final ClaimService claims;
  private final List<ClaimPanelSection> sections;

  ClaimPanels(ClaimQueries queries, ClaimService claims, List<ClaimPanelSection> sections) {
    this.queries = queries;
    this.claims = claims;
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(ClaimPanelSection::order)).toList();
  }

  /**
   * Panels with only {@code these} sections beside the claim's own form: to look at one section on
   * its own, as its tests do.
   */
  public ClaimPanels only(ClaimPanelSection... these) {
    return new ClaimPanels(queries, claims, java.util.List.of(these));
  }

  /**
   * A panel for claims of {@code workspaceId} as a member with {@code role} sees them; {@code
   * onChanged} hears of every change the user makes ({@code null}: the claim was deleted).
   */
  public ClaimPanel create(
      long workspaceId,
      Role role,
      List<Verdict> scale,
      List<Member> members,
      Consumer<ClaimDetail> onChanged) {
    return new ClaimPanel(queries, claims, sections, workspaceId, role, scale, members, onChanged);
  }
}

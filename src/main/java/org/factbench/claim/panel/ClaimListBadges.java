package org.factbench.claim.panel;

import java.util.Collection;
import java.util.Map;

/**
 * A slot of the claims list, as a Spring bean: a module above claim marks the claims of each page
 * with a small icon of its own (evidence marks the state of the sources' passages and pages). The
 * list asks once per page, for the page's claims, and shows each bean's badges in a narrow column.
 */
public interface ClaimListBadges {

  /** The column's header, in the user's language. */
  String header();

  /** The badge of each of {@code claimIds} that has one; claims without one are left out. */
  Map<Long, Badge> badges(long workspaceId, Collection<Long> claimIds);

  /**
   * An icon ({@code vaadin:check-circle}), its tone ({@code success}, {@code warning}, {@code
   * error} or {@code contrast}), and what it says, shown as its tooltip and read out by screen
   * readers.
   */
  record Badge(String icon, String tone, String text) {}
}

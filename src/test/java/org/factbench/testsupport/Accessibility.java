package org.factbench.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs axe-core (bundled by {@code com.deque.html.axe-core:playwright}) on what a page shows now,
 * against WCAG 2.0, 2.1 and 2.2 A and AA, and keeps the serious and critical violations. Vaadin's
 * development tools and Copilot are left out of the scan: users of the application never see them.
 */
public final class Accessibility {

  /** The WCAG levels checked. */
  public static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  /** The impacts that fail a test. */
  public static final Set<String> FAILING = Set.of("serious", "critical");

  /** What is not the application's: Vaadin's development tools and Copilot. */
  static final List<String> NOT_OURS = List.of("vaadin-dev-tools", "copilot-main");

  private Accessibility() {}

  /**
   * The serious and critical violations on the page, one line per element: the view, the rule, the
   * element and what axe says to fix.
   */
  public static List<String> violations(Page page, String view) {
    AxeBuilder axe = new AxeBuilder(page).withTags(TAGS);
    for (String selector : NOT_OURS) {
      if (page.locator(selector).count() > 0) {
        axe.exclude(selector);
      }
    }
    AxeResults results = axe.analyze();
    if (results.getErrorMessage() != null) {
      throw new IllegalStateException("axe failed on " + view + ": " + results.getErrorMessage());
    }
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
        if (FAILING.contains(impact)) {
          found.add(
              view
                  + ": "
                  + rule.getId()
                  + " ("
                  + impact
                  + ") at "
                  + node.getTarget()
                  + " "
                  + abbreviate(node.getHtml())
                  + " - "
                  + node.getFailureSummary().replace('\n', ' '));
        }
      }
    }
    return found;
  }

  private static String abbreviate(String html) {
    return html == null || html.length() <= 160 ? html : html.substring(0, 157) + "...";
  }
}

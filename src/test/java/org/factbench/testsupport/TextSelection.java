package org.factbench.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;

/** Selects text in the document reader's annotator with the mouse, as a person would. */
public final class TextSelection {

  private TextSelection() {}

  /**
   * Drags the mouse across the first occurrence of {@code quote} in what the annotator shows, and
   * waits until the reader proposes a claim from it (three tries: a drag that starts while an
   * overlay fades out selects nothing).
   */
  public static void selectWithMouse(Page page, String quote) {
    assertThat(page.locator("fb-annotator.fb-selectable")).isVisible();
    // the import dialog's overlay fades out after it closes: a drag that starts on it selects
    // nothing
    page.waitForFunction(
        "() => [...document.querySelectorAll('vaadin-dialog-overlay, vaadin-dialog')]"
            + ".every(o => !o.opened && !o.hasAttribute('closing'))");
    for (int attempt = 1; ; attempt++) {
      drag(page, quote);
      try {
        page.locator("#selection-quote")
            .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5_000));
        return;
      } catch (com.microsoft.playwright.TimeoutError e) {
        if (attempt == 3) {
          throw e;
        }
        page.evaluate("() => window.getSelection().removeAllRanges()");
      }
    }
  }

  /**
   * Presses the mouse at the first character of {@code quote} and releases it after the last. The
   * quote is looked for in the text the reader sees (hidden Markdown markers are skipped), so it
   * may not run across a hidden marker.
   */
  @SuppressWarnings("unchecked")
  public static void drag(Page page, String quote) {
    Map<String, Object> box =
        (Map<String, Object>)
            page.evaluate(
                """
                quote => {
                  const root = document.querySelector('#annotator');
                  const shown = node => node.parentElement && node.parentElement.offsetParent !== null;
                  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  let text = '', node;
                  while ((node = walker.nextNode())) {
                    if (shown(node)) { nodes.push([node, text.length]); text += node.textContent; }
                  }
                  const at = text.indexOf(quote);
                  if (at < 0) return null;
                  const range = document.createRange();
                  let startSet = false;
                  for (const [n, seen] of nodes) {
                    const len = n.textContent.length;
                    if (!startSet && at < seen + len) { range.setStart(n, at - seen); startSet = true; }
                    if (startSet && at + quote.length <= seen + len) { range.setEnd(n, at + quote.length - seen); break; }
                  }
                  range.startContainer.parentElement.scrollIntoView({block: 'center'});
                  const rects = range.getClientRects();
                  const first = rects[0], last = rects[rects.length - 1];
                  return {x1: first.left + 1, y1: first.top + first.height / 2,
                          x2: last.right - 1, y2: last.top + last.height / 2};
                }
                """,
                quote);
    assertThat(box).as("the quote is in the document").isNotNull();
    page.mouse().move(num(box.get("x1")), num(box.get("y1")));
    page.mouse().down();
    page.mouse()
        .move(
            num(box.get("x2")),
            num(box.get("y2")),
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
    page.mouse().up();
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}

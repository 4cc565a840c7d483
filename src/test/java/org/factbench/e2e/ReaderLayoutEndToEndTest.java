package org.factbench.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.claim.Verdict;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentSummary;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.BrowserTest;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.TextSelection;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader and the claims list at the window sizes people use (1280×800, 1920×1080 and a phone
 * 390 px wide): the claims beside a document wrap and scroll inside the window, Markdown shows as
 * headings and lists with selections still at the stored offsets, and the claims list keeps rows
 * compact, with the figure warning as an icon. Screenshots are saved under target/screenshots.
 */
class ReaderLayoutEndToEndTest extends BrowserTest {

  static final String LONG_WORDING =
      "The defence ministry's spokesperson said on Tuesday evening that the armed forces had"
          + " received more new armoured vehicles in the first half of this year than in the whole"
          + " of the previous decade, and that every brigade would be fully equipped by the end of"
          + " next spring, well ahead of the schedule the parliament approved";

  static final String MARKDOWN =
      """
      # Committee hearing on the defence budget

      The committee heard three witnesses. Their **main figures** are below, in the order given.

      ## What the minister said

      - Defence spending will reach 4.1% of GDP next year.
      - The army recruited *twelve thousand* soldiers in six months.
      - Every brigade will be fully equipped by next spring.

      ## What the auditor said

      1. The procurement budget grew by 35 percent in two years.
      2. Deliveries are running a year behind the plan.

      > Figures from the hearing's transcript; not yet checked.
      """;

  /** Compares the text a person sees, without the hidden Markdown markers. */
  static final LocatorAssertions.HasTextOptions SHOWN =
      new LocatorAssertions.HasTextOptions().setUseInnerText(true);

  /** The first view after signing in may take a while on a busy machine. */
  static final LocatorAssertions.ContainsTextOptions LOADED =
      new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  @Autowired DocumentService documents;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries queries;
  @Autowired SourceService sources;
  @Autowired RatingScale ratings;

  private UserSummary editor;
  private WorkspaceSummary ws;
  private DocumentSummary hearing;
  private String stored;

  @BeforeEach
  void aWorkspaceWithAHearingAndManyClaims() {
    editor = fixtures.user("layout-editor");
    ws = fixtures.workspace("Layout");
    fixtures.member(ws, editor, Role.EDITOR);
    hearing =
        fixtures.as(
            editor,
            () ->
                documents.importText(
                    ws.id(),
                    new DocumentMetadata(
                        "Committee hearing", "", "Parliament TV", "", LocalDate.now(), "en"),
                    MARKDOWN));
    stored = fixtures.as(editor, () -> documents.get(ws.id(), hearing.id())).text();
    List<Verdict> scale = fixtures.as(editor, () -> ratings.of(ws.id()));
    Verdict misleading =
        scale.stream().filter(v -> v.label().equals("Misleading")).findFirst().orElseThrow();
    fixtures.as(
        editor,
        () -> {
          // claims marked in the document, two with long wordings
          mark("Defence spending will reach 4.1% of GDP next year.", LONG_WORDING, misleading);
          mark("Deliveries are running a year behind the plan.", LONG_WORDING + " again", null);
          mark("The procurement budget grew by 35 percent in two years.", null, null);
          // and many more in the list, each with a source whose figure disagrees
          for (int i = 1; i <= 24; i++) {
            ClaimDetail c =
                claims.create(
                    ws.id(),
                    NewClaim.byHand(
                        "Claim "
                            + i
                            + ": defence spending rose to 4.1% of GDP, the highest share the"
                            + " alliance has seen since the figures were first collected"));
            sources.addSource(
                ws.id(),
                c.id(),
                new SourceInput(
                    "https://example.org/budget-" + i,
                    "Budget law",
                    "Parliament",
                    null,
                    null,
                    "Defence: 2.9% of GDP.",
                    Stance.REFUTES,
                    "",
                    "2.9%",
                    null));
          }
        });
  }

  private void mark(String quote, String wording, Verdict verdict) {
    int start = stored.indexOf(quote);
    ClaimDetail c =
        claims.create(
            ws.id(), NewClaim.fromSelection(hearing.id(), start, start + quote.length(), quote));
    if (wording != null || verdict != null) {
      claims.update(
          ws.id(),
          c.id(),
          new ClaimEdit(
              wording == null ? c.wording() : wording,
              c.claimant(),
              c.timeSeconds(),
              List.of(),
              null,
              verdict == null ? null : verdict.id(),
              verdict == null ? "" : "The budget law says 2.9%.",
              c.version()));
    }
  }

  @Test
  void the_reader_fits_the_window_and_shows_markdown_with_selections_at_the_stored_offsets() {
    signIn(page, editor.username(), Fixtures.PASSWORD);
    String reader = "workspaces/" + ws.id() + "/documents/" + hearing.id();
    page.navigate(url(reader));
    Locator annotator = page.locator("#annotator");
    assertThat(annotator).containsText("Committee hearing on the defence budget", LOADED);

    // Markdown as text elements: headings two levels under the page's title, lists, emphasis
    // (as shown: the hidden markers are still in the element's text content)
    assertThat(annotator.locator("h3")).hasText("Committee hearing on the defence budget", SHOWN);
    assertThat(annotator.locator("h4")).hasCount(2);
    assertThat(annotator.locator("ul > li")).hasCount(3);
    assertThat(annotator.locator("ol > li")).hasCount(2);
    assertThat(annotator.locator(".fb-md-span-strong")).hasText("main figures", SHOWN);
    assertThat(annotator.locator(".fb-md-span-em")).hasText("twelve thousand", SHOWN);
    assertThat(annotator.locator("blockquote")).isVisible();
    String shown = annotator.innerText();
    assertThat(shown).doesNotContain("#").doesNotContain("**").doesNotContain("- Defence");
    assertThat(shown).contains("1. The procurement budget");
    // ...while every character of the stored text is still there, in order
    assertThat(annotator.textContent()).isEqualTo(stored);

    // at 1280×800 the claims column stays inside the window, wraps, and scrolls by itself
    page.setViewportSize(1280, 800);
    assertSideColumnFits(1280, 800);
    screenshot(page, "reader-1280x800");
    // scrolled to the end of the text, the column stays whole in the window, under the top bar
    page.locator("#annotator blockquote").scrollIntoViewIfNeeded();
    page.evaluate(
        "() => { const up = e => e.assignedSlot || e.parentElement || e.getRootNode().host;"
            + " for (let e = up(document.querySelector('#reader-side')); e; e = up(e)) {"
            + " if (e.scrollHeight > e.clientHeight) e.scrollTop = e.scrollHeight; }"
            + " document.scrollingElement.scrollTop = 1e6; }");
    assertSideColumnInsideWindow(800);
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("reader-1280x800-scrolled.png")));

    // a selection in a rendered heading gives the offsets of the stored text
    String heading = "What the auditor said";
    TextSelection.selectWithMouse(page, heading);
    assertThat(page.locator("#selection-quote")).hasText("\u201c" + heading + "\u201d");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    assertThat(anchorOf(heading))
        .containsEntry("anchor_start", stored.indexOf(heading))
        .containsEntry("anchor_end", stored.indexOf(heading) + heading.length());
    // and one across emphasis in a list item, whose markers are hidden
    page.locator("#back-to-claims").click();
    String item = "recruited twelve thousand soldiers";
    TextSelection.selectWithMouse(page, item);
    String storedItem = "recruited *twelve thousand* soldiers";
    assertThat(page.locator("#selection-quote")).hasText("\u201c" + storedItem + "\u201d");
    page.locator("#create-claim").click();
    assertThat(page.locator("#claim-panel")).isVisible();
    assertThat(anchorOf(storedItem))
        .containsEntry("anchor_start", stored.indexOf(storedItem))
        .containsEntry("anchor_end", stored.indexOf(storedItem) + storedItem.length());
    // the new claims are painted where they were selected
    page.reload();
    assertThat(annotator.locator("h4 .fb-hl")).hasText(heading, SHOWN);

    page.setViewportSize(1920, 1080);
    assertSideColumnFits(1920, 1080);
    screenshot(page, "reader-1920x1080");

    page.setViewportSize(390, 844);
    assertThat(page.locator("#document-claims")).isVisible();
    assertNoHorizontalOverflow(390);
    screenshot(page, "reader-390x844");
    // on a phone the claims come under the text
    page.locator("#document-claims").scrollIntoViewIfNeeded();
    assertNoHorizontalOverflow(390);
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("reader-390x844-claims.png")));
  }

  @Test
  void the_claims_list_keeps_rows_compact_and_shows_the_figure_warning_as_an_icon() {
    signIn(page, editor.username(), Fixtures.PASSWORD);
    page.setViewportSize(1280, 800);
    page.navigate(url("workspaces/" + ws.id() + "/claims"));
    Locator grid = page.locator("#claims");
    assertThat(grid).containsText("Claim 24", LOADED);
    Locator warnings = grid.locator("vaadin-icon.fb-flag:not([hidden])");
    assertThat(warnings.first()).isVisible();
    assertThat(warnings.first())
        .hasAttribute("aria-label", java.util.regex.Pattern.compile("^Figures disagree: .+"));
    assertThat(warnings.first()).hasAttribute("role", "img");
    // rows with and without a warning are as high as two lines of wording and one of details
    @SuppressWarnings("unchecked")
    List<Number> heights =
        (List<Number>)
            page.evaluate(
                "() => [...document.querySelectorAll('#claims .fb-claim-cell')]"
                    + ".map(c => c.getBoundingClientRect().height).filter(h => h > 0)");
    assertThat(heights).isNotEmpty();
    assertThat(heights.stream().mapToDouble(Number::doubleValue).max().orElseThrow())
        .isLessThan(80);
    int visible = fullyVisibleRows();
    assertThat(visible).as("rows a 1280×800 window shows whole").isGreaterThanOrEqualTo(7);
    screenshot(page, "claims-1280x800");

    // the warning's sentence is the cell's tooltip, and the panel has the detail
    grid.locator("vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText("Claim 24:"))
        .first()
        .hover();
    assertThat(
            page.getByText(java.util.regex.Pattern.compile("^Figures disagree: claim says 4.1%"))
                .filter(new Locator.FilterOptions().setVisible(true)))
        .hasCount(1);
    grid.locator("vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText("Claim 24:"))
        .first()
        .click();
    assertThat(page.locator("#claim-figure-check")).containsText("Figures disagree");
    screenshot(page, "claims-1280x800-panel");

    page.setViewportSize(1920, 1080);
    page.reload();
    assertThat(grid).containsText("Claim 24", LOADED);
    assertThat(fullyVisibleRows()).isGreaterThanOrEqualTo(11);
    screenshot(page, "claims-1920x1080");

    page.setViewportSize(390, 844);
    page.reload();
    assertThat(grid).containsText("Claim 24", LOADED);
    // on a phone the list takes the window's width and the panel comes under it
    @SuppressWarnings("unchecked")
    Map<String, Object> phone =
        (Map<String, Object>)
            page.evaluate(
                "() => { const g = document.querySelector('#claims').getBoundingClientRect();"
                    + " const d = document.querySelector('#claim-detail').getBoundingClientRect();"
                    + " return {gridWidth: g.width, gridRight: g.right, gridBottom: g.bottom,"
                    + " detailTop: d.top, detailRight: d.right}; }");
    assertThat(num(phone.get("gridWidth"))).as("the list's width").isGreaterThanOrEqualTo(300);
    assertThat(num(phone.get("gridRight"))).isLessThanOrEqualTo(390);
    assertThat(num(phone.get("detailRight"))).isLessThanOrEqualTo(390);
    assertThat(num(phone.get("detailTop")))
        .as("the panel under the list")
        .isGreaterThanOrEqualTo(num(phone.get("gridBottom")));
    // nothing scrolls sideways: not the page, not the view, not the grid's own table; the list
    // shows the verdict and the wording (the status in its details line), and the filters fit
    page.waitForFunction(
        "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive())");
    @SuppressWarnings("unchecked")
    Map<String, Object> fit =
        (Map<String, Object>)
            page.evaluate(
                """
                () => {
                  const grid = document.querySelector('#claims');
                  const table = grid.shadowRoot.querySelector('#table');
                  const view = grid.closest('.fb-view');
                  const cell = grid.querySelector('.fb-claim-cell');
                  const filters = [...document.querySelectorAll('.fb-filters > *')]
                    .map(f => f.getBoundingClientRect().right);
                  const headers = [...grid.querySelectorAll('vaadin-grid-sort-column, vaadin-grid-column')]
                    .filter(c => !c.hidden).length;
                  return {page: document.scrollingElement.scrollWidth, view: view.scrollWidth,
                          gridRight: grid.getBoundingClientRect().right,
                          viewClient: view.clientWidth, table: table.scrollWidth,
                          tableClient: table.clientWidth, wording: cell.getBoundingClientRect().width,
                          filters: Math.max(...filters), meta: cell.querySelector('.fb-claim-meta').textContent,
                          columns: headers};
                }
                """);
    assertThat(num(fit.get("page"))).as("the page's width").isLessThanOrEqualTo(390);
    assertThat(num(fit.get("view")))
        .as("the view's width")
        .isLessThanOrEqualTo(num(fit.get("viewClient")));
    assertThat(num(fit.get("table")))
        .as("the grid's table scrolls sideways")
        .isLessThanOrEqualTo(num(fit.get("tableClient")));
    assertThat(num(fit.get("wording"))).as("the wording's width").isGreaterThanOrEqualTo(180);
    assertThat(num(fit.get("filters")))
        .as("the filters' right edge, as the list's")
        .isLessThanOrEqualTo(num(fit.get("gridRight")) + 1);
    assertThat((String) fit.get("meta")).as("the status under the wording").startsWith("New");
    assertThat(num(fit.get("columns"))).as("the columns shown").isEqualTo(2);
    screenshot(page, "claims-390x844");

    // back in a wide window the status and updated columns return
    page.setViewportSize(1280, 800);
    assertThat(
            grid.locator("vaadin-grid-cell-content")
                .filter(
                    new Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile("^Updated"))))
        .isVisible();
  }

  private Map<String, Object> anchorOf(String quote) {
    return jdbc.sql(
            "select anchor_start, anchor_end from claim where document_id = ? and quote = ?"
                + " and deleted_at is null")
        .params(hearing.id(), quote)
        .query()
        .singleRow();
  }

  /** The rows of the claims grid that the window shows from top to bottom. */
  private int fullyVisibleRows() {
    page.waitForFunction(
        "() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive())");
    return ((Number)
            page.evaluate(
                """
                () => {
                  const grid = document.querySelector('#claims');
                  const box = grid.getBoundingClientRect();
                  const bottom = Math.min(box.bottom, window.innerHeight);
                  return [...grid.querySelectorAll('.fb-claim-cell')]
                    .map(c => c.closest('vaadin-grid-cell-content').assignedSlot?.parentElement)
                    .filter(td => td)
                    .map(td => td.getBoundingClientRect())
                    .filter(r => r.height > 0 && r.top >= box.top && r.bottom <= bottom)
                    .length;
                }
                """))
        .intValue();
  }

  private void assertSideColumnFits(int width, int height) {
    @SuppressWarnings("unchecked")
    Map<String, Object> side =
        (Map<String, Object>)
            page.evaluate(
                """
                () => {
                  const s = document.querySelector('#reader-side');
                  const r = s.getBoundingClientRect();
                  const items = [...s.querySelectorAll('#document-claims li')]
                    .map(li => li.getBoundingClientRect().right);
                  return {right: r.right, height: r.height, clientWidth: s.clientWidth,
                          scrollWidth: s.scrollWidth, items: Math.max(...items)};
                }
                """);
    assertThat(num(side.get("right"))).as("the column's right edge").isLessThanOrEqualTo(width);
    assertThat(num(side.get("items")))
        .as("the claims' right edge")
        .isLessThanOrEqualTo(num(side.get("right")));
    assertThat(num(side.get("scrollWidth")))
        .as("nothing runs off the column")
        .isLessThanOrEqualTo(num(side.get("clientWidth")));
    assertThat(num(side.get("height"))).as("the column's height").isLessThanOrEqualTo(height);
    assertNoHorizontalOverflow(width);
  }

  /** The side column's top is under the top bar and its bottom inside the window. */
  private void assertSideColumnInsideWindow(int height) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r =
        (Map<String, Object>)
            page.evaluate(
                "() => { const r = document.querySelector('#reader-side').getBoundingClientRect();"
                    + " const bar = document.querySelector('vaadin-app-layout')"
                    + ".shadowRoot.querySelector('[part~=navbar]');"
                    + " return {top: r.top, bottom: r.bottom,"
                    + " bar: bar ? bar.getBoundingClientRect().bottom : 0}; }");
    assertThat(num(r.get("top"))).as("the column's top").isGreaterThanOrEqualTo(num(r.get("bar")));
    assertThat(num(r.get("bottom"))).as("the column's bottom").isLessThanOrEqualTo(height);
  }

  private void assertNoHorizontalOverflow(int width) {
    Number scrollWidth =
        (Number)
            page.evaluate(
                "() => Math.max(...[...document.querySelectorAll('#annotator, #reader-side,"
                    + " #document-claims li')].map(e => e.getBoundingClientRect().right))");
    assertThat(scrollWidth.doubleValue()).isLessThanOrEqualTo(width);
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }
}

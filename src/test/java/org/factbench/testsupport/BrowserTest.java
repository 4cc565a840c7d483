package org.factbench.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An end-to-end test: the whole application on a random port, driven by Playwright in a real
 * Chromium (the system's, {@code CHROMIUM_PATH} or {@code /usr/bin/chromium}; no browser is
 * downloaded).
 */
@IntegrationTest
@org.junit.jupiter.api.extension.ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

  /** Saves what the browser showed when a test failed, as target/screenshots/FAILED-test.png. */
  static class ScreenshotOnFailure implements org.junit.jupiter.api.extension.TestWatcher {
    @Override
    public void testFailed(org.junit.jupiter.api.extension.ExtensionContext ctx, Throwable cause) {
      ctx.getTestInstance()
          .filter(BrowserTest.class::isInstance)
          .map(BrowserTest.class::cast)
          .ifPresent(
              t -> {
                try {
                  t.screenshot(t.page, "FAILED-" + ctx.getRequiredTestMethod().getName());
                } catch (RuntimeException ignored) {
                  // the page is already gone
                }
              });
    }
  }

  protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort protected int port;
  protected BrowserContext context;
  protected Page page;

  @BeforeAll
  static void startBrowser() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    playwright = Playwright.create();
    browser = launchChromium(playwright);
  }

  /**
   * The system's Chromium ({@code CHROMIUM_PATH} or {@code /usr/bin/chromium}), headless, with the
   * flags it needs offline and as root; shared with tests that drive browsers of their own.
   */
  public static Browser launchChromium(Playwright playwright) {
    String path = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(path))
                .setHeadless(true)
                .setArgs(
                    List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private static boolean warm;

  @BeforeEach
  void openPage() {
    context = newContext();
    page = context.newPage();
    if (!warm) {
      // the first page of a run may wait for Vaadin to build its development bundle (when frontend/
      // changed
      // and the committed bundle is stale): allow minutes once, seconds afterwards
      page.navigate(url("login"), new Page.NavigateOptions().setTimeout(600_000));
      page.locator("vaadin-login-form")
          .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(600_000));
      warm = true;
    }
  }

  @AfterEach
  void closePage() {
    // closed lazily: a failed test's screenshot is taken after @AfterEach
    previous = context;
  }

  private static BrowserContext previous;

  @BeforeEach
  void closePreviousPage() {
    if (previous != null) {
      previous.close();
      previous = null;
    }
  }

  /** A fresh browser profile (its own cookies), as a second person at another desk. */
  protected BrowserContext newContext() {
    BrowserContext c =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    c.setDefaultTimeout(20_000);
    c.onPage(
        p ->
            p.onConsoleMessage(
                m -> {
                  if (m.text().contains("Content Security Policy")) {
                    policyViolations.add(p.url() + ": " + m.text());
                  }
                }));
    return c;
  }

  /** What the browser refused under the Content-Security-Policy while the test ran. */
  private final List<String> policyViolations =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  @AfterEach
  void noViewBreaksTheContentSecurityPolicy() {
    org.assertj.core.api.Assertions.assertThat(policyViolations)
        .as("Content-Security-Policy violations")
        .isEmpty();
  }

  protected String url(String path) {
    return "http://localhost:" + port + "/" + path;
  }

  /** Signs in through the sign-in page and waits for the main layout. */
  protected void signIn(Page p, String username, String password) {
    p.navigate(url("login"));
    p.locator("vaadin-login-form input[name=username]").fill(username);
    p.locator("vaadin-login-form input[name=password]").fill(password);
    p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    p.locator("#signed-in-user").waitFor();
  }

  protected void screenshot(Page p, String name) {
    p.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}

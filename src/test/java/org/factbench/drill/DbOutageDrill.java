package org.factbench.drill;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The database-outage drill: a signed-in editor in a real Chromium and API clients work while
 * PostgreSQL is stopped for a while (30 s by default), then started again. Checks what people see
 * during the outage (the storage message, no stack trace, the typed input kept), that the health
 * endpoint goes DOWN and back UP, that the app recovers without a restart (the same save succeeds,
 * sign-in works, live updates arrive again) and that the data is consistent afterwards.
 *
 * <p>Run by {@code scripts/drill-db-outage.sh}, which starts the database and the node and passes,
 * as system properties: {@code drill.url}, {@code drill.jdbc}, {@code drill.stopDb} and {@code
 * drill.startDb} (shell commands), {@code drill.outageSeconds}, {@code drill.out} (screenshots).
 */
public final class DbOutageDrill {

  static final String PASSWORD = "factbench-demo";
  static final String STORAGE = "Storage is unavailable right now";
  static final Pattern STACK_TRACE =
      Pattern.compile("Exception|\\tat |\\bat (org|java|com|jdk)\\.|Caused by|Stack ?trace");

  private final String url = System.getProperty("drill.url");
  private final String jdbc = System.getProperty("drill.jdbc");
  private final int outageSeconds = Integer.getInteger("drill.outageSeconds", 30);
  private final Path out = Path.of(System.getProperty("drill.out", "target/drills"));
  private final DrillClient api = new DrillClient(url, "editor", PASSWORD);
  private final List<String> failures = new ArrayList<>();
  private final long started = System.nanoTime();

  public static void main(String[] args) throws Exception {
    System.exit(new DbOutageDrill().run() ? 0 : 1);
  }

  private void log(String fmt, Object... args) {
    System.out.printf(
        "[drill %5.1fs] %s%n", (System.nanoTime() - started) / 1e9, String.format(fmt, args));
  }

  private void check(boolean ok, String what) {
    log("%s %s", ok ? "PASS" : "FAIL", what);
    if (!ok) {
      failures.add(what);
    }
  }

  boolean run() throws Exception {
    Files.createDirectories(out);
    long ws = api.firstWorkspace();
    String marker = "outage-" + Long.toString(System.currentTimeMillis(), 36);
    DrillClient.Answer created =
        api.post("/api/v1/workspaces/" + ws + "/claims", Map.of("wording", marker + " the claim"));
    check(
        created.status() == 201, "a claim is created before the outage (" + created.status() + ")");
    long claimId = created.json().path("id").asLong();
    String claimPath = "workspaces/" + ws + "/claims/" + claimId;

    try (Playwright pw = Playwright.create();
        Browser browser = launch(pw)) {
      BrowserContext editorCtx = context(browser);
      Page editor = editorCtx.newPage();
      signIn(editor, "editor");
      editor.navigate(url + "/" + claimPath);
      editor.locator("#claim-wording textarea").waitFor();

      // ---- the outage ------------------------------------------------------------------------
      long stop = System.nanoTime();
      shell(System.getProperty("drill.stopDb"));
      log("PostgreSQL stopped; it stays down for %d s", outageSeconds);

      String health = waitForHealth("DOWN", 20);
      check(
          "DOWN".equals(health),
          "the health endpoint says DOWN during the outage (" + health + ")");

      // an editor saves the claim form
      String typed = marker + " wording typed during the outage";
      String rationale = marker + " rationale typed during the outage";
      editor.locator("#claim-wording textarea").fill(typed);
      editor.locator("#claim-rationale textarea").fill(rationale);
      editor.locator("#claim-rationale textarea").press("Tab");
      long clicked = System.nanoTime();
      editor.locator("#claim-save").click();
      Locator message = editor.getByText(STORAGE).first();
      boolean shown = visible(message, 20_000);
      log("the message came %.1f s after the click", (System.nanoTime() - clicked) / 1e9);
      screenshot(editor, "outage-1-claim-save");
      check(shown, "saving the claim form shows \"" + STORAGE + " ...\"");
      noStackTrace(editor, "the claim form");
      check(
          typed.equals(editor.locator("#claim-wording textarea").inputValue())
              && rationale.equals(editor.locator("#claim-rationale textarea").inputValue()),
          "the typed wording and rationale are still in the form");

      // the API during the outage
      DrillClient.Answer apiCreate =
          api.post(
              "/api/v1/workspaces/" + ws + "/claims", Map.of("wording", marker + " API create"));
      check(
          apiCreate.status() == 503 && apiCreate.body().contains(STORAGE),
          "API create during the outage answers 503 with the storage message ("
              + apiCreate.status()
              + ")");
      DrillClient.Answer apiSource =
          api.post(
              "/api/v1/workspaces/" + ws + "/claims/" + claimId + "/sources",
              Map.of("url", "https://drill.example/" + marker, "stance", "SUPPORTS"));
      check(
          apiSource.status() == 503,
          "API add-source during the outage answers 503 (" + apiSource.status() + ")");
      noStackTraceIn(apiCreate.body() + apiSource.body(), "the API answers");

      // a second person tries to sign in
      BrowserContext otherCtx = context(browser);
      Page other = otherCtx.newPage();
      other.navigate(url + "/login");
      other.locator("vaadin-login-form input[name=username]").fill("reviewer");
      other.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
      other.locator("vaadin-login-form vaadin-button[slot=submit]").click();
      boolean loginNotice =
          visible(other.locator("#login-notice").getByText("Storage is unavailable"), 30_000);
      screenshot(other, "outage-2-sign-in");
      check(loginNotice, "sign-in during the outage says storage is unavailable");
      noStackTrace(other, "the sign-in page");

      // the signed-in editor opens the claims list in a new tab
      Page list = editorCtx.newPage();
      list.navigate(url + "/workspaces/" + ws + "/claims");
      boolean listMessage = visible(list.getByText("Storage").first(), 30_000);
      list.waitForTimeout(1_000);
      screenshot(list, "outage-3-claims-view");
      check(listMessage, "opening the claims view during the outage says storage is unavailable");
      noStackTrace(list, "the claims view");
      list.close();

      // the outage lasts its full length
      long left = outageSeconds * 1000L - (System.nanoTime() - stop) / 1_000_000;
      if (left > 0) {
        Thread.sleep(left);
      }
      shell(System.getProperty("drill.startDb"));
      long back = System.nanoTime();
      log("PostgreSQL started again after %.1f s", (back - stop) / 1e9);

      // ---- recovery --------------------------------------------------------------------------
      health = waitForHealth("UP", 60);
      log("health UP %.1f s after PostgreSQL started", (System.nanoTime() - back) / 1e9);
      check("UP".equals(health), "the health endpoint says UP after the outage (" + health + ")");

      editor.locator("#claim-save").click(); // the same form, nothing retyped
      boolean saved = visible(editor.getByText("Saved.").first(), 20_000);
      screenshot(editor, "outage-4-saved-after-recovery");
      check(saved, "the same save succeeds after recovery without retyping");
      JsonNode claim = api.get("/api/v1/workspaces/" + ws + "/claims/" + claimId).json();
      check(
          typed.equals(claim.path("wording").asString())
              && rationale.equals(claim.path("rationale").asString()),
          "the claim holds the wording and rationale typed during the outage");

      // live updates reach the open claim again
      long version = claim.path("version").asLong();
      String byApi = marker + " wording changed through the API after recovery";
      DrillClient.Answer put =
          api.put(
              "/api/v1/workspaces/" + ws + "/claims/" + claimId,
              Map.of("wording", byApi, "rationale", rationale, "version", version));
      check(put.ok(), "an API edit after recovery succeeds (" + put.status() + ")");
      // an editor's open form is never replaced under them: the panel says someone changed the
      // claim (and the list shows the new wording); a viewer's panel would show it at once
      Locator stale = editor.locator("#claim-stale").getByText("changed this claim");
      boolean live = visible(stale, 45_000) && visible(editor.getByText(byApi).first(), 5_000);
      screenshot(editor, "outage-5-live-update-after-recovery");
      check(
          live,
          "the open claim and the list show the API's change live (Push and the change feed work again)");

      other.navigate(url + "/login");
      other.locator("vaadin-login-form input[name=username]").fill("reviewer");
      other.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
      other.locator("vaadin-login-form vaadin-button[slot=submit]").click();
      boolean signedIn = visible(other.locator("#signed-in-user"), 20_000);
      check(signedIn, "sign-in works after recovery (and the outage did not lock the account)");

      DrillClient.Answer after =
          api.post("/api/v1/workspaces/" + ws + "/claims", Map.of("wording", marker + " after"));
      check(
          after.status() == 201, "API create after recovery answers 201 (" + after.status() + ")");
    }

    // ---- the data ------------------------------------------------------------------------------
    try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
      check(ConsistencyCheck.report(db), "every consistency invariant holds");
      check(
          count(db, "select count(*) from claim where wording = ?", marker + " API create") == 0,
          "the claim the API was refused during the outage does not exist");
      check(
          count(
                  db,
                  "select count(*) from source where url like ?",
                  "https://drill.example/" + marker + "%")
              == 0,
          "the source the API was refused during the outage does not exist");
      check(
          count(
                  db,
                  "select count(*) from history where claim_id = "
                      + claimId
                      + " and action = 'wording changed' and after_value = ?",
                  marker + " wording typed during the outage")
              == 1,
          "the save after recovery wrote exactly one history row for the wording");
    }
    log(
        "%s: %d failed checks; screenshots in %s",
        failures.isEmpty() ? "PASSED" : "FAILED", failures.size(), out.toAbsolutePath());
    failures.forEach(f -> log("  failed: %s", f));
    return failures.isEmpty();
  }

  private static long count(Connection db, String sql, String param) throws Exception {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private String waitForHealth(String wanted, int seconds) throws InterruptedException {
    String last = "";
    long until = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < until) {
      last = api.health();
      if (wanted.equals(last)) {
        return last;
      }
      Thread.sleep(500);
    }
    return last;
  }

  private void noStackTrace(Page p, String where) {
    String text = p.locator("body").innerText();
    noStackTraceIn(text, where);
  }

  private void noStackTraceIn(String text, String where) {
    var m = STACK_TRACE.matcher(text);
    boolean found = m.find();
    check(!found, "no stack trace text in " + where + (found ? " (found: " + m.group() + ")" : ""));
  }

  private static boolean visible(Locator l, double timeoutMs) {
    try {
      l.waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void screenshot(Page p, String name) {
    Path file = out.resolve(name + ".png");
    p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    log("screenshot %s", file);
  }

  private void signIn(Page p, String user) {
    p.navigate(url + "/login", new Page.NavigateOptions().setTimeout(300_000));
    try {
      // the first page of a fresh node may take long on a busy machine
      p.locator("vaadin-login-form input[name=username]")
          .waitFor(new Locator.WaitForOptions().setTimeout(180_000));
    } catch (RuntimeException e) {
      screenshot(p, "outage-0-sign-in-failed");
      throw e;
    }
    p.locator("vaadin-login-form input[name=username]").fill(user);
    p.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
    p.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    p.locator("#signed-in-user").waitFor();
  }

  private static BrowserContext context(Browser b) {
    BrowserContext c = b.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    c.setDefaultTimeout(30_000);
    return c;
  }

  private static Browser launch(Playwright pw) {
    String path = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    return pw.chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(path))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
  }

  static void shell(String command) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the command failed: " + command);
    }
  }
}

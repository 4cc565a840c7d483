package org.factbench.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records what a real Chromium sends to and receives from a running node while a person signs in,
 * filters the claims list, opens a claim, edits it and adds a source: every request and response
 * body and every push frame, into one text file. Used to learn the exact UIDL message shapes.
 *
 * <p>Run: {@code ops_test_java org.factbench.load.UidlRecorder http://127.0.0.1:PORT WORKSPACE
 * CLAIM target/uidl.txt}
 */
public final class UidlRecorder {

  private UidlRecorder() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String ws = args[1];
    String claim = args[2];
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])), true);
        Playwright pw = Playwright.create()) {
      Browser browser =
          pw.chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(Path.of("/usr/bin/chromium"))
                      .setHeadless(true)
                      .setArgs(List.of("--no-sandbox", "--disable-gpu")));
      Page page = browser.newContext().newPage();
      page.onRequest(
          r -> {
            if (!r.url().contains("/VAADIN/build") && !r.url().contains(".js")) {
              out.println(">>> " + r.method() + " " + r.url());
              out.println("    headers " + r.headers());
              if (r.postData() != null) {
                out.println("    body " + r.postData());
              }
            }
          });
      page.onResponse(
          r -> {
            if (!r.url().contains("/VAADIN/build") && !r.url().contains(".js")) {
              out.println("<<< " + r.status() + " " + r.url() + " " + r.headers());
              try {
                String text = r.text();
                out.println("    body " + (text));
              } catch (RuntimeException e) {
                out.println("    (no body)");
              }
            }
          });
      page.onWebSocket(
          w -> {
            out.println("=== websocket " + w.url());
            w.onFrameSent(f -> out.println("ws>> " + f.text()));
            w.onFrameReceived(
                f -> {
                  String t = f.text();
                  out.println("ws<< " + (t));
                });
          });
      out.println("##### login page");
      page.navigate(base + "/login");
      page.locator("vaadin-login-form input[name=username]").fill("editor");
      page.locator("vaadin-login-form input[name=password]").fill("factbench-demo");
      out.println("##### submit");
      page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
      page.locator("#signed-in-user").waitFor();
      page.waitForTimeout(1000);
      out.println("##### claims view");
      page.navigate(base + "/workspaces/" + ws + "/claims");
      page.locator("#claims").waitFor();
      page.waitForTimeout(1500);
      out.println("##### search");
      page.locator("#claim-search input").fill("budget");
      page.waitForTimeout(1500);
      out.println("##### clear search");
      page.locator("#claim-search input").fill("");
      page.waitForTimeout(1500);
      out.println("##### status filter");
      page.locator("vaadin-combo-box[placeholder=Status] input").fill("New");
      page.waitForTimeout(800);
      page.locator("vaadin-combo-box[placeholder=Status] input").press("Enter");
      page.waitForTimeout(1500);
      out.println("##### row click");
      page.locator("#claims vaadin-grid-cell-content div").first().click();
      page.waitForTimeout(1500);
      out.println("##### router link navigation");
      page.locator("a[href$='/review']").first().click();
      page.waitForTimeout(1500);
      out.println("##### navigate to claim " + claim);
      page.navigate(base + "/workspaces/" + ws + "/claims/" + claim);
      page.locator("#claim-panel").waitFor();
      page.waitForTimeout(1500);
      out.println("##### tags");
      page.locator("#claim-tags input").fill("recorded, tags");
      page.waitForTimeout(1000);
      out.println("##### save");
      page.locator("#claim-save").click();
      page.waitForTimeout(1500);
      out.println("##### source form");
      page.locator("#source-form").click();
      page.waitForTimeout(500);
      page.locator("#source-url input").fill("https://example.org/recorded");
      page.locator("#source-title input").fill("Recorded title");
      page.waitForTimeout(1000);
      page.locator("#source-stance").click();
      page.waitForTimeout(500);
      page.locator("vaadin-select-item").nth(1).click();
      page.waitForTimeout(800);
      out.println("##### add source");
      page.locator("#source-add").click();
      page.waitForTimeout(1500);
      page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(args[3] + ".png")));
      out.println("##### send to review if possible");
      if (page.locator("#review-send-to-review").count() > 0) {
        page.locator("#review-send-to-review").click();
        page.waitForTimeout(1500);
      }
      out.println("##### idle 3 s");
      page.waitForTimeout(3000);
      browser.close();
    }
  }
}

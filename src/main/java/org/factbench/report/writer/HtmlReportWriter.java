package org.factbench.report.writer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factbench.report.Report;
import org.factbench.report.ReportFormat;
import org.factbench.report.ReportPlan;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML page: a Thymeleaf template ({@code report/report.html}, escaping on) for the head,
 * heading and summary, with the claims written into it by {@link ClaimHtml} (every value escaped).
 * The PDF lays out the same page, in parts ({@link #page}).
 */
@Component
class HtmlReportWriter implements ReportWriter {

  /** Where the template leaves room for the claims. */
  private static final String CLAIMS_MARK = "<!--fb:claims-->";

  private final TemplateEngine templates = new TemplateEngine();

  HtmlReportWriter() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
  }

  @Override
  public ReportFormat format() {
    return ReportFormat.HTML;
  }

  @Override
  public void write(ReportPlan plan, Iterable<Report.Item> items, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    page(plan, items, 0, true, false, w);
    w.flush();
  }

  /**
   * The page from the template, with the claims written into it one by one as they are read:
   * numbered from {@code offset + 1}, after the heading and summary if {@code heading}; with page
   * numbers stamped afterwards (PDF parts) rather than laid out by the page's margin box if {@code
   * pagesStamped}.
   */
  void page(
      ReportPlan plan,
      Iterable<Report.Item> items,
      int offset,
      boolean heading,
      boolean pagesStamped,
      Writer w)
      throws IOException {
    Context ctx = new Context(Locale.ENGLISH);
    ctx.setVariable("r", plan);
    ctx.setVariable("h", plan.heading());
    ctx.setVariable("heading", heading);
    ctx.setVariable("pagesStamped", pagesStamped);
    ctx.setVariable("f", Formatting.INSTANCE);
    String page = templates.process("report", ctx);
    int mark = page.indexOf(CLAIMS_MARK);
    w.write(page, 0, mark);
    ClaimHtml claims = new ClaimHtml(w);
    int number = offset;
    for (Report.Item i : items) {
      claims.write(i, ++number);
    }
    w.write(page, mark + CLAIMS_MARK.length(), page.length() - mark - CLAIMS_MARK.length());
  }
}

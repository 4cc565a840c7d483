package org.factbench.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.factbench.document.SuggestionService;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The demo's sample briefing (our own text, in resources/demo) with a few claims already worked on.
 */
@Component
class DemoBriefing {

  static final String TITLE = "Evening briefing: war losses and defence budgets";
  static final String INTERVIEW_TITLE = "Radio interview: Senator Hale on the war and the budget";

  private final DocumentService documents;
  private final ClaimService claims;
  private final RatingScale ratings;
  private final ReviewService review;
  private final ClaimQueries queries;
  private final SourceService sources;
  private final SuggestionService suggestions;

  /** How long the demo waits for another node that scores one of its documents. */
  private static final Duration SCORING_TIMEOUT = Duration.ofMinutes(5);

  DemoBriefing(
      DocumentService documents,
      ClaimService claims,
      RatingScale ratings,
      ReviewService review,
      ClaimQueries queries,
      SourceService sources,
      SuggestionService suggestions) {
    this.documents = documents;
    this.claims = claims;
    this.ratings = ratings;
    this.review = review;
    this.queries = queries;
    this.sources = sources;
    this.suggestions = suggestions;
  }

  static String text() {
    return resource("/demo/briefing.md");
  }

  private static String resource(String name) {
    try (InputStream in = DemoBriefing.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the briefing and marks three claims, one with a verdict and sources sent to review, and
   * a radio interview that repeats one of them (run as an editor).
   */
  void seed(long workspaceId) {
    DocumentSummary doc =
        documents.importText(
            workspaceId,
            new DocumentMetadata(
                TITLE,
                "",
                "Factbench demo desk",
                "Senator Hale, Minister Varga, Mira Okafor",
                LocalDate.of(2026, 11, 20),
                "en"),
            text());
    // users' imports are scored in the background; the demo opens with its suggestions
    suggestions.scoreNow(workspaceId, doc.id(), SCORING_TIMEOUT);
    String text = documents.get(workspaceId, doc.id()).text();
    List<Verdict> scale = ratings.of(workspaceId);

    ClaimDetail millions =
        mark(
            workspaceId, doc.id(), text, "Millions of people have died in Ukraine", "Senator Hale");
    Verdict falseVerdict =
        scale.stream().filter(v -> v.label().equals("False")).findFirst().orElseThrow();
    sources.addSource(
        workspaceId,
        millions.id(),
        new SourceInput(
            "https://www.ohchr.org/en/news",
            "Ukraine: civilian harm update",
            "UN human rights monitoring mission",
            LocalDate.of(2026, 10, 10),
            LocalDate.of(2026, 11, 21),
            "Verified civilian deaths number in the low tens of thousands; military losses are estimated in"
                + " the hundreds of thousands.",
            Stance.REFUTES,
            "Verified counts are a floor, not an estimate of the total.",
            "hundreds of thousands",
            LocalDate.of(2026, 10, 10)));
    ClaimDetail current = queries.detail(workspaceId, millions.id());
    claims.update(
        workspaceId,
        millions.id(),
        new ClaimEdit(
            "Millions of people have died in Ukraine since the full-scale invasion began.",
            "Senator Hale",
            current.timeSeconds(),
            List.of("casualties", "ukraine"),
            null,
            falseVerdict.id(),
            "No published estimate, official or independent, reaches millions of deaths; the highest"
                + " combined estimates of military and civilian deaths are in the hundreds of thousands.",
            current.version()));
    // the reviewer finds it in the review queue
    review.transition(
        workspaceId,
        millions.id(),
        ReviewAction.SEND_TO_REVIEW,
        null,
        queries.detail(workspaceId, millions.id()).version());

    mark(workspaceId, doc.id(), text, "180,000-220,000", "Mira Okafor");
    mark(
        workspaceId,
        doc.id(),
        text,
        "Our defence spending is 6.3% of GDP this year",
        "Minister Varga");

    // a second source repeats the senator's figure in other words: marked and linked as the same
    // claim, so its verdict and sources are reused
    DocumentSummary interview =
        documents.importText(
            workspaceId,
            new DocumentMetadata(
                INTERVIEW_TITLE,
                "",
                "Factbench demo radio",
                "Senator Hale",
                LocalDate.of(2026, 11, 22),
                "en"),
            resource("/demo/interview.md"));
    suggestions.scoreNow(workspaceId, interview.id(), SCORING_TIMEOUT);
    String interviewText = documents.get(workspaceId, interview.id()).text();
    ClaimDetail repeated =
        mark(
            workspaceId,
            interview.id(),
            interviewText,
            "millions have died in this war",
            "Senator Hale");
    claims.linkSameAs(workspaceId, repeated.id(), millions.id());
  }

  private ClaimDetail mark(
      long workspaceId, long documentId, String text, String quote, String claimant) {
    int start = text.indexOf(quote);
    NewClaim input =
        new NewClaim(documentId, start, start + quote.length(), quote, quote, claimant, List.of());
    return claims.create(workspaceId, input);
  }
}

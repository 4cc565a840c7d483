package org.factbench.assist.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factbench.assist.retrieval.ClaimMatchingData.Query;
import org.factbench.assist.retrieval.ClaimMatchingData.VerifiedClaim;
import org.factbench.assist.retrieval.ClaimMatchingTraining.Quality;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim-matching benchmark through the HTTP API, as a user would run it: a real server on a
 * random port, real PostgreSQL, a bearer token. The 10,375 verified CLEF-2020 claims are loaded
 * twice: once as a reference collection (a TSV with claim, title and url) in one workspace, once as
 * plain claims ({@code POST .../claims}, wording only: a claim has no title) in another. Once every
 * vector is made by the application's own embedding worker, each of the 197 development tweets goes
 * through {@code GET .../similar-claims?text=&limit=5} in both workspaces; MAP@5, recall@5 and P@1
 * are printed for both, and they must agree within 0.02 (issue 18's acceptance).
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test -Dtest=ClaimMatchingApiEvaluation -Dvaadin.skip}; it
 * embeds 20,750 texts, so it takes minutes (about 4 on two idle cores, far more on busy ones).
 * {@code -Dassist.api.claims=N} loads only the development tweets' gold claims and other verified
 * claims up to N (a quicker, weaker check: fewer candidates to confuse).
 */
@Tag("benchmark")
@IntegrationTest
class ClaimMatchingApiEvaluation {

  static final int CLAIMS = Integer.getInteger("assist.api.claims", Integer.MAX_VALUE);
  static final Duration EMBEDDING_TIMEOUT = Duration.ofMinutes(90);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  String bearer;

  @Test
  void the_verified_claims_as_a_reference_collection_and_as_plain_claims_rank_alike()
      throws Exception {
    assertThat(ClaimMatchingData.available()).as(ClaimMatchingData.missingMessage()).isTrue();
    List<Query> dev = ClaimMatchingData.dev();
    Set<Long> devGold = new java.util.HashSet<>();
    dev.forEach(q -> devGold.addAll(q.gold()));
    // all of them; or, with -Dassist.api.claims=N, the development tweets' gold claims and the
    // first others up to N (a smaller pool of candidates: easier, but the same for both loads)
    List<VerifiedClaim> all = ClaimMatchingData.verifiedClaims();
    int others = Math.max(0, CLAIMS - devGold.size());
    List<VerifiedClaim> verified = new ArrayList<>();
    for (VerifiedClaim v : all) {
      if (devGold.contains(v.id())) {
        verified.add(v);
      } else if (others > 0) {
        verified.add(v);
        others--;
      }
    }
    WorkspaceSummary asReferences = fixtures.workspace("api-eval-references");
    WorkspaceSummary asClaims = fixtures.workspace("api-eval-claims");
    UserSummary editor = fixtures.user("api-eval-editor");
    fixtures.member(asReferences, editor, Role.EDITOR);
    fixtures.member(asClaims, editor, Role.EDITOR);
    bearer = fixtures.as(editor, () -> tokens.create("api-eval", 1)).secret();
    System.out.printf(
        "%n[api-eval] %,d verified claims, %d development tweets, %d cores, load %.1f%n",
        verified.size(), dev.size(), Runtime.getRuntime().availableProcessors(), load());

    // 1. the verified claims as a reference collection: one TSV, the vclaim id in each url
    long t0 = System.nanoTime();
    StringBuilder tsv = new StringBuilder("claim\ttitle\turl\n");
    for (VerifiedClaim v : verified) {
      tsv.append(cell(v.claim()))
          .append('\t')
          .append(cell(v.title()))
          .append("\thttps://clef2020.example/vclaim/")
          .append(v.id())
          .append('\n');
    }
    HttpResponse<String> made =
        send(
            HttpRequest.newBuilder(
                    uri(
                        "/api/v1/workspaces/"
                            + asReferences.id()
                            + "/reference-collections?name=CLEF-2020&publisher=Snopes"))
                .header("Content-Type", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(tsv.toString(), StandardCharsets.UTF_8)));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(202);
    System.out.printf(
        "[api-eval] reference collection posted in %.1f s%n", (System.nanoTime() - t0) / 1e9);

    // 2. the same claims as plain claims of the other workspace, one POST each
    long t1 = System.nanoTime();
    Map<Long, Long> claimToVerified = new HashMap<>();
    for (VerifiedClaim v : verified) {
      HttpResponse<String> c =
          send(
              HttpRequest.newBuilder(uri("/api/v1/workspaces/" + asClaims.id() + "/claims"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(Map.of("wording", v.claim().strip())))));
      assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
      claimToVerified.put(((Number) JsonPath.read(c.body(), "$.id")).longValue(), v.id());
    }
    System.out.printf(
        "[api-eval] %,d claims posted in %.1f s (load %.1f)%n",
        verified.size(), (System.nanoTime() - t1) / 1e9, load());

    // 3. wait until both workspaces answer by meaning (the header says "hybrid")
    long t2 = System.nanoTime();
    awaitHybrid(asReferences.id());
    awaitHybrid(asClaims.id());
    System.out.printf(
        "[api-eval] both workspaces embedded %.0f s after the claims were posted (load %.1f)%n",
        (System.nanoTime() - t2) / 1e9, load());

    // 4. the development tweets through similar-claims, in both workspaces
    List<List<Long>> byReferences = new ArrayList<>();
    List<List<Long>> byClaims = new ArrayList<>();
    for (Query q : dev) {
      byReferences.add(lookup(asReferences.id(), q.text(), claimToVerified));
      byClaims.add(lookup(asClaims.id(), q.text(), claimToVerified));
    }
    List<Set<Long>> gold = dev.stream().map(Query::gold).toList();
    Quality r = ClaimMatchingTraining.quality(byReferences, gold);
    Quality c = ClaimMatchingTraining.quality(byClaims, gold);
    System.out.printf("[api-eval] | loaded as | dev MAP@5 | recall@5 | P@1 |%n");
    System.out.printf("[api-eval] |---|---:|---:|---:|%n");
    print("reference collection (claim + title)", r);
    print("plain claims (wording only)", c);
    assertThat(Math.abs(r.map5() - c.map5())).isLessThanOrEqualTo(0.02);
  }

  /** The verified-claim ids of the top 5 hits for the tweet. */
  private List<Long> lookup(long ws, String text, Map<Long, Long> claimToVerified)
      throws Exception {
    String clean =
        text.codePoints()
            .filter(ch -> ch >= 0x20 || ch == '\n' || ch == '\t')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    HttpResponse<String> found =
        send(
            HttpRequest.newBuilder(
                    uri(
                        "/api/v1/workspaces/"
                            + ws
                            + "/similar-claims?limit=5&text="
                            + URLEncoder.encode(clean, StandardCharsets.UTF_8)))
                .GET());
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.headers().firstValue("Factbench-Matching")).contains("hybrid");
    List<Long> out = new ArrayList<>();
    List<Map<String, Object>> hits = JsonPath.read(found.body(), "$");
    for (Map<String, Object> hit : hits) {
      if (hit.get("reference") instanceof Map<?, ?> ref) {
        String url = String.valueOf(ref.get("url"));
        out.add(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
      } else if (hit.get("claim") instanceof Map<?, ?> claim) {
        out.add(claimToVerified.get(((Number) claim.get("id")).longValue()));
      }
    }
    return out;
  }

  private void awaitHybrid(long ws) throws Exception {
    long end = System.nanoTime() + EMBEDDING_TIMEOUT.toNanos();
    while (System.nanoTime() < end) {
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(
                      uri("/api/v1/workspaces/" + ws + "/similar-claims?limit=1&text=vaccines"))
                  .GET());
      if (r.headers().firstValue("Factbench-Matching").orElse("").equals("hybrid")) {
        return;
      }
      Thread.sleep(5_000);
    }
    throw new AssertionError("Workspace " + ws + " was not embedded in " + EMBEDDING_TIMEOUT);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.header("Authorization", "Bearer " + bearer).timeout(Duration.ofMinutes(5)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String cell(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  private static void print(String what, Quality q) {
    System.out.printf(
        Locale.ROOT,
        "[api-eval] | %s | %.3f | %.3f | %.3f |%n",
        what,
        q.map5(),
        q.recall5(),
        q.p1());
  }

  private static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}

package org.factbench.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client of the HTTP API for the drills: HTTP Basic, JSON in and out. */
final class DrillClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** An answer: the status (0 when no answer came) and the body. */
  record Answer(int status, String body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String auth;

  DrillClient(String base, String user, String password) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  Answer post(String path, Object body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  Answer put(String path, Object body) throws IOException, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** The health endpoint's status ("UP", "DOWN") or "NO ANSWER". */
  String health() {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                  .timeout(Duration.ofSeconds(15))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(r.body()).path("status").asString("HTTP " + r.statusCode());
    } catch (IOException | RuntimeException e) {
      return "NO ANSWER";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "NO ANSWER";
    }
  }

  /** The first workspace the user belongs to. */
  long firstWorkspace() throws IOException, InterruptedException {
    Answer a = get("/api/v1/workspaces");
    if (!a.ok()) {
      throw new IllegalStateException("GET /api/v1/workspaces answered " + a.status());
    }
    JsonNode n = a.json();
    JsonNode list = n.isArray() ? n : n.path("content");
    return list.get(0).path("id").asLong();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", auth)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder r) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(res.statusCode(), res.body());
  }
}

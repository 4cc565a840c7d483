package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that the servlet container or the security firewall answer before any controller runs are
 * problem details under {@code /api/**} too, and a JSON body over the limit is refused before it is
 * read: tried over real HTTP with a raw socket against the embedded server, since MockMvc has no
 * container.
 */
@IntegrationTest
class ContainerErrorsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @LocalServerPort int port;

  RawHttp http;
  String auth;
  String base;

  @BeforeEach
  void anEditorWithAToken() {
    UserSummary editor = fixtures.user("container-editor");
    WorkspaceSummary ws = fixtures.workspace("container");
    fixtures.member(ws, editor, Role.EDITOR);
    auth =
        "Authorization: Bearer "
            + fixtures.as(editor, () -> tokens.create("container", 1)).secret()
            + "\r\n";
    base = "/api/v1/workspaces/" + ws.id();
    http = new RawHttp(port);
  }

  private String get(String target, String extraHeaders) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + auth
        + extraHeaders
        + "Connection: close\r\n\r\n";
  }

  /** Every answer is a problem detail whose status is the answer's and in the 4xx range. */
  private void assertProblem(String what, RawHttp.Answer answer, int expected) {
    assertThat(answer.status()).as(what + ": " + answer).isEqualTo(expected);
    assertThat(answer.contentType())
        .as(what + ": " + answer)
        .startsWith("application/problem+json");
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.path("status").asInt()).as(what).isEqualTo(expected);
    assertThat(body.path("title").asString()).as(what).isNotBlank();
    assertThat(body.path("detail").asString()).as(what).isNotBlank();
  }

  @Test
  void requests_the_container_refuses_get_problem_details_under_the_api() throws Exception {
    Map<String, String> requests = new LinkedHashMap<>();
    Map<String, Integer> expected = new LinkedHashMap<>();
    requests.put("a request line of 70 kB", get(base + "/claims?q=" + "a".repeat(70_000), ""));
    expected.put("a request line of 70 kB", 400);
    requests.put(
        "a header of 70 kB", get(base + "/claims", "X-Padding: " + "a".repeat(70_000) + "\r\n"));
    expected.put("a header of 70 kB", 400);
    requests.put("bad percent-encoding in the path", get(base + "/claims/%zz", ""));
    expected.put("bad percent-encoding in the path", 400);
    requests.put("bad percent-encoding in the query", get(base + "/claims?q=%zz", ""));
    expected.put("bad percent-encoding in the query", 400);
    requests.put("an encoded NUL in the path", get(base + "/claims/%00", ""));
    expected.put("an encoded NUL in the path", 400);
    requests.put("an encoded slash in the path", get(base + "/claims%2F1", ""));
    expected.put("an encoded slash in the path", 400);
    requests.put("an encoded backslash in the path", get("/api/v1/me%5C", ""));
    expected.put("an encoded backslash in the path", 400);
    requests.put("a semicolon in the path", get(base + "/claims;jsessionid=1", ""));
    expected.put("a semicolon in the path", 400);
    requests.put("a dot segment in the path", get("/api/v1/../api/v1/me", ""));
    expected.put("a dot segment in the path", 400);
    requests.put("a control character in a header", get(base + "/claims", "X-A: a\u0001b\r\n"));
    expected.put("a control character in a header", 400);
    requests.put(
        "an unknown method",
        "BREW "
            + base
            + "/claims HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Connection: close\r\n\r\n");
    expected.put("an unknown method", 400);
    requests.put(
        "TRACE",
        "TRACE "
            + base
            + "/claims HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Connection: close\r\n\r\n");
    expected.put("TRACE", 405);
    requests.put(
        "a method the path does not have",
        "DELETE "
            + base
            + "/claims HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Connection: close\r\n\r\n");
    expected.put("a method the path does not have", 405);
    requests.put(
        "an answer type the API cannot give", get(base + "/claims", "Accept: text/html\r\n"));
    expected.put("an answer type the API cannot give", 406);
    requests.put(
        "a body type the API does not read",
        "POST "
            + base
            + "/claims HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Content-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
    expected.put("a body type the API does not read", 415);
    requests.put(
        "no credentials on an unknown path",
        "GET /api/v1/nowhere HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");
    expected.put("no credentials on an unknown path", 401);

    for (var r : requests.entrySet()) {
      assertProblem(r.getKey(), http.send(r.getValue(), null), expected.get(r.getKey()));
    }
  }

  @Test
  void a_json_body_over_the_limit_is_refused_from_its_length_before_it_is_sent() throws Exception {
    byte[] body = hugeJson(50 * 1024 * 1024);
    String head =
        "POST "
            + base
            + "/documents HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Content-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    // only 64 kB of the 50 MB go out: the answer comes without the rest
    RawHttp.Answer answer = http.send(head.getBytes(StandardCharsets.US_ASCII), body, 64 * 1024);
    assertProblem("a 50 MB paste", answer, 413);
    assertThat(answer.body()).contains("2 MB");
  }

  @Test
  void a_chunked_json_body_is_refused_as_soon_as_it_passes_the_limit() throws Exception {
    byte[] json = hugeJson(3 * 1024 * 1024);
    java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
    int sent = 0;
    for (int i = 0; i < json.length; i += 16 * 1024) {
      int n = Math.min(16 * 1024, json.length - i);
      chunks.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunks.write(json, i, n);
      chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      if (i + n <= 2 * 1024 * 1024 + 64 * 1024) {
        sent = chunks.size();
      }
    }
    chunks.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] all = chunks.toByteArray();
    String head =
        "POST "
            + base
            + "/documents HTTP/1.1\r\nHost: localhost\r\n"
            + auth
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked"
            + "\r\nConnection: close\r\n\r\n";
    // a little over 2 MB goes out and the answer begins before the rest of the body is sent
    RawHttp.Answer answer = http.send(head.getBytes(StandardCharsets.US_ASCII), all, sent, true);
    assertProblem("a chunked 3 MB paste", answer, 413);

    // under the limit, the same path takes a body as before
    byte[] small = "{\"title\":\"Small\",\"text\":\"Turnout was 71%.\"}".getBytes();
    RawHttp.Answer ok =
        http.send(
            ("POST "
                    + base
                    + "/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + auth
                    + "Content-Type: application/json\r\nContent-Length: "
                    + small.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII),
            small,
            small.length);
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
  }

  /** {@code {"title": "Huge", "text": "aaaa…"}} of about {@code size} bytes. */
  private static byte[] hugeJson(int size) {
    byte[] json = new byte[size];
    byte[] start = "{\"title\":\"Huge\",\"text\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, json, 0, start.length);
    Arrays.fill(json, start.length, size - 2, (byte) 'a');
    json[size - 2] = '"';
    json[size - 1] = '}';
    return json;
  }
}

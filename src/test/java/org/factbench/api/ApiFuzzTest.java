package org.factbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.NoteService;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;
import org.factbench.document.DocumentMetadata;
import org.factbench.document.DocumentService;
import org.factbench.document.SuggestionService;
import org.factbench.security.ApiTokens;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input at every operation of {@code /api/v1}, over real HTTP: the operations are read from
 * the OpenAPI description, so a new endpoint is covered without touching this test. Each operation
 * gets fresh data to aim at (a workspace, a document, a claim with a source and a note), then bad
 * ids (huge, negative, non-numeric, encoded NUL and control characters, 70 kB), bad query values,
 * an undeclared parameter, and for request bodies malformed, huge and deeply nested JSON, wrong
 * types and hostile strings in every field, and a request of a few random mutations at once (fixed
 * seed). No answer may be a 5xx, and every error must be a problem detail with its status.
 */
@IntegrationTest
class ApiFuzzTest {

  static final long SEED = 20_261_203L;
  static final String LONG = "a".repeat(70_000);
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Ids and names in the path: huge, negative, zero, not a number, encoded hostile bytes. */
  static final List<String> BAD_PATH_VALUES =
      List.of(
          "99999999999999999999999",
          "-1",
          "0",
          "abc",
          "1.5",
          "%00",
          "1%1F",
          "%7F",
          "%zz",
          "%C0%80",
          "%F0%9F%92%A9",
          "%E2%80%AE1",
          LONG);

  /** Query values: encoded NUL and control characters, bad encodings, wrong types, 70 kB. */
  static final List<String> BAD_QUERY_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%01",
          "%1B%5B31m",
          "%7F",
          "%zz",
          "",
          "99999999999999999999999",
          "-1",
          "abc",
          "%ED%A0%80",
          LONG);

  /** What goes into each field of a JSON body instead of a fitting value. */
  static final List<JsonNode> BAD_FIELD_VALUES =
      List.of(
          NODES.stringNode("\u0000"),
          NODES.stringNode("a\u0007b\u001b[31m"),
          NODES.stringNode("\ud800"),
          NODES.stringNode(LONG),
          NODES.stringNode("abc"),
          NODES.numberNode(-1),
          NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
          NODES.numberNode(new java.math.BigDecimal("1e400")),
          NODES.booleanNode(true),
          NODES.objectNode().put("a", 1),
          NODES.arrayNode().add("x").add(1),
          NODES.nullNode());

  @Autowired Fixtures fixtures;
  @Autowired ApiTokens tokens;
  @Autowired WorkspaceService workspaces;
  @Autowired DocumentService documents;
  @Autowired SuggestionService suggestions;
  @Autowired ClaimService claims;
  @Autowired SourceService sources;
  @Autowired NoteService notes;

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlerMapping;

  @LocalServerPort int port;

  /** One operation of the description. */
  record Operation(
      String method,
      String path,
      List<JsonNode> pathParameters,
      List<JsonNode> queryParameters,
      Map<String, JsonNode> bodies) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Data an operation's valid parts point at, fresh for each operation. */
  record Targets(
      long workspace,
      long document,
      long claim,
      long source,
      long note,
      long suggestion,
      String member) {}

  /** One request to send. */
  record Attempt(String what, String method, String target, String contentType, byte[] body) {}

  UserSummary admin;
  String token;
  JsonNode description;
  RawHttp http;

  @Test
  void no_operation_answers_5xx_and_every_error_is_a_problem_detail() throws Exception {
    long started = System.nanoTime();
    http = new RawHttp(port);
    admin = fixtures.admin("fuzz");
    token = fixtures.as(admin, () -> tokens.create("fuzz", 1)).secret();
    RawHttp.Answer docs =
        http.send(
            "GET /v3/api-docs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token
                + "\r\nConnection: close\r\n\r\n",
            null);
    assertThat(docs.status()).isEqualTo(200);
    description = JSON.readTree(docs.body());
    List<Operation> operations = operations(description);
    // every handler of /api/v1 is in the description, so every one of them is tried here
    assertThat(operations)
        .extracting(Operation::toString)
        .containsExactlyInAnyOrderElementsOf(handlers());

    Random random = new Random(SEED);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    long preparing = 0;
    for (Operation op : operations) {
      long before = System.nanoTime();
      Targets t = targets();
      preparing += System.nanoTime() - before;
      for (Attempt a : attempts(op, t, random)) {
        RawHttp.Answer answer;
        try {
          answer = send(a);
        } catch (java.io.IOException e) {
          failures.add(op + " / " + a.what() + " -> no answer: " + e);
          continue;
        } finally {
          requests++;
        }
        byStatus.merge(answer.status(), 1, Integer::sum);
        String problem = judge(answer);
        if (problem != null) {
          failures.add(op + " / " + a.what() + " -> " + problem + ": " + answer);
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "[api-fuzz] seed %d: %d operations, %d requests in %d s (%d s of it preparing data);"
            + " answers by status %s; failures %d%n",
        SEED,
        operations.size(),
        requests,
        seconds,
        preparing / 1_000_000_000L,
        byStatus,
        failures.size());
    assertThat(failures).as("answers that are 5xx or errors without a problem detail").isEmpty();
  }

  /** Why an answer is wrong, or {@code null}. */
  private static String judge(RawHttp.Answer answer) {
    if (answer.status() >= 500) {
      return "a server error";
    }
    if (answer.status() < 400) {
      return null;
    }
    if (!answer.isProblem()) {
      return "an error that is not application/problem+json";
    }
    try {
      JsonNode body = JSON.readTree(answer.body());
      if (body.path("status").asInt() != answer.status()) {
        return "a problem detail whose status is not the answer's";
      }
      if (body.path("title").asString().isBlank()) {
        return "a problem detail without a title";
      }
    } catch (RuntimeException e) {
      return "a problem detail that is not JSON";
    }
    return null;
  }

  // -------------------------------------------------------------------------- the description

  /** "METHOD path" of every handler method Spring MVC maps under {@code /api/v1}. */
  private List<String> handlers() {
    List<String> found = new ArrayList<>();
    handlerMapping
        .getHandlerMethods()
        .keySet()
        .forEach(
            info -> {
              for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/v1")) {
                  info.getMethodsCondition()
                      .getMethods()
                      .forEach(m -> found.add(m.name() + " " + path));
                }
              }
            });
    return found.stream().distinct().toList();
  }

  static List<Operation> operations(JsonNode description) {
    List<Operation> found = new ArrayList<>();
    for (var path : description.path("paths").properties()) {
      for (var entry : path.getValue().properties()) {
        String method = entry.getKey().toUpperCase(Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        JsonNode op = entry.getValue();
        List<JsonNode> inPath = new ArrayList<>();
        List<JsonNode> inQuery = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
          (p.path("in").asString().equals("path") ? inPath : inQuery).add(p);
        }
        Map<String, JsonNode> bodies = new LinkedHashMap<>();
        for (var content : op.path("requestBody").path("content").properties()) {
          bodies.put(content.getKey(), content.getValue().path("schema"));
        }
        found.add(new Operation(method, path.getKey(), inPath, inQuery, bodies));
      }
    }
    return found;
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asString("");
    if (ref.startsWith("#/components/schemas/")) {
      return description
          .path("components")
          .path("schemas")
          .path(ref.substring("#/components/schemas/".length()));
    }
    return schema;
  }

  /** A value that fits {@code schema}, to change one part at a time around it. */
  private JsonNode fitting(String name, JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    if (s.has("enum")) {
      return s.path("enum").get(0);
    }
    String type = s.path("type").asString("object");
    return switch (type) {
      case "string" ->
          switch (s.path("format").asString("")) {
            case "date" -> NODES.stringNode("2026-01-31");
            case "date-time" -> NODES.stringNode("2026-01-31T12:00:00Z");
            default ->
                NODES.stringNode(
                    name.toLowerCase(Locale.ROOT).endsWith("url")
                        ? "https://example.org/fuzz"
                        : "Turnout was 71% in 2024.");
          };
      case "integer", "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(false);
      case "array" -> NODES.arrayNode().add(fitting(name, s.path("items"), depth + 1));
      default -> {
        ObjectNode o = NODES.objectNode();
        if (depth < 4) {
          for (var p : s.path("properties").properties()) {
            o.set(p.getKey(), fitting(p.getKey(), p.getValue(), depth + 1));
          }
        }
        yield o;
      }
    };
  }

  // -------------------------------------------------------------------------- the requests

  private Targets targets() {
    return fixtures.as(
        admin,
        () -> {
          long ws = workspaces.create(Fixtures.unique("Fuzz"), "Hostile input", "Fuzz desk").id();
          UserSummary member = fixtures.user("fuzz-member");
          workspaces.setMember(ws, member.username(), Role.VIEWER);
          String text = "According to the ministry, defence spending rose to 6.3% of GDP in 2024.";
          long doc = documents.importText(ws, DocumentMetadata.titled("Fuzz briefing"), text).id();
          fixtures.scored(doc);
          long suggestion =
              suggestions.page(ws, doc, true, PageRequest.of(0, 1)).getContent().stream()
                  .findFirst()
                  .map(s -> s.id())
                  .orElse(1L);
          int start = text.indexOf("defence");
          String quote = text.substring(start, start + 40);
          long claim =
              claims
                  .create(
                      ws, new NewClaim(doc, start, start + 40, quote, null, "Minister", List.of()))
                  .id();
          long source =
              sources
                  .addSource(
                      ws,
                      claim,
                      new SourceInput(
                          "https://stats.example.org/defence",
                          "Defence statistics",
                          "Statistics office",
                          null,
                          null,
                          "Spending was 3.1% of GDP.",
                          Stance.REFUTES,
                          ""))
                  .id();
          long note = notes.addNote(ws, claim, "Check the **2025** report.").id();
          return new Targets(ws, doc, claim, source, note, suggestion, member.username());
        });
  }

  private static String pathValue(String name, Targets t) {
    return switch (name) {
      case "workspaceId", "id" -> "" + t.workspace();
      case "documentId" -> "" + t.document();
      case "claimId" -> "" + t.claim();
      case "sourceId" -> "" + t.source();
      case "noteId" -> "" + t.note();
      case "suggestionId" -> "" + t.suggestion();
      case "username" -> t.member();
      case "format" -> "csv";
      default -> "1";
    };
  }

  private String queryValue(JsonNode parameter) {
    JsonNode v = fitting(parameter.path("name").asString(), parameter.path("schema"), 0);
    return URLEncoder.encode(
        v.isArray() ? v.get(0).asString() : v.asString(), StandardCharsets.UTF_8);
  }

  private String target(Operation op, Targets t, Map<String, String> pathOverrides, String query) {
    String path = op.path();
    for (JsonNode p : op.pathParameters()) {
      String name = p.path("name").asString();
      String value = pathOverrides.getOrDefault(name, pathValue(name, t));
      path = path.replace("{" + name + "}", value);
    }
    return query.isEmpty() ? path : path + "?" + query;
  }

  private String requiredQuery(Operation op) {
    List<String> parts = new ArrayList<>();
    for (JsonNode p : op.queryParameters()) {
      if (p.path("required").asBoolean(false)) {
        parts.add(p.path("name").asString() + "=" + queryValue(p));
      }
    }
    return String.join("&", parts);
  }

  private List<Attempt> attempts(Operation op, Targets t, Random random) {
    List<Attempt> attempts = new ArrayList<>();
    String query = requiredQuery(op);
    String json =
        op.bodies().keySet().stream().filter(k -> k.contains("json")).findFirst().orElse(null);
    boolean multipart = op.bodies().containsKey("multipart/form-data");
    byte[] validBody = json == null ? null : bytes(fitting("", op.bodies().get(json), 0));
    String type = json == null ? null : "application/json";
    if (json == null && multipart) {
      type = MULTIPART;
      validBody = multipart(Map.of("title", "Fuzz"), "a.txt", "Turnout 71%.".getBytes());
    }

    attempts.add(
        new Attempt("valid", op.method(), target(op, t, Map.of(), query), type, validBody));
    for (JsonNode p : op.pathParameters()) {
      String name = p.path("name").asString();
      for (String bad : BAD_PATH_VALUES) {
        attempts.add(
            new Attempt(
                "path " + name + "=" + shorten(bad),
                op.method(),
                target(op, t, Map.of(name, bad), query),
                type,
                validBody));
      }
    }
    for (JsonNode p : op.queryParameters()) {
      String name = p.path("name").asString();
      for (String bad : BAD_QUERY_VALUES) {
        String q = (query.isEmpty() ? "" : query + "&") + name + "=" + bad;
        attempts.add(
            new Attempt(
                "query " + name + "=" + shorten(bad),
                op.method(),
                target(op, t, Map.of(), q),
                type,
                validBody));
      }
    }
    attempts.add(
        new Attempt(
            "an undeclared parameter with NUL",
            op.method(),
            target(op, t, Map.of(), (query.isEmpty() ? "" : query + "&") + "fuzz=%00"),
            type,
            validBody));
    if (json != null) {
      attempts.addAll(jsonBodies(op, t, query, fitting("", op.bodies().get(json), 0)));
    }
    if (multipart) {
      attempts.addAll(multipartBodies(op, t, query));
    }
    // a few mutations at once, chosen by the seeded random
    for (int i = 0; i < 4; i++) {
      Map<String, String> paths = new LinkedHashMap<>();
      for (JsonNode p : op.pathParameters()) {
        if (random.nextBoolean()) {
          paths.put(p.path("name").asString(), pick(random, BAD_PATH_VALUES));
        }
      }
      StringBuilder q = new StringBuilder(query);
      for (JsonNode p : op.queryParameters()) {
        if (random.nextBoolean()) {
          q.append(q.isEmpty() ? "" : "&")
              .append(p.path("name").asString())
              .append('=')
              .append(pick(random, BAD_QUERY_VALUES));
        }
      }
      byte[] body = validBody;
      if (json != null && random.nextBoolean()) {
        JsonNode mutated = fitting("", op.bodies().get(json), 0).deepCopy();
        if (mutated instanceof ObjectNode o && !o.isEmpty()) {
          List<String> names = new ArrayList<>();
          o.propertyNames().forEach(names::add);
          o.set(pick(random, names), pick(random, BAD_FIELD_VALUES));
        }
        body = bytes(mutated);
      }
      attempts.add(
          new Attempt(
              "random mix " + i, op.method(), target(op, t, paths, q.toString()), type, body));
    }
    // a method the path does not have
    attempts.add(
        new Attempt(
            "method PATCH",
            "PATCH".equals(op.method()) ? "TRACE" : "PATCH",
            target(op, t, Map.of(), query),
            null,
            null));
    return attempts;
  }

  private List<Attempt> jsonBodies(Operation op, Targets t, String query, JsonNode valid) {
    String target = target(op, t, Map.of(), query);
    List<Attempt> attempts = new ArrayList<>();
    Map<String, byte[]> whole = new LinkedHashMap<>();
    whole.put("an empty body", new byte[0]);
    whole.put("an unfinished object", "{".getBytes());
    whole.put("an unfinished array", "[".getBytes());
    whole.put("a bare word", "nul".getBytes());
    whole.put("a missing value", "{\"a\":}".getBytes());
    whole.put("null", "null".getBytes());
    whole.put("an array", "[]".getBytes());
    whole.put("a string", "\"x\"".getBytes());
    whole.put("a number", "123".getBytes());
    whole.put("an empty object", "{}".getBytes());
    whole.put("a raw NUL byte", new byte[] {'{', 0, '}'});
    whole.put(
        "invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
    whole.put("arrays nested 100,000 deep", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes());
    whole.put(
        "objects nested 5,000 deep",
        ("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)).getBytes());
    whole.put("a huge number", ("{\"version\":" + "9".repeat(5_000) + "}").getBytes());
    whole.put("3 MB of text", ("{\"text\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes());
    for (var w : whole.entrySet()) {
      attempts.add(
          new Attempt(
              "body: " + w.getKey(), op.method(), target, "application/json", w.getValue()));
    }
    attempts.add(
        new Attempt("body as text/plain", op.method(), target, "text/plain", bytes(valid)));
    attempts.add(
        new Attempt("body as XML", op.method(), target, "application/xml", "<a/>".getBytes()));
    if (valid instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.propertyNames().forEach(names::add);
      for (String field : names) {
        for (JsonNode bad : BAD_FIELD_VALUES) {
          ObjectNode mutated = object.deepCopy();
          mutated.set(field, bad);
          attempts.add(
              new Attempt(
                  "field " + field + "=" + shorten(bad.toString()),
                  op.method(),
                  target,
                  "application/json",
                  bytes(mutated)));
        }
        ArrayNode list = NODES.arrayNode();
        list.add("\u0000").add(LONG);
        ObjectNode withList = object.deepCopy();
        withList.set(field, list);
        attempts.add(
            new Attempt(
                "field " + field + " as a hostile list",
                op.method(),
                target,
                "application/json",
                bytes(withList)));
      }
    }
    return attempts;
  }

  private List<Attempt> multipartBodies(Operation op, Targets t, String query) {
    String target = target(op, t, Map.of(), query);
    List<Attempt> attempts = new ArrayList<>();
    byte[] text = "Turnout 71%.".getBytes();
    for (String field :
        List.of("title", "originUrl", "outlet", "speakers", "publishedOn", "language")) {
      for (String bad : List.of("\u0000", "a\u0007b", LONG, "not a date")) {
        attempts.add(
            new Attempt(
                "part " + field + "=" + shorten(bad),
                op.method(),
                target,
                MULTIPART,
                multipart(Map.of(field, bad), "a.txt", text)));
      }
    }
    attempts.add(
        new Attempt(
            "file name with NUL",
            op.method(),
            target,
            MULTIPART,
            multipart(Map.of(), "a\u0000.txt", text)));
    attempts.add(
        new Attempt(
            "file name climbing out",
            op.method(),
            target,
            MULTIPART,
            multipart(Map.of(), "../../etc/passwd", text)));
    attempts.add(
        new Attempt(
            "file of NUL bytes",
            op.method(),
            target,
            MULTIPART,
            multipart(Map.of(), "a.txt", new byte[4096])));
    byte[] noise = new byte[8192];
    new Random(SEED).nextBytes(noise);
    attempts.add(
        new Attempt(
            "file of noise", op.method(), target, MULTIPART, multipart(Map.of(), "a.pdf", noise)));
    attempts.add(
        new Attempt(
            "no file part",
            op.method(),
            target,
            MULTIPART,
            multipart(Map.of("title", "x"), null, null)));
    attempts.add(
        new Attempt(
            "a broken multipart body",
            op.method(),
            target,
            MULTIPART,
            "--nope\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes()));
    return attempts;
  }

  static final String BOUNDARY = "fuzz-boundary-7f3a";
  static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  private static byte[] multipart(Map<String, String> fields, String fileName, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (var f : fields.entrySet()) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (fileName != null) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private RawHttp.Answer send(Attempt a) throws Exception {
    StringBuilder head =
        new StringBuilder(a.method())
            .append(' ')
            .append(a.target())
            .append(" HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ")
            .append(token)
            .append("\r\nAccept: application/json\r\nConnection: close\r\n");
    byte[] body = a.body();
    if (a.contentType() != null) {
      head.append("Content-Type: ").append(a.contentType()).append("\r\n");
    }
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    return http.send(
        head.toString().getBytes(StandardCharsets.UTF_8), body, body == null ? 0 : body.length);
  }

  private static byte[] bytes(JsonNode node) {
    return JSON.writeValueAsBytes(node);
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String shorten(String s) {
    String printable = s.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 24
        ? printable.substring(0, 24) + "…(" + s.length() + ")"
        : printable;
  }
}

package org.factbench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin Flow's client-server protocol (UIDL) over HTTP, as the browser's
 * Flow client does: its own cookie jar (session), the sign-in form with Spring Security's CSRF
 * token, the bootstrap request ({@code ?v-r=init}), then UIDL requests ({@code ?v-r=uidl}) that
 * carry the UI's security key, the last server {@code syncId} seen and the next {@code clientId}.
 * It applies each response's {@code changes} to a node map (node id to tag, attributes, properties,
 * text, children) so components can be found by their id, answers the grid's and combo box's {@code
 * $connector.confirm} calls with {@code confirmUpdate} as the web component does, and remembers the
 * grid's item keys for item clicks.
 *
 * <p>Push: the server's push channel (a websocket under {@code /VAADIN/push}) is not opened. Vaadin
 * 25's client sends every request over HTTP anyway; what the server would have pushed (live updates
 * from other analysts) stays queued in the UI and arrives with the next UIDL response, applied in
 * order. So syncIds stay strictly sequential and any gap is an error.
 *
 * <p>Not thread-safe: one virtual thread drives one client.
 */
final class UiClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CSRF =
      Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

  /** A failed round trip: HTTP status, session expiry, resynchronisation, lost message. */
  static final class ProtocolException extends RuntimeException {
    ProtocolException(String message) {
      super(message);
    }
  }

  /** One element or text node of the UI as the client knows it. */
  static final class Node {
    final int id;
    String tag;
    String text;
    final Map<String, JsonNode> props = new HashMap<>();
    final Map<String, String> attrs = new HashMap<>();
    final List<Integer> children = new ArrayList<>();

    Node(int id) {
      this.id = id;
    }
  }

  /** Receives the duration of every HTTP round trip, by step name. */
  interface Timings {
    void record(String step, long nanos, boolean ok);
  }

  private final HttpClient http;
  private final String base;
  private final Timings timings;
  private final Map<Integer, Node> nodes = new HashMap<>();
  private final Map<Integer, List<String>> itemKeys = new HashMap<>();
  private final List<ObjectNode> pending = new ArrayList<>();
  private String securityKey;
  private int uiId = -1;
  private int lastSyncId = -1;
  private int clientId;
  private int errorNotifications;
  private final StringBuilder responses = new StringBuilder();
  private String lastResponse = "";

  UiClient(String base, Timings timings) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.timings = timings;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  // ------------------------------------------------------------------------------------- sign-in

  /** Opens the sign-in page like a browser (page, bootstrap, navigation) and posts the form. */
  void signIn(String username, String password) {
    long t0 = System.nanoTime();
    String page = get("/login");
    Matcher m = META_CSRF.matcher(page);
    if (!m.find()) {
      throw new ProtocolException(
          "the sign-in page has no CSRF token: "
              + page.substring(0, Math.min(200, page.length())).replaceAll("\\s+", " "));
    }
    String csrf = m.group(1);
    bootstrap("login");
    String form =
        "_csrf=" + enc(csrf) + "&username=" + enc(username) + "&password=" + enc(password);
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    String location = r.headers().firstValue("Location").orElse("");
    boolean ok = r.statusCode() == 302 && !location.contains("error");
    timings.record("sign-in", System.nanoTime() - t0, ok);
    if (!ok) {
      throw new ProtocolException(
          "sign-in of " + username + " failed: " + r.statusCode() + " " + location);
    }
  }

  // ------------------------------------------------------------------------------------ pages

  /**
   * A full page load of {@code route} (no leading slash): the HTML, the bootstrap, the navigation.
   */
  void open(String route, String step) {
    long t0 = System.nanoTime();
    get("/" + route);
    bootstrap(route);
    boolean ok = false;
    try {
      post(navigate(route));
      ok = true;
    } finally {
      timings.record(step, System.nanoTime() - t0, ok);
    }
    flushPending(step);
  }

  private void bootstrap(String route) {
    nodes.clear();
    itemKeys.clear();
    pending.clear();
    String query =
        "?v-r=init&location="
            + enc(route)
            + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate="
            + System.currentTimeMillis()
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-load&v-td=false&v-pr=1"
            + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary"
            + "&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    JsonNode init = parse(get("/" + query));
    JsonNode app = init.path("appConfig");
    uiId = app.path("v-uiId").asInt(-1);
    if (uiId < 0) {
      throw new ProtocolException("the bootstrap gave no UI id: " + abbreviate(init.toString()));
    }
    lastSyncId = -1;
    clientId = 0;
    apply(app.path("uidl"));
  }

  /** A client-side navigation (a router link, or the first navigation after a page load). */
  void navigate(String route, String step) {
    timed(step, navigate(route));
  }

  private ObjectNode navigate(String route) {
    ObjectNode data = JSON.createObjectNode();
    data.put("route", "/" + route);
    data.put("query", "");
    data.put("appShellTitle", "Factbench");
    data.putObject("historyState").put("idx", 0);
    data.put("trigger", "");
    return event(1, "ui-navigate", data);
  }

  // ----------------------------------------------------------------------------------- actions

  /** Clicks the component with this id. */
  void click(String id, String step) {
    ObjectNode data = JSON.createObjectNode();
    for (String k :
        List.of(
            "event.shiftKey",
            "event.metaKey",
            "event.altKey",
            "event.ctrlKey",
            "event.detail",
            "event.button",
            "event.clientX",
            "event.clientY",
            "event.screenX",
            "event.screenY")) {
      if (k.endsWith("Key")) {
        data.put(k, false);
      } else {
        data.put(k, k.equals("event.detail") ? 1 : 0);
      }
    }
    timed(step, event(require(id).id, "click", data));
  }

  /** Types into a text field or text area (a lazy value change: the value and its input event). */
  void type(String id, String value, String step) {
    Node n = require(id);
    ObjectNode input = JSON.createObjectNode();
    input.put("1", 1);
    input.put("for", "trailing");
    timed(
        step,
        sync(n.id, "value", JSON.getNodeFactory().textNode(value)),
        event(n.id, "input", input));
  }

  /**
   * Chooses the item with this label in a combo box: opens it (the web component asks for the first
   * page of items), then sets the chosen item's key as its value.
   */
  void choose(String id, String label, String step) {
    Node n = require(id);
    itemKeys.remove(n.id);
    labels.remove(n.id);
    timed(
        step,
        published(n.id, "setViewportRange", 0, 50, ""),
        sync(n.id, "opened", JSON.getNodeFactory().booleanNode(true)),
        event(n.id, "opened-changed", JSON.createObjectNode()));
    String key =
        Optional.ofNullable(labels.get(n.id))
            .map(m -> m.get(label))
            .orElseThrow(() -> new ProtocolException("no item " + label + " in " + id));
    timed(
        step,
        sync(n.id, "value", JSON.getNodeFactory().textNode(key)),
        event(n.id, "value-changed", JSON.createObjectNode()),
        sync(n.id, "opened", JSON.getNodeFactory().booleanNode(false)),
        event(n.id, "opened-changed", JSON.createObjectNode()));
  }

  /** Sets a select's value by its item key (Vaadin's Select sends the key as value). */
  void select(String id, String key, String step) {
    Node n = require(id);
    timed(
        step,
        sync(n.id, "value", JSON.getNodeFactory().textNode(key)),
        event(n.id, "value-changed", JSON.createObjectNode()));
  }

  /** Opens or closes a {@code vaadin-details}. */
  void expand(String id, String step) {
    Node n = require(id);
    timed(
        step,
        sync(n.id, "opened", JSON.getNodeFactory().booleanNode(true)),
        event(n.id, "opened-changed", JSON.createObjectNode()));
  }

  /** Clicks the grid row whose item has this key (the grid's item-click event). */
  void clickRow(String gridId, String itemKey, String step) {
    Node g = require(gridId);
    ObjectNode data = JSON.createObjectNode();
    data.put("event.detail.itemKey", itemKey);
    data.put("event.detail.internalColumnId", "");
    data.put("event.detail.clientX", 0);
    data.put("event.detail.clientY", 0);
    data.put("event.detail.screenX", 0);
    data.put("event.detail.screenY", 0);
    data.put("event.detail.detail", 1);
    data.put("event.detail.button", 0);
    data.put("event.detail.ctrlKey", false);
    data.put("event.detail.shiftKey", false);
    data.put("event.detail.altKey", false);
    data.put("event.detail.metaKey", false);
    timed(step, event(g.id, "item-click", data));
  }

  /** The item keys the grid (or combo box) with this id holds, in order. */
  List<String> itemKeys(String id) {
    return itemKeys.getOrDefault(require(id).id, List.of());
  }

  // ------------------------------------------------------------------------------------ lookups

  Optional<Node> byId(String id) {
    for (Node n : nodes.values()) {
      if (id.equals(n.attrs.get("id"))) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  Node require(String id) {
    return byId(id).orElseThrow(() -> new ProtocolException("no component with id " + id));
  }

  /** The text inside a component, its text nodes joined. */
  String text(String id) {
    StringBuilder b = new StringBuilder();
    byId(id).ifPresent(n -> text(n, b, 0));
    return b.toString();
  }

  private void text(Node n, StringBuilder b, int depth) {
    if (n.text != null) {
      b.append(n.text);
    }
    if (depth > 60) {
      return;
    }
    for (int c : n.children) {
      Node child = nodes.get(c);
      if (child != null) {
        text(child, b, depth + 1);
      }
    }
  }

  /** The bodies of the last step's responses, follow-ups included (for acknowledgement checks). */
  String lastResponse() {
    return lastResponse;
  }

  int errorNotifications() {
    return errorNotifications;
  }

  int nodeCount() {
    return nodes.size();
  }

  // ------------------------------------------------------------------------------------ protocol

  static ObjectNode event(int node, String event, ObjectNode data) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "event");
    o.put("node", node);
    o.put("event", event);
    o.set("data", data);
    return o;
  }

  static ObjectNode sync(int node, String property, JsonNode value) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "mSync");
    o.put("node", node);
    o.put("feature", 1);
    o.put("property", property);
    o.set("value", value);
    return o;
  }

  private int promise;

  ObjectNode published(int node, String method, Object... args) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", "publishedEventHandler");
    o.put("node", node);
    o.put("templateEventMethodName", method);
    o.set("templateEventMethodArgs", JSON.valueToTree(args));
    o.put("promise", promise++);
    return o;
  }

  /** Sends one UIDL request with these invocations, timed as {@code step}, then its follow-ups. */
  void timed(String step, ObjectNode... rpc) {
    responses.setLength(0);
    long t0 = System.nanoTime();
    boolean ok = false;
    int errorsBefore = errorNotifications;
    try {
      post(rpc);
      ok = errorNotifications == errorsBefore;
    } finally {
      timings.record(step, System.nanoTime() - t0, ok);
    }
    if (!ok) {
      throw new ProtocolException(step + ": the UI showed an error notification");
    }
    flushPending(step);
    lastResponse = responses.toString();
  }

  /**
   * Answers what the last response asked for (the connectors' confirmUpdate), as the browser does.
   */
  private void flushPending(String step) {
    for (int i = 0; i < 5 && !pending.isEmpty(); i++) {
      ObjectNode[] batch = pending.toArray(ObjectNode[]::new);
      pending.clear();
      long t0 = System.nanoTime();
      boolean ok = false;
      try {
        post(batch);
        ok = true;
      } finally {
        timings.record("grid-confirm", System.nanoTime() - t0, ok);
      }
    }
  }

  private void post(ObjectNode... rpc) {
    ObjectNode msg = JSON.createObjectNode();
    msg.put("csrfToken", securityKey);
    ArrayNode arr = msg.putArray("rpc");
    for (ObjectNode o : rpc) {
      arr.add(o);
    }
    msg.put("syncId", lastSyncId);
    msg.put("clientId", clientId);
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(msg.toString()))
                .timeout(Duration.ofSeconds(60))
                .build());
    if (r.statusCode() != 200) {
      throw new ProtocolException("UIDL request answered " + r.statusCode());
    }
    String body = r.body();
    if (body.startsWith("for(;;);")) {
      body = body.substring("for(;;);".length());
    }
    JsonNode json = parse(body);
    if (json.isArray()) {
      json = json.get(0);
    }
    responses.append(body);
    int expectedClientId = clientId + 1;
    apply(json);
    if (json.has("clientId") && json.path("clientId").asInt() != expectedClientId) {
      throw new ProtocolException(
          "the server expected client message "
              + json.path("clientId").asInt()
              + ", not "
              + expectedClientId);
    }
    clientId = expectedClientId;
  }

  private final Map<Integer, Map<String, String>> labels = new HashMap<>();

  /** Applies one server message to the node map. */
  void apply(JsonNode msg) {
    JsonNode meta = msg.path("meta");
    if (meta.has("appError") || meta.has("sessionExpired") || meta.has("refresh")) {
      throw new ProtocolException("the server asked to reload: " + abbreviate(meta.toString()));
    }
    if (msg.has("Vaadin-Security-Key")) {
      securityKey = msg.path("Vaadin-Security-Key").asText();
    }
    if (msg.has("syncId")) {
      int s = msg.path("syncId").asInt();
      if (lastSyncId >= 0 && s != lastSyncId + 1) {
        throw new ProtocolException(
            "server message " + s + " after " + lastSyncId + ": one was lost");
      }
      lastSyncId = s;
    }
    for (JsonNode c : msg.path("changes")) {
      int id = c.path("node").asInt();
      String type = c.path("type").asText();
      if (type.equals("detach")) {
        nodes.remove(id);
        itemKeys.remove(id);
        labels.remove(id);
        continue;
      }
      Node n = nodes.computeIfAbsent(id, Node::new);
      int feat = c.path("feat").asInt(-1);
      String key = c.path("key").asText(null);
      switch (type) {
        case "put" -> {
          JsonNode v = c.path("value");
          if (feat == 0 && "tag".equals(key)) {
            n.tag = v.asText();
          } else if (feat == 1) {
            n.props.put(key, v);
          } else if (feat == 3) {
            n.attrs.put(key, v.isTextual() ? v.asText() : v.toString());
          } else if (feat == 7 && "text".equals(key)) {
            n.text = v.asText();
          }
        }
        case "remove" -> {
          if (feat == 1) {
            n.props.remove(key);
          } else if (feat == 3) {
            n.attrs.remove(key);
          }
        }
        case "clear" -> {
          if (feat == 2) {
            n.children.clear();
          }
        }
        case "splice" -> {
          if (feat == 2) {
            int index = c.path("index").asInt();
            int remove = c.path("remove").asInt(0);
            for (int i = 0; i < remove && index < n.children.size(); i++) {
              n.children.remove(index);
            }
            int at = Math.min(index, n.children.size());
            for (JsonNode a : c.path("addNodes")) {
              n.children.add(at++, a.asInt());
            }
          }
        }
        default -> {
          // attach and features the client does not need (class lists, styles, listeners)
        }
      }
      if ("vaadin-notification".equals(n.tag)
          && type.equals("put")
          && feat == 3
          && "theme".equals(key)
          && c.path("value").asText().contains("error")) {
        errorNotifications++;
      }
    }
    for (JsonNode e : msg.path("execute")) {
      execute(e);
    }
  }

  /** Reacts to the JavaScript calls the connectors need answered; the rest concerns the screen. */
  private void execute(JsonNode e) {
    String script = e.get(e.size() - 1).asText();
    if (!script.contains("$connector")) {
      return;
    }
    int node = e.get(0).path("@v-node").asInt(-1);
    if (node < 0) {
      return;
    }
    if (script.contains("$connector.confirm(")) {
      pending.add(published(node, "confirmUpdate", e.get(1).asInt()));
    } else if (script.contains("$connector.set(")) {
      int index = e.get(1).asInt();
      List<String> keys = itemKeys.computeIfAbsent(node, k -> new ArrayList<>());
      Map<String, String> byLabel = labels.computeIfAbsent(node, k -> new HashMap<>());
      int i = index;
      for (JsonNode item : e.get(2)) {
        while (keys.size() <= i) {
          keys.add(null);
        }
        keys.set(i++, item.path("key").asText());
        if (item.has("label")) {
          byLabel.put(item.path("label").asText(), item.path("key").asText());
        }
      }
    } else if (script.contains("$connector.clear(")) {
      List<String> keys = itemKeys.get(node);
      if (keys != null) {
        int from = e.get(1).asInt();
        int count = e.get(2).asInt();
        for (int i = from; i < Math.min(keys.size(), from + count); i++) {
          keys.set(i, null);
        }
      }
    } else if (script.contains("$connector.updateSize(")) {
      List<String> keys = itemKeys.computeIfAbsent(node, k -> new ArrayList<>());
      int size = e.get(1).asInt();
      while (keys.size() > size) {
        keys.remove(keys.size() - 1);
      }
    }
  }

  // --------------------------------------------------------------------------------------- http

  private String get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    if (r.statusCode() != 200) {
      throw new ProtocolException("GET " + path + " answered " + r.statusCode());
    }
    return r.body();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new ProtocolException("I/O: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProtocolException("interrupted");
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new ProtocolException("not JSON: " + abbreviate(body));
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  void close() {
    http.close();
  }
}

package org.factbench.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns each table and view of the schema, and a check that SQL written in one module
 * names only its own tables and the views other modules publish for it. SQL is found in the string
 * literals and text blocks of a module's Java sources; JPQL entity names count as their tables.
 */
public final class TableOwnership {

  /** Every table and view the migrations create, with the module that owns it. */
  public static final Map<String, String> OWNERS =
      Map.ofEntries(
          Map.entry("app_setting", "base"),
          Map.entry("app_user", "security"),
          Map.entry("api_token", "security"),
          Map.entry("login_attempt", "security"),
          Map.entry("user_name", "security"),
          Map.entry("workspace", "workspace"),
          Map.entry("workspace_member", "workspace"),
          Map.entry("document", "document"),
          Map.entry("document_timecode", "document"),
          Map.entry("document_suggestion", "document"),
          Map.entry("document_sentence_score", "document"),
          Map.entry("document_title", "document"),
          Map.entry("claim", "claim"),
          Map.entry("claimant", "claim"),
          Map.entry("rating", "claim"),
          Map.entry("source", "claim"),
          Map.entry("note", "claim"),
          Map.entry("verdict", "claim"),
          Map.entry("claim_wording", "claim"),
          Map.entry("dispute", "review"),
          Map.entry("evidence_body", "evidence"),
          Map.entry("evidence_source", "evidence"),
          Map.entry("evidence_snapshot", "evidence"),
          Map.entry("history", "history"));

  /** The read-only views a module publishes: others read its data only through these. */
  public static final Set<String> PUBLISHED =
      Set.of("user_name", "document_title", "verdict", "claim_wording");

  private static final Pattern LITERAL =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(?:from|join|into|update|table)\\s+([A-Za-z_][A-Za-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATED =
      Pattern.compile(
          "create\\s+(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);

  private TableOwnership() {}

  /** A module's SQL that names a table it may not read. */
  public record Violation(String module, Path file, String table, String owner) {
    @Override
    public String toString() {
      return module
          + " names "
          + (PUBLISHED.contains(table) ? "the view " : "the table ")
          + table
          + " of "
          + owner
          + " in "
          + file.getFileName();
    }
  }

  /** The tables and views the migrations under {@code migrations} create. */
  public static Set<String> created(Path migrations) {
    Set<String> names = new TreeSet<>();
    for (Path sql : files(migrations, ".sql")) {
      Matcher m = CREATED.matcher(read(sql));
      while (m.find()) {
        names.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /**
   * Every place where SQL in a module under {@code root} (one folder per module) names another
   * module's table, or a published view of a module it is not allowed to depend on.
   */
  public static List<Violation> violations(Path root, Function<String, Set<String>> allowed) {
    List<Violation> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path dir : modules.filter(Files::isDirectory).sorted().toList()) {
        String module = dir.getFileName().toString();
        for (Path file : files(dir, ".java")) {
          for (String table : tablesNamedIn(read(file))) {
            String owner = OWNERS.get(table);
            if (owner == null || owner.equals(module)) {
              continue;
            }
            if (!PUBLISHED.contains(table) || !allowed.apply(module).contains(owner)) {
              found.add(new Violation(module, file, table, owner));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The known tables that the string literals of {@code source} name after FROM, JOIN and such. */
  static Set<String> tablesNamedIn(String source) {
    Set<String> tables = new TreeSet<>();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      Matcher ref = REFERENCE.matcher(text);
      while (ref.find()) {
        String name = ref.group(1).toLowerCase(Locale.ROOT);
        if (OWNERS.containsKey(name)) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.factbench.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of the bundles, read from the sources: a module's Java code says its words through keys
 * of its own bundle ({@code i18n/<module>.properties}, keys {@code <module>.<part>.<name>}); each
 * key is defined once, in its module's bundle; no key is left unused.
 *
 * <p>A key is used where a string literal is one (outside comments): as {@code Messages.t}'s first
 * argument, as a {@code @Menu} title, or wherever code hands a key on (a navigation entry, an
 * enum's {@code labelKey()}); an enum that implements {@code BundleLabel} uses the key of each of
 * its constants, its {@code bundlePrefix()} and the constant's name in lower case with hyphens. A
 * literal first argument of {@code Messages.t} that is not a key is an error of its own.
 */
public final class BundleKeys {

  private BundleKeys() {}

  /** A key written in a Java file of {@code module}. */
  public record Use(String key, String module, String file) {}

  /** A key defined in the bundle file {@code file} of {@code module}, at {@code line}. */
  public record Definition(String key, String module, String file, int line, String text) {}

  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern T_CALL =
      Pattern.compile("Messages\\s*\\.\\s*t\\s*\\(\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern MENU_TITLE =
      Pattern.compile("@Menu\\s*\\([^)]*title\\s*=\\s*\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern LABELLED_ENUM =
      Pattern.compile("enum\\s+\\w+\\s+implements\\s+[\\w.,\\s]*\\bBundleLabel\\b");
  private static final Pattern BUNDLE_PREFIX =
      Pattern.compile("bundlePrefix\\(\\)\\s*\\{\\s*return\\s*\"([^\"]+)\"");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("(?m)^  ([A-Z][A-Z0-9_]*)\\s*[(,;]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  /** The modules: the folders under {@code root} (the application's base package). */
  public static List<String> modules(Path root) {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a key looks like: its module, then at least two lower-case, hyphenated parts. */
  public static Pattern keyPattern(List<String> modules) {
    String part = "[a-z0-9]+(?:-[a-z0-9]+)*";
    return Pattern.compile(
        "(" + String.join("|", modules) + ")\\." + part + "(?:\\." + part + ")+");
  }

  /** Every key written in the Java files under {@code root}. */
  public static List<Use> uses(Path root) {
    Pattern key = keyPattern(modules(root));
    List<Use> uses = new ArrayList<>();
    forEachJava(
        root,
        (module, file, code) -> {
          Matcher m = STRING.matcher(code);
          while (m.find()) {
            if (key.matcher(m.group(1)).matches()) {
              uses.add(new Use(m.group(1), module, file));
            }
          }
          Matcher prefix = BUNDLE_PREFIX.matcher(code);
          if (LABELLED_ENUM.matcher(code).find() && prefix.find()) {
            Matcher c = ENUM_CONSTANT.matcher(code);
            while (c.find()) {
              String name = c.group(1).toLowerCase(java.util.Locale.ROOT).replace('_', '-');
              uses.add(new Use(prefix.group(1) + "." + name, module, file));
            }
          }
        });
    return uses;
  }

  /** Literal first arguments of {@code Messages.t} and {@code @Menu} titles that are not keys. */
  public static List<String> notKeys(Path root) {
    Pattern key = keyPattern(modules(root));
    List<String> found = new ArrayList<>();
    forEachJava(
        root,
        (module, file, code) -> {
          for (Pattern p : List.of(T_CALL, MENU_TITLE)) {
            Matcher m = p.matcher(code);
            while (m.find()) {
              if (!key.matcher(m.group(1)).matches()) {
                found.add("\"" + m.group(1) + "\" in " + file + " is not a key");
              }
            }
          }
        });
    return found;
  }

  /** Every key of the base bundles ({@code <module>.properties}) in {@code bundles}. */
  public static List<Definition> definitions(Path bundles) {
    List<Definition> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(bundles)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".properties") && !name.contains("_")) {
          all.addAll(parse(f, name.substring(0, name.length() - ".properties".length())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /**
   * Keys used in Java that are not defined exactly once, not prefixed with the module that uses
   * them, or defined in another module's bundle.
   */
  public static List<String> misused(Path root, Path bundles) {
    Map<String, List<Definition>> byKey = byKey(definitions(bundles));
    List<String> found = new ArrayList<>();
    for (Use u : uses(root)) {
      String prefix = u.key().substring(0, u.key().indexOf('.'));
      List<Definition> defs = byKey.getOrDefault(u.key(), List.of());
      if (!prefix.equals(u.module())) {
        found.add(u.key() + " is used in " + u.file() + " of module " + u.module());
      }
      if (defs.size() != 1) {
        found.add(u.key() + " (" + u.file() + ") is defined " + defs.size() + " times");
      } else if (!defs.getFirst().module().equals(prefix)) {
        found.add(u.key() + " is defined in " + defs.getFirst().file());
      }
    }
    return found;
  }

  /** Bundle keys no Java code uses. */
  public static List<String> unused(Path root, Path bundles) {
    var used = uses(root).stream().map(Use::key).collect(Collectors.toSet());
    return definitions(bundles).stream()
        .filter(d -> !used.contains(d.key()))
        .map(d -> d.key() + " (" + d.file() + ":" + d.line() + ") is not used")
        .toList();
  }

  /** Keys defined more than once, in one bundle or in two. */
  public static List<String> definedTwice(Path bundles) {
    return byKey(definitions(bundles)).values().stream()
        .filter(defs -> defs.size() > 1)
        .map(
            defs ->
                defs.getFirst().key()
                    + " is defined in "
                    + defs.stream()
                        .map(d -> d.file() + ":" + d.line())
                        .collect(Collectors.joining(" and ")))
        .toList();
  }

  /** Keys in a bundle not prefixed with that bundle's module. */
  public static List<String> misplaced(Path bundles) {
    return definitions(bundles).stream()
        .filter(d -> !d.key().startsWith(d.module() + "."))
        .map(d -> d.key() + " is in " + d.file())
        .toList();
  }

  /**
   * Texts with parameters that {@link MessageFormat} would garble: not a valid pattern, or with a
   * lone apostrophe (which it drops).
   */
  public static List<String> badPatterns(Path bundles) {
    List<String> found = new ArrayList<>();
    for (Definition d : definitions(bundles)) {
      if (PLACEHOLDER.matcher(d.text()).find()) {
        try {
          new MessageFormat(d.text());
          if (d.text().replace("''", "").contains("'")) {
            found.add(d.key() + " has a lone apostrophe");
          }
        } catch (IllegalArgumentException e) {
          found.add(d.key() + " is not a valid pattern: " + e.getMessage());
        }
      }
    }
    return found;
  }

  private static Map<String, List<Definition>> byKey(List<Definition> defs) {
    Map<String, List<Definition>> byKey = new TreeMap<>();
    defs.forEach(d -> byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d));
    return byKey;
  }

  /** The keys of one bundle as written, duplicates included (Properties would keep the last). */
  private static List<Definition> parse(Path file, String module) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Definition> defs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      StringBuilder logical = new StringBuilder(lines.get(i).stripLeading());
      while (endsInContinuation(logical) && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(lines.get(++i).stripLeading());
      }
      String line = logical.toString();
      if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int end = 0;
      while (end < line.length() && "=: \t\f".indexOf(line.charAt(end)) < 0) {
        end += line.charAt(end) == '\\' ? 2 : 1;
      }
      String key = line.substring(0, Math.min(end, line.length()));
      String rest = line.substring(Math.min(end, line.length())).stripLeading();
      if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':')) {
        rest = rest.substring(1).stripLeading();
      }
      defs.add(new Definition(key, module, file.getFileName().toString(), number, rest));
    }
    return defs;
  }

  private static boolean endsInContinuation(CharSequence line) {
    int slashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  private interface JavaFile {
    void read(String module, String file, String codeWithoutComments);
  }

  private static void forEachJava(Path root, JavaFile reader) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p :
          walk.filter(f -> f.toString().endsWith(".java"))
              .sorted(Comparator.naturalOrder())
              .toList()) {
        Path relative = root.relativize(p);
        if (relative.getNameCount() < 2) {
          continue; // a class in the base package belongs to no module
        }
        reader.read(
            relative.getName(0).toString(),
            relative.toString(),
            withoutComments(Files.readString(p, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Java source with its comments, character literals and text blocks blanked out; its string
   * literals stay as they are.
   */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      char next = i + 1 < n ? source.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && next == '*') {
        int close = source.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        boolean block = c == '"' && source.startsWith("\"\"\"", i);
        int start = i;
        i += block ? 3 : 1;
        while (i < n) {
          char d = source.charAt(i);
          if (d == '\\') {
            i += 2;
          } else if (block ? source.startsWith("\"\"\"", i) : d == c) {
            i += block ? 3 : 1;
            break;
          } else {
            i++;
          }
        }
        // a character literal or a text block is blanked: a quote in one would look like the
        // start of a string, and neither holds keys
        out.append(c == '\'' ? "' '" : block ? "\"\"" : source.substring(start, Math.min(i, n)));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}

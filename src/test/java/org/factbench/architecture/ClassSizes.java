package org.factbench.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size rule: a newcomer reads any class in one sitting. No main class over {@value #MAX_CLASS}
 * lines, no view or UI component (in a {@code ui} or {@code panel} package) over {@value
 * #MAX_VIEW}.
 */
public final class ClassSizes {

  public static final int MAX_CLASS = 500;
  public static final int MAX_VIEW = 400;

  private ClassSizes() {}

  /** A file over its limit. */
  public record Oversized(Path file, long lines, int limit) {
    @Override
    public String toString() {
      return file + ": " + lines + " lines (at most " + limit + ")";
    }
  }

  /** The Java files under {@code root} that are over their limit. */
  public static List<Oversized> oversized(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(p -> new Oversized(root.relativize(p), lines(p), limitOf(p)))
          .filter(o -> o.lines() > o.limit())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int limitOf(Path file) {
    Path dir = file.getParent();
    String pkg = dir == null ? "" : dir.getFileName().toString();
    return pkg.equals("ui") || pkg.equals("panel") ? MAX_VIEW : MAX_CLASS;
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

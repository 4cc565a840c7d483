package org.factbench.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;

/** The shipped model files, written and read back as Java properties. */
final class PropertyText {

  /** Decimals of the numbers in a model file. */
  static final int DECIMALS = 6;

  private PropertyText() {}

  /** {@code x} with {@link #DECIMALS} decimals, as the files write numbers. */
  static String decimal(double x) {
    return String.format(Locale.ROOT, "%." + DECIMALS + "f", x);
  }

  /** A file of a comment line {@code header}, then the {@code lines} one a line, LF line ends. */
  static String file(String header, SortedMap<String, String> lines) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(header).append('\n');
    lines.forEach((k, v) -> sb.append(k).append('=').append(escape(v)).append('\n'));
    return sb.toString();
  }

  /** The properties of a file's text. */
  static Properties parse(String file) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The text of a file on the classpath; {@code missing} is the error's message when it is not. */
  static String resource(String resource, String missing) {
    try (InputStream in = PropertyText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(missing);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * {@code v} as a properties value in plain ASCII: backslashes, line breaks and characters beyond
   * ASCII written as {@code \\uXXXX}, so the file reads back to the same text and bytes.
   */
  static String escape(String v) {
    StringBuilder sb = new StringBuilder();
    for (char c : v.toCharArray()) {
      if (c == '\\' || c == '\n' || c == '\r' || c > 126) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

package org.factbench.assist.retrieval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a text before it is looked up. Web addresses and "pic.twitter.com/..." links say nothing
 * about the claim; a pasted tweet's signature ("— Ilhan Omar (@IlhanMN) January 6, 2020") keeps the
 * author's name, which verified claims often name too ("Ilhan Omar said..."), and loses the handle
 * and the date; hashtags are split into words ("#WakandaForever": "Wakanda Forever").
 */
public final class QueryText {

  private static final Pattern URL =
      Pattern.compile("(?i)(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");

  /** "— Ilhan Omar (@IlhanMN) January 6, 2020" at the end of an embedded tweet. */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "\\s*[—–]\\s*(?<name>[^—–\\n]{0,80}?)\\s*\\(@\\w+\\)\\s*\\p{L}+\\s+\\d{1,2},\\s*\\d{4}\\s*$");

  private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}_]*)");
  private static final Pattern CAMEL =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QueryText() {}

  /** The text without links, handle and date, hashtags as words, spaces made single. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String t = text;
    Matcher sig = SIGNATURE.matcher(t);
    if (sig.find()) {
      t = t.substring(0, sig.start()) + " — " + sig.group("name");
    }
    t = URL.matcher(t).replaceAll(" ");
    t =
        HASHTAG
            .matcher(t)
            .replaceAll(m -> Matcher.quoteReplacement(CAMEL.matcher(m.group(1)).replaceAll(" ")));
    return SPACES.matcher(t).replaceAll(" ").strip();
  }
}

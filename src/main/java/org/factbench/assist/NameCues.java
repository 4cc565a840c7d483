package org.factbench.assist;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The institutions and names of a sentence, for {@link Cues}: a known acronym or institution word
 * with its name ("Ministry of Defence"), and two or more capitalised words in a row.
 */
final class NameCues {

  private NameCues() {}

  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "Ministry",
          "Department",
          "Office",
          "Parliament",
          "Senate",
          "Congress",
          "Assembly",
          "Commission",
          "Council",
          "Committee",
          "Bank",
          "Institute",
          "University",
          "Agency",
          "Bureau",
          "Court",
          "Tribunal",
          "Treasury",
          "Government",
          "Cabinet",
          "Army",
          "Navy",
          "Police",
          "Fund",
          "Organisation",
          "Organization",
          "Authority",
          "Board",
          "Service",
          "Forces",
          "Staff",
          "Federation",
          "Union",
          "Party",
          "Inspectorate",
          "Ombudsman",
          "Secretariat",
          "Mission");
  private static final Set<String> INSTITUTION_ACRONYMS =
      Set.of(
          "UN", "NATO", "IMF", "EU", "WHO", "OECD", "ECB", "WTO", "ICC", "ICJ", "UNHCR", "UNICEF",
          "OSCE", "IAEA", "IISS", "SIPRI", "ONS", "OBR", "CBO", "GAO", "IPCC", "FBI", "CIA", "NHS",
          "ILO", "FAO", "WFP", "AU", "ASEAN");
  private static final Set<String> INSTITUTION_LINKS = Set.of("of", "for", "on");

  private static final Pattern NAME_CUE =
      Pattern.compile(
          "\\b[A-Z][\\p{L}'’\\-]+(?:\\s+(?:(?:of|for|the|and|de|van|von|al|bin)\\s+)?[A-Z][\\p{L}'’\\-]+)+");

  /**
   * The first institution: a known acronym ("NATO"), or a known institution word ("Ministry") with
   * the capitalised words before it and an "of"/"for"/"on" name after it ("Ministry of Defence",
   * "Institute for Strategic Studies", "Fiscal Council"). A leading "The" is left out.
   */
  static String institution(Words w) {
    int n = w.size();
    for (int i = 0; i < n; i++) {
      String word = w.word(i);
      if (INSTITUTION_ACRONYMS.contains(word)) {
        return word;
      }
      if (!INSTITUTION_WORDS.contains(word)) {
        continue;
      }
      int from = i;
      while (from > 0
          && i - from < 3
          && w.followsClosely(from)
          && w.capitalised(from - 1)
          && w.word(from - 1).indexOf('\'') < 0
          && w.word(from - 1).indexOf('’') < 0) {
        from--;
      }
      if (from < i && w.word(from).equals("The")) {
        from++;
      }
      int to = i + 1;
      if (to < n && INSTITUTION_LINKS.contains(w.lower(to)) && w.followsClosely(to)) {
        int k = to + 1;
        if (k < n && w.lower(k).equals("the") && w.followsClosely(k)) {
          k++;
        }
        int m = k;
        while (m < n && m - k < 4 && w.capitalised(m) && w.followsClosely(m)) {
          m++;
        }
        if (m > k) {
          to = m;
        }
      }
      return w.span(from, to);
    }
    return null;
  }

  /** Two or more capitalised words in a row; the sentence's first word is capitalised anyway. */
  static void named(String t, String institution, CueEvidence e) {
    Matcher m = NAME_CUE.matcher(t);
    int firstWord = 0;
    while (firstWord < t.length() && !Character.isLetterOrDigit(t.charAt(firstWord))) {
      firstWord++;
    }
    while (m.find()) {
      String name = CueEvidence.clean(m.group());
      if (m.start() == firstWord) {
        name = name.substring(name.indexOf(' ') + 1);
        if (name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0))) {
          continue; // one word left, or "of Defence"
        }
      }
      if (institution != null && (institution.contains(name) || name.contains(institution))) {
        continue; // already counted as an institution
      }
      e.add(Feature.NAMED, "named: " + name);
      return;
    }
  }
}

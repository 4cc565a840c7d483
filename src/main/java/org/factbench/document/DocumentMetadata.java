package org.factbench.document;

import java.time.LocalDate;

/**
 * What the importer says about a source: title, where it comes from, who speaks, when, in which
 * language.
 */
public record DocumentMetadata(
    String title,
    String originUrl,
    String outlet,
    String speakers,
    LocalDate publishedOn,
    String language) {

  public DocumentMetadata {
    title = clean(title);
    originUrl = clean(originUrl);
    outlet = clean(outlet);
    speakers = clean(speakers);
    language = clean(language).isEmpty() ? "en" : clean(language);
  }

  public static DocumentMetadata titled(String title) {
    return new DocumentMetadata(title, "", "", "", null, "en");
  }

  DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(newTitle, originUrl, outlet, speakers, publishedOn, language);
  }

  DocumentMetadata withOriginUrl(String newOriginUrl) {
    return new DocumentMetadata(title, newOriginUrl, outlet, speakers, publishedOn, language);
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}

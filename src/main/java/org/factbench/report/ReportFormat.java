package org.factbench.report;

/** The formats a report comes in. */
public enum ReportFormat {
  HTML("HTML page (printable)", "html", "text/html;charset=UTF-8"),
  PDF("PDF", "pdf", "application/pdf"),
  CSV("CSV (spreadsheets)", "csv", "text/csv;charset=UTF-8"),
  JSON("JSON (full export)", "json", "application/json"),
  CLAIM_REVIEW("ClaimReview JSON-LD (schema.org)", "claimreview.jsonld", "application/ld+json"),
  WEB_ANNOTATION("Web Annotation JSON-LD (anchors)", "annotations.jsonld", "application/ld+json");

  private final String label;
  private final String extension;
  private final String mediaType;

  ReportFormat(String label, String extension, String mediaType) {
    this.label = label;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String label() {
    return label;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}

package org.factbench.report;

/** The formats a report comes in. */
public enum ReportFormat {
  HTML("report.format.html", "html", "text/html;charset=UTF-8"),
  PDF("report.format.pdf", "pdf", "application/pdf"),
  CSV("report.format.csv", "csv", "text/csv;charset=UTF-8"),
  JSON("report.format.json", "json", "application/json"),
  CLAIM_REVIEW("report.format.claim-review", "claimreview.jsonld", "application/ld+json"),
  WEB_ANNOTATION("report.format.web-annotation", "annotations.jsonld", "application/ld+json");

  private final String labelKey;
  private final String extension;
  private final String mediaType;

  ReportFormat(String labelKey, String extension, String mediaType) {
    this.labelKey = labelKey;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The key of the format's name in the report bundle, for the user interface. */
  public String labelKey() {
    return labelKey;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}

package org.factbench.report;

import org.factbench.base.BundleLabel;

/** The formats a report comes in. */
public enum ReportFormat implements BundleLabel {
  HTML("html", "text/html;charset=UTF-8"),
  PDF("pdf", "application/pdf"),
  CSV("csv", "text/csv;charset=UTF-8"),
  JSON("json", "application/json"),
  CLAIM_REVIEW("claimreview.jsonld", "application/ld+json"),
  WEB_ANNOTATION("annotations.jsonld", "application/ld+json");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  @Override
  public String bundlePrefix() {
    return "report.format";
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }
}

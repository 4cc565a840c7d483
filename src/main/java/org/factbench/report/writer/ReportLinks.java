package org.factbench.report.writer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Addresses in the application that reports link to, under {@code factbench.public-url}. */
@Component
class ReportLinks {

  private final String base;

  ReportLinks(@Value("${factbench.public-url:http://localhost:8080}") String publicUrl) {
    this.base = publicUrl.replaceAll("/+$", "");
  }

  /** The application's address, without a trailing slash. */
  String base() {
    return base;
  }

  String claim(long workspaceId, long claimId) {
    return base + "/workspaces/" + workspaceId + "/claims/" + claimId;
  }

  String document(long workspaceId, long documentId) {
    return base + "/workspaces/" + workspaceId + "/documents/" + documentId;
  }
}

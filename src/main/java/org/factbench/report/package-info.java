/**
 * Verification reports: what the team verified, as HTML, PDF, CSV, JSON, ClaimReview and Web
 * Annotation, in the reports view and over HTTP.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: ui",
      "security",
      "workspace",
      "document",
      "claim",
      "history",
      "evidence"
    })
package org.factbench.report;

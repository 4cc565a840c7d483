/**
 * The review workflow: the transition table, the four-eyes rule, disputes, the review queue and
 * each user's assigned work.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Review",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: live",
      "base :: ui",
      "security",
      "workspace",
      "document",
      "claim",
      "claim :: panel",
      "claim :: workflow",
      "evidence"
    })
package org.factbench.review;

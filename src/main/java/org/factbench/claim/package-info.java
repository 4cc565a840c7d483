/**
 * Claims anchored in documents, the rating scale, sources (evidence), notes, "same claim as" links,
 * figure checks, and the claim panel with the slots other modules fill. The review module moves
 * claims through the workflow by the named interface {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Claims",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: live",
      "base :: ui",
      "security",
      "workspace",
      "document",
      "assist",
      "history"
    })
package org.factbench.claim;

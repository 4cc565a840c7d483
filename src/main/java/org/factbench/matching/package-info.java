/**
 * Finding the claims that were checked before: similar claims across the workspace, with why they
 * match, and (later) fact-checks published elsewhere and the retrieval index.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Matching",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: ui",
      "security",
      "workspace",
      "document",
      "assist",
      "claim",
      "claim :: panel"
    })
package org.factbench.matching;

/**
 * Finding the claims that were checked before: similar claims across the workspace and its
 * reference collections (fact-checks published elsewhere), with why they match; the retrieval index
 * that follows every claim change (decision record 0012).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Matching",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: live",
      "base :: ui",
      "security",
      "workspace",
      "document",
      "assist",
      "assist :: retrieval",
      "assist :: embed",
      "claim",
      "claim :: panel"
    })
package org.factbench.matching;

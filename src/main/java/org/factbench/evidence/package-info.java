/**
 * Evidence that stays: archived snapshots of the pages sources cite (fetched in the background
 * through one SSRF guard), the quoted passage looked up in them, and a watch that notices when a
 * cited page changes or disappears. Learns of sources from the claim module's events; shows itself
 * in the claim panel and the claims list through the claim module's slots.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Evidence",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: ui",
      "security",
      "workspace",
      "claim",
      "claim :: panel"
    })
package org.factbench.evidence;

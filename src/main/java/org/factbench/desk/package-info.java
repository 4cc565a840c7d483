/**
 * The desk lead's dashboard: where a workspace's work stands (claims by status, the review backlog,
 * open disputes, people's load) and what it produced in a period (verdicts, weekly publications,
 * time to publication), from the claim module's tallies, cached briefly.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Desk dashboard",
    allowedDependencies = {
      "base",
      "base :: api",
      "base :: ui",
      "base :: live",
      "security",
      "workspace",
      "claim"
    })
package org.factbench.desk;

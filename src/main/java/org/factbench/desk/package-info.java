/**
 * The desk lead's dashboard: where a workspace's work stands (claims by status, the review backlog,
 * open disputes, people's load) and what it produced in a period (verdicts, weekly publications,
 * time to publication) and how cited pages stand under the watch, from the claim and evidence
 * modules' tallies, cached briefly.
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
      "claim",
      "evidence"
    })
package org.factbench.desk;

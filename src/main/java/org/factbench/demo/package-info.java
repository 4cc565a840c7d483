/**
 * Seeds the demo workspace, users and sample briefing on the first start of a demo installation.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo",
    allowedDependencies = {"base", "security", "workspace", "document", "claim", "review"})
package org.factbench.demo;

/**
 * Workspaces, their members with a role each, and the guard that answers "may this user see this
 * workspace?".
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Workspace",
    allowedDependencies = {"base", "base :: ui", "security"})
package org.factbench.workspace;

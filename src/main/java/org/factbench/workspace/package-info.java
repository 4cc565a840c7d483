/**
 * Workspaces, their members with a role each, and the guard that answers "may this user see this
 * workspace?".
 */
package org.factbench.workspace;

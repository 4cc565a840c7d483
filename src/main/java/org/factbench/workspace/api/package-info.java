/** HTTP endpoints for workspaces. */
package org.factbench.workspace.api;

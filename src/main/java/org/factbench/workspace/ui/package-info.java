/**
 * The views of workspaces: the list a user starts from and one workspace's overview with its
 * members.
 */
package org.factbench.workspace.ui;

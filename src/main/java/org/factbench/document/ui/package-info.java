/** The documents list of a workspace and the import dialog. */
package org.factbench.document.ui;

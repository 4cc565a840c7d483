/** The reports view: choose scope, states and format, preview and download. */
package org.factbench.report.ui;

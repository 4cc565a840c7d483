/** The reports over HTTP, for scripts, with the same permissions as the view. */
package org.factbench.report.api;

/**
 * The report formats, one {@link org.factbench.report.writer.ReportWriter} each, chosen by {@link
 * org.factbench.report.writer.ReportWriters}; each writes the claims one by one as they are read.
 */
package org.factbench.report.writer;

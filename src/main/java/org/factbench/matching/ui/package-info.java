/**
 * The matching module's views: the similar-claims section of the claim panel, and the "already
 * checked" badge that the reader shows on a suggested sentence and in the new-claim form.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factbench.matching.ui;

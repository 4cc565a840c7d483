/**
 * Sources to check: import and text extraction, the immutable stored text, transcript time marks
 * and turns, and the check-worthy sentences suggested in them.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"base", "base :: api", "base :: ui", "security", "workspace", "assist"})
package org.factbench.document;

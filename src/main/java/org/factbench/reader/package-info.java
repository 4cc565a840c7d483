/**
 * The document reader: a source's text with its claims painted in their verdicts' colours, the
 * sentences suggested for checking, and claims made from a selection or a suggestion, with the
 * claims already checked that are like them. It brings the document, claim and matching modules
 * together and owns no data.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reader",
    allowedDependencies = {
      "base",
      "base :: ui",
      "base :: live",
      "security",
      "workspace",
      "document",
      "claim",
      "claim :: panel",
      "matching",
      "assist"
    })
package org.factbench.reader;

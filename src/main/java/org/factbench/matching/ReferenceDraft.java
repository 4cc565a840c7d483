package org.factbench.matching;

import java.time.LocalDate;

/** One verified claim read from an uploaded collection, checked and ready to be stored. */
record ReferenceDraft(
    String claim, String title, String publisher, String url, String rating, LocalDate date) {}

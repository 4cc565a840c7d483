package org.factbench.document;

import java.time.Instant;
import java.time.LocalDate;

/** A document without its text, as lists show it. */
public record DocumentSummary(
    long id,
    long workspaceId,
    String title,
    String originUrl,
    String outlet,
    String speakers,
    LocalDate publishedOn,
    String language,
    String format,
    String fileName,
    int charCount,
    Long previousVersionId,
    Instant importedAt) {}

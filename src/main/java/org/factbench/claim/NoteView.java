package org.factbench.claim;

import java.time.Instant;

/**
 * A note as the discussion thread shows it; {@code html} is the sanitised rendering of {@code
 * body}.
 */
public record NoteView(
    long id,
    long authorId,
    String authorName,
    String body,
    String html,
    Instant createdAt,
    Instant editedAt,
    long version) {}

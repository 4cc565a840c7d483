package org.factbench.claim.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The address of a claim's public fact-check; empty removes it. */
record PublishedUrlRequest(
    @Schema(description = "http or https address; empty removes it") String url) {}

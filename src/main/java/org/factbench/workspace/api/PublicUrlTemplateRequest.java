package org.factbench.workspace.api;

/**
 * Where a workspace publishes its fact-checks: an http(s) address with {@code {id}} where the
 * claim's number goes, or empty for none.
 */
record PublicUrlTemplateRequest(String template) {}

package org.factbench.evidence;

/** A snapshot with the text extracted from its body ({@code truncated}: cut at the limit). */
public record ArchivedText(SnapshotView snapshot, String text, boolean truncated) {}

package org.factbench.review;

/**
 * A step the signed-in user could take on a claim now: allowed, or refused with the reason in words
 * (the same rule the service applies when they try).
 */
public record ReviewOption(
    ReviewAction action, boolean allowed, String whyNot, boolean needsReason) {}

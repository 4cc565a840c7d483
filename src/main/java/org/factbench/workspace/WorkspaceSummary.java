package org.factbench.workspace;

import org.factbench.security.Role;

/**
 * A workspace as its members see it, with the viewer's own role there; an {@code archived}
 * workspace is read-only for everyone until an installation admin unarchives it. {@code
 * publicUrlTemplate} is where the team publishes a claim's fact-check ({@code {id}} stands for the
 * claim's number), or empty.
 */
public record WorkspaceSummary(
    long id,
    String name,
    String description,
    String organisation,
    Role myRole,
    boolean archived,
    String publicUrlTemplate) {

  /** The public address of claim {@code claimId}'s fact-check by the template, or empty. */
  public String publicUrlOf(long claimId) {
    return publicUrlTemplate.isBlank()
        ? ""
        : publicUrlTemplate.replace(PUBLIC_URL_ID, Long.toString(claimId));
  }

  /** What a public URL template holds where the claim's number goes. */
  public static final String PUBLIC_URL_ID = "{id}";
}

package org.factbench.claim;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An entry of a workspace's rating scale: its label, colour and description, and its position (1 is
 * the best rating). Entries off the scale ("Unverifiable", "Not a factual claim") have no numeric
 * rating in ClaimReview.
 */
public record Verdict(
    long id,
    int position,
    String label,
    String colour,
    String description,
    boolean onScale,
    long version) {

  /**
   * The verdict in the columns {@code prefix}id, position, label, colour, description, on_scale and
   * version of a row (of {@code rating} or its published view {@code verdict}), or {@code null}
   * when the id is null.
   */
  public static Verdict from(ResultSet rs, String prefix) throws SQLException {
    Long id = (Long) rs.getObject(prefix + "id");
    return id == null
        ? null
        : new Verdict(
            id,
            rs.getInt(prefix + "position"),
            rs.getString(prefix + "label"),
            rs.getString(prefix + "colour"),
            rs.getString(prefix + "description"),
            rs.getBoolean(prefix + "on_scale"),
            rs.getLong(prefix + "version"));
  }
}

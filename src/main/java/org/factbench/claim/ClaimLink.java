package org.factbench.claim;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A short reference to another claim, with its state and verdict, for links and lookups. */
public record ClaimLink(
    long id,
    String wording,
    ClaimStatus status,
    String verdictLabel,
    String verdictColour,
    Long documentId,
    String documentTitle) {

  /**
   * The link in seven columns of a row from {@code first} on: id, wording, status, verdict label
   * and colour, document id and title.
   */
  public static ClaimLink from(ResultSet rs, int first) throws SQLException {
    return new ClaimLink(
        rs.getLong(first),
        rs.getString(first + 1),
        ClaimStatus.valueOf(rs.getString(first + 2)),
        rs.getString(first + 3),
        rs.getString(first + 4),
        (Long) rs.getObject(first + 5),
        rs.getString(first + 6));
  }
}

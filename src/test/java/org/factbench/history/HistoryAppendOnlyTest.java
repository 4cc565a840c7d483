package org.factbench.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.security.Role;
import org.factbench.security.UserSummary;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.factbench.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class HistoryAppendOnlyTest {

  static final String REFUSAL = "History rows cannot be changed or deleted";

  @Autowired Fixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  WorkspaceSummary ws;
  UserSummary editor;
  ClaimDetail claim;

  @BeforeEach
  void aClaimWithAHistory() {
    ws = fixtures.workspace("history");
    editor = fixtures.user("history-editor");
    fixtures.member(ws, editor, Role.EDITOR);
    claim = fixtures.as(editor, () -> claims.create(ws.id(), NewClaim.byHand("Taxes fell.")));
  }

  @Test
  void creating_a_claim_writes_a_history_row() {
    assertThat(fixtures.as(editor, () -> history.forClaim(ws.id(), claim.id())))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("created");
              assertThat(e.actorId()).isEqualTo(editor.id());
              assertThat(e.after()).isEqualTo("Taxes fell.");
            });
  }

  @Test
  void updating_history_rows_is_refused_by_the_database() {
    List<Map<String, Object>> before = rows();

    assertThatThrownBy(
            () ->
                jdbc.sql("update history set action = 'x' where workspace_id = ?")
                    .param(ws.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasRootCauseInstanceOf(SQLException.class)
        .rootCause()
        .hasMessageContaining(REFUSAL)
        .hasMessageContaining("UPDATE refused");

    assertThat(rows()).isEqualTo(before).isNotEmpty();
    assertThat(rows()).extracting(r -> r.get("action")).doesNotContain("x");
  }

  @Test
  void deleting_history_rows_is_refused_by_the_database() {
    List<Map<String, Object>> before = rows();
    long total = totalRows();

    assertThatThrownBy(
            () -> jdbc.sql("delete from history where workspace_id = ?").param(ws.id()).update())
        .isInstanceOf(DataAccessException.class)
        .hasRootCauseInstanceOf(SQLException.class)
        .rootCause()
        .hasMessageContaining(REFUSAL)
        .hasMessageContaining("DELETE refused");

    assertThat(rows()).isEqualTo(before).isNotEmpty();
    assertThat(totalRows()).isGreaterThanOrEqualTo(total);
  }

  @Test
  void truncating_the_history_is_refused_by_the_database() {
    List<Map<String, Object>> before = rows();
    long total = totalRows();

    assertThatThrownBy(() -> jdbc.sql("truncate history").update())
        .isInstanceOf(DataAccessException.class)
        .hasRootCauseInstanceOf(SQLException.class)
        .rootCause()
        .hasMessageContaining(REFUSAL)
        .hasMessageContaining("TRUNCATE refused");

    assertThat(rows()).isEqualTo(before).isNotEmpty();
    assertThat(totalRows()).isGreaterThanOrEqualTo(total);
  }

  @Test
  void a_plain_jdbc_connection_of_the_application_is_refused_too() throws SQLException {
    List<Map<String, Object>> before = rows();

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String sql :
          List.of(
              "update history set after_value = 'forged' where workspace_id = " + ws.id(),
              "delete from history where workspace_id = " + ws.id(),
              "truncate history")) {
        assertThatThrownBy(() -> statement.execute(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining(REFUSAL)
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      }
    }

    assertThat(rows()).isEqualTo(before);
  }

  /** The workspace's history rows, every column, in order. */
  private List<Map<String, Object>> rows() {
    return jdbc.sql("select * from history where workspace_id = ? order by id")
        .param(ws.id())
        .query()
        .listOfRows();
  }

  private long totalRows() {
    return jdbc.sql("select count(*) from history").query(Long.class).single();
  }
}

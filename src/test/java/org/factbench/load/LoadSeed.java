package org.factbench.load;

import java.util.ArrayList;
import java.util.List;
import org.factbench.testsupport.ClaimDataGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Seeds the load test's workspace into a node's database: member users (editors and reviewers, one
 * known password, bcrypt-hashed as the security package stores them) and many claims. The claims
 * come from one generator call ({@link #generateClaims}), so switching to a larger generator is a
 * one-line change.
 */
final class LoadSeed {

  /** The password of every load-test user. */
  static final String PASSWORD = "load-test-password-1";

  /** The seeded workspace and its members. */
  record Seeded(long workspaceId, List<String> editors, List<String> reviewers) {}

  private LoadSeed() {}

  static JdbcClient jdbc(String url) {
    SingleConnectionDataSource ds = new SingleConnectionDataSource(url, "postgres", "", true);
    return JdbcClient.create(ds);
  }

  /**
   * Seeds into the node's demo workspace (it has a rating scale): {@code editors} editors, {@code
   * reviewers} reviewers, {@code claims} claims by a seeding user; idempotent for the users.
   */
  static Seeded seed(JdbcClient jdbc, int editors, int reviewers, int claims) {
    return seed(
        jdbc,
        jdbc.sql("select id from workspace order by id limit 1").query(Long.class).single(),
        editors,
        reviewers,
        claims);
  }

  /** Seeds into the given workspace, which must have a rating scale. */
  static Seeded seed(JdbcClient jdbc, long ws, int editors, int reviewers, int claims) {
    String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
    long seeder = user(jdbc, "load-seeder", hash, ws, "EDITOR");
    List<String> eds = new ArrayList<>();
    List<String> revs = new ArrayList<>();
    for (int i = 1; i <= editors; i++) {
      String name = String.format("load-editor-%04d", i);
      user(jdbc, name, hash, ws, "EDITOR");
      eds.add(name);
    }
    for (int i = 1; i <= reviewers; i++) {
      String name = String.format("load-reviewer-%04d", i);
      user(jdbc, name, hash, ws, "REVIEWER");
      revs.add(name);
    }
    long have =
        jdbc.sql("select count(*) from claim where workspace_id = :ws and created_by = :s")
            .param("ws", ws)
            .param("s", seeder)
            .query(Long.class)
            .single();
    if (have < claims) {
      generateClaims(jdbc, ws, seeder, (int) (claims - have));
      // the seeder proposed every verdict and wrote every rationale, so any load user may review
      jdbc.sql(
              """
              update claim set verdict_by = created_by, edited_by = created_by,
                     rationale = case when rationale = '' then 'Seeded rationale for the load test.'
                                      else rationale end,
                     rating_id = coalesce(rating_id,
                        (select id from rating r where r.workspace_id = claim.workspace_id
                          order by r.position limit 1))
              where workspace_id = :ws and created_by = :s
              """)
          .param("ws", ws)
          .param("s", seeder)
          .update();
    }
    return new Seeded(ws, eds, revs);
  }

  /** The one place that makes the claims. */
  static void generateClaims(JdbcClient jdbc, long ws, long actor, int count) {
    ClaimDataGenerator.generate(jdbc, ws, actor, count);
  }

  private static long user(JdbcClient jdbc, String name, String hash, long ws, String role) {
    Long id =
        jdbc.sql("select id from app_user where username = :u")
            .param("u", name)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (id == null) {
      id =
          jdbc.sql(
                  "insert into app_user (username, display_name, password_hash) values (:u, :d, :h)"
                      + " returning id")
              .param("u", name)
              .param("d", name.replace('-', ' '))
              .param("h", hash)
              .query(Long.class)
              .single();
    }
    jdbc.sql(
            "insert into workspace_member (workspace_id, user_id, role) values (:w, :u, :r)"
                + " on conflict do nothing")
        .param("w", ws)
        .param("u", id)
        .param("r", role)
        .update();
    return id;
  }
}

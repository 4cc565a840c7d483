package org.factbench.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factbench.assist.FigureCheck;
import org.factbench.document.extract.Timecode;
import org.factbench.document.extract.Timecodes;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills one workspace with a newsroom's worth of work, set-based (a few large {@code insert ...
 * select ... generate_series} statements), for benchmarks and load tests: member users who can sign
 * in, claimants, documents (briefings and transcripts of a few KB to tens of KB, written here, with
 * their timecodes), claims of which most are anchored in those documents (offsets, quote and
 * context consistent with the text, as the annotator stores them), sources, notes in Markdown, open
 * disputes, same-claim links, the history rows the application writes for what was created, and the
 * derived figure check. Everything is deterministic: the same sizes give the same data.
 *
 * <p>Used inside the test application ({@link #populate}, on the context's data source) and
 * standalone against a server the application runs on ({@link #main}).
 */
public final class WorkspaceDataGenerator {

  /** How much to generate. */
  public record Sizes(int claims, int sources, int notes, int documents, int members) {

    /** The figures of issue 7: 100,000 claims, 300,000 sources, 50,000 notes, 500 documents. */
    public static final Sizes FULL = new Sizes(100_000, 300_000, 50_000, 500, 200);

    /** These sizes times {@code factor} (at least one document and three members). */
    public Sizes times(double factor) {
      return new Sizes(
          (int) Math.max(10, claims * factor),
          (int) (sources * factor),
          (int) (notes * factor),
          (int) Math.max(1, documents * factor),
          members);
    }
  }

  /** What was generated: the workspace, its members' user names and the rows, with the time. */
  public record Result(
      long workspaceId, List<String> usernames, Map<String, Long> rows, long millis) {

    /** One line per table and the time, ready to paste. */
    public String summary() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("[generator] workspace %d loaded in %,d ms%n", workspaceId, millis));
      rows.forEach((table, n) -> sb.append(String.format("[generator] %-18s %,10d%n", table, n)));
      return sb.toString();
    }
  }

  private static final String[] FIRST = {
    "Ana", "Ben", "Chiara", "Dmitri", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kasia",
    "Lars", "Mira", "Nuno", "Olga", "Pavel", "Rosa", "Sami", "Tereza", "Ugo"
  };
  private static final String[] LAST = {
    "Hale",
    "Varga",
    "Okafor",
    "Novak",
    "Lindqvist",
    "Moreau",
    "Kowalski",
    "Fischer",
    "Rossi",
    "Jansen",
    "Horvat",
    "Costa",
    "Berg",
    "Dumitru",
    "Keller",
    "Petrov",
    "Silva",
    "Nagy",
    "Weber",
    "Quinn"
  };
  private static final String[] OFFICES = {
    "Senator", "Minister", "Governor", "Mayor", "Spokesperson", "Analyst", "Professor", "MP"
  };
  private static final String[] TOPICS = {
    "defence spending", "the health budget", "unemployment", "inflation", "the deficit",
    "pension payments", "energy imports", "the trade balance", "rent prices", "school funding",
    "police numbers", "hospital waiting lists", "emissions", "the minimum wage", "public debt"
  };
  private static final String[] VERBS = {
    "rose to", "fell to", "reached", "doubled to", "dropped to", "climbed to", "stood at", "hit"
  };
  private static final String[] UNITS = {
    "percent", "% of GDP", "million euros", "billion euros", "thousand people", "percent a year"
  };
  private static final String[] FILLER = {
    "Thank you, and good evening to everyone joining us tonight.",
    "I think the public deserves a clearer answer on where the money went.",
    "Let me come back to that point in a moment, because it matters.",
    "We have always said that this is about trust, not only about numbers.",
    "That is simply not what the people I meet every week are telling me.",
    "Nobody in this room wants to see that happen again.",
    "The committee will look at the details over the coming months.",
    "Our opponents like to talk about this, but they never explain their plan."
  };

  private WorkspaceDataGenerator() {}

  /**
   * Standalone: {@code java -cp ... WorkspaceDataGenerator JDBC_URL USER PASSWORD WORKSPACE [CLAIMS
   * SOURCES NOTES DOCUMENTS MEMBERS]}; migrates the schema if the application has not yet, creates
   * the workspace and its members (password: {@code FACTBENCH_BENCH_PASSWORD}, else {@link
   * Fixtures#PASSWORD}) and prints the row counts and the time.
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: WorkspaceDataGenerator JDBC_URL DB_USER DB_PASSWORD WORKSPACE_NAME"
              + " [CLAIMS SOURCES NOTES DOCUMENTS MEMBERS]");
      System.exit(2);
    }
    Sizes sizes =
        args.length >= 9
            ? new Sizes(
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                Integer.parseInt(args[6]),
                Integer.parseInt(args[7]),
                Integer.parseInt(args[8]))
            : Sizes.FULL;
    String password = System.getenv().getOrDefault("FACTBENCH_BENCH_PASSWORD", Fixtures.PASSWORD);
    Flyway.configure()
        .dataSource(args[0], args[1], args[2])
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
      long t0 = System.nanoTime();
      long ws = createWorkspace(c, args[3]);
      Result r = populate(c, ws, slug(args[3]), sizes, password);
      System.out.print(r.summary());
      System.out.printf(
          "[generator] total with the workspace: %,d ms; members %s ... %s sign in with the"
              + " password given%n",
          (System.nanoTime() - t0) / 1_000_000, r.usernames().getFirst(), r.usernames().getLast());
    }
  }

  /** Drops the named indexes of the claim table; the statements that create them again. */
  private static List<String> dropIndexes(Connection c, String... names) throws SQLException {
    List<String> defs = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename = 'claim' and indexname = any (?)")) {
      ps.setArray(1, c.createArrayOf("text", names));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          defs.add(rs.getString(2));
          try (Statement drop = c.createStatement()) {
            drop.execute("drop index " + rs.getString(1));
          }
        }
      }
    }
    return defs;
  }

  /** Creates a workspace with the default rating scale, as the application does; its id. */
  public static long createWorkspace(Connection c, String name) throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into workspace (name, description, organisation) values (?, ?, ?) returning id")) {
      ps.setString(1, name);
      ps.setString(2, "Generated for benchmarks and load tests");
      ps.setString(3, "Bench Desk");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into rating (workspace_id, position, label, colour, description, on_scale)
            select ?, s.position, s.label, s.colour, s.description, s.on_scale
            from (values
                (1, 'True', '#2e7d32', 'Accurate, nothing significant missing.', true),
                (2, 'Mostly true', '#689f38', 'Accurate but needs clarification or extra information.', true),
                (3, 'Mixed', '#f9a825', 'Partly accurate, partly not.', true),
                (4, 'Misleading', '#ef6c00', 'Accurate facts arranged to give a false impression.', true),
                (5, 'Mostly false', '#e64a19', 'Contains an element of truth but ignores critical facts.', true),
                (6, 'False', '#c62828', 'Not accurate.', true),
                (7, 'Unverifiable', '#757575', 'The evidence available cannot settle it.', false),
                (8, 'Not a factual claim', '#9e9e9e', 'Opinion, prediction or rhetoric; nothing to check.', false)
            ) as s (position, label, colour, description, on_scale)
            """)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    return id;
  }

  /**
   * Fills an existing workspace (with its rating scale); member user names start with {@code
   * userPrefix}. Commits as it goes (the connection's auto-commit is turned on).
   */
  public static Result populate(
      Connection c, long workspaceId, String userPrefix, Sizes sizes, String password)
      throws SQLException {
    long t0 = System.nanoTime();
    c.setAutoCommit(true);
    try (Statement st = c.createStatement()) {
      st.execute("set synchronous_commit = off");
      st.execute("set work_mem = '64MB'");
      st.execute("set maintenance_work_mem = '256MB'");
    }
    boolean superuser =
        longs(c, "select count(*) from pg_roles where rolname = current_user and rolsuper")[0] > 0;
    if (superuser) {
      // as pg_restore --disable-triggers does: foreign keys are checked by triggers, one lookup per
      // key per row; the rows written here are consistent by construction (the generator's test
      // checks it), so the load skips those checks when the role may
      try (Statement st = c.createStatement()) {
        st.execute("set session_replication_role = replica");
      }
    }
    List<String> usernames;
    try {
      usernames = users(c, workspaceId, userPrefix, sizes.members(), password);
      long[] editors = ids(c, workspaceId, "EDITOR");
      long[] reviewers = ids(c, workspaceId, "REVIEWER");
      long[] ratings =
          longs(
              c,
              "select id from rating where workspace_id = " + workspaceId + " order by position");
      long claimantBase = claimants(c, workspaceId);
      step("documents", () -> documents(c, workspaceId, sizes, editors));
      // a large load builds the claim's full-text, trigram and tag indexes once instead of updating
      // them row by row: they are dropped and created again (as the migrations define them, read
      // from the catalogue) in the load's own transaction, so a failed load leaves them as they
      // were
      c.setAutoCommit(false);
      List<String> rebuilt =
          sizes.claims() >= 10_000
              ? dropIndexes(c, "claim_search_idx", "claim_wording_trgm", "claim_tags_idx")
              : List.of();
      step(
          "claims", () -> claims(c, workspaceId, sizes, editors, reviewers, ratings, claimantBase));
      step("sources", () -> sources(c, sizes, editors));
      // before the indexes are back: the update rewrites the claims it flags
      step("figure checks", () -> figureChecks(c, workspaceId));
      step(
          "claim indexes",
          () -> {
            try (Statement st = c.createStatement()) {
              for (String def : rebuilt) {
                st.execute(def);
              }
            }
            c.commit();
            c.setAutoCommit(true);
          });
      step("notes", () -> notes(c, sizes, editors, reviewers));
      step(
          "disputes and links",
          () -> {
            disputes(c, workspaceId, reviewers, ratings);
            sameClaims(c, sizes);
          });
      step("history", () -> history(c, workspaceId));
      step(
          "analyze",
          () -> {
            try (Statement st = c.createStatement()) {
              st.execute(
                  "analyze app_user, workspace_member, claimant, document, document_timecode, claim,"
                      + " source, note, dispute, history");
            }
          });
    } finally {
      // the connection may go back to a pool: leave it as it was
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      try (Statement st = c.createStatement()) {
        st.execute("drop table if exists gen_span, gen_claim");
        st.execute("reset synchronous_commit");
        st.execute("reset work_mem");
        st.execute("reset maintenance_work_mem");
        if (superuser) {
          st.execute("reset session_replication_role");
        }
      }
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Result(workspaceId, usernames, counts(c, workspaceId), millis);
  }

  private interface Step {
    void run() throws SQLException;
  }

  /**
   * Runs one part of the load and prints its time (the load's profile, to see what to speed up).
   */
  private static void step(String what, Step step) throws SQLException {
    long t0 = System.nanoTime();
    step.run();
    System.out.printf("[generator]   %-20s %,7d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<String> users(
      Connection c, long ws, String prefix, int members, String password) throws SQLException {
    // one bcrypt hash for all: hashing 200 times would take longer than the rest of the users
    String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into app_user (username, display_name, password_hash)
            select ? || '-' || lpad(g::text, 3, '0'),
                   (array[%s])[1 + g %% 20] || ' ' || (array[%s])[1 + (g / 20) %% 20],
                   ?
            from generate_series(1, ?) g
            """
                .formatted(quoted(FIRST), quoted(LAST)))) {
      ps.setString(1, prefix);
      ps.setString(2, hash);
      ps.setInt(3, members);
      ps.executeUpdate();
    }
    // a few admins, editors most, then reviewers and viewers
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into workspace_member (workspace_id, user_id, role)
            select ?, u.id,
                   case when n <= greatest(1, ? / 40) then 'ADMIN'
                        when n <= ? * 65 / 100 then 'EDITOR'
                        when n <= ? * 85 / 100 then 'REVIEWER'
                        else 'VIEWER' end
            from (select id, row_number() over (order by id) as n from app_user
                  where username like ? || '-%') u
            on conflict do nothing
            """)) {
      ps.setLong(1, ws);
      ps.setInt(2, members);
      ps.setInt(3, members);
      ps.setInt(4, members);
      ps.setString(5, prefix);
      ps.executeUpdate();
    }
    for (int g = 1; g <= members; g++) {
      names.add(prefix + "-" + String.format("%03d", g));
    }
    return names;
  }

  private static long[] ids(Connection c, long ws, String role) throws SQLException {
    long[] ids =
        longs(
            c,
            "select user_id from workspace_member where workspace_id = "
                + ws
                + " and role in ('"
                + role
                + "', 'ADMIN') order by user_id");
    if (ids.length == 0) {
      throw new IllegalStateException("The workspace has no " + role + "; add members first");
    }
    return ids;
  }

  /** 400 claimants (people with offices and organisations); the id before the first. */
  private static long claimants(Connection c, long ws) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into claimant (workspace_id, name, kind)
            select ?, case when g %% 10 = 0
                           then 'The ' || (array[%s])[1 + g %% 15] || ' office ' || g
                           else (array[%s])[1 + g %% 8] || ' ' || (array[%s])[1 + g %% 20] || ' '
                                || (array[%s])[1 + (g / 20) %% 20] end,
                   case when g %% 10 = 0 then 'ORGANISATION' else 'PERSON' end
            from generate_series(0, 399) g
            on conflict do nothing
            """
                .formatted(quoted(TOPICS), quoted(OFFICES), quoted(FIRST), quoted(LAST)))) {
      ps.setLong(1, ws);
      ps.executeUpdate();
    }
    return longs(c, "select min(id) - 1 from claimant where workspace_id = " + ws)[0];
  }

  /** The speaker of turn {@code g}, as {@link #claimants} names claimant {@code g}. */
  private static String speaker(int g) {
    return OFFICES[g % 8] + " " + FIRST[g % 20] + " " + LAST[(g / 20) % 20];
  }

  /** A checkable sentence stating a figure, from its number {@code k}. */
  private static String factSentence(Random r, int k) {
    String topic = TOPICS[k % TOPICS.length];
    String figure =
        switch (k % 4) {
          case 0 -> (1 + r.nextInt(40)) + "." + r.nextInt(10) + " " + UNITS[k % UNITS.length];
          case 1 -> String.format("%,d", 1_000 + r.nextInt(400_000)) + " people";
          case 2 -> (2 + r.nextInt(60)) + " percent";
          default -> (1 + r.nextInt(900)) + " " + UNITS[(k / 4) % UNITS.length];
        };
    String when = "in " + (1995 + r.nextInt(31));
    return switch (k % 5) {
      case 0 ->
          Character.toUpperCase(topic.charAt(0))
              + topic.substring(1)
              + " "
              + VERBS[k % VERBS.length]
              + " "
              + figure
              + " "
              + when
              + ".";
      case 1 -> "Since we took office, " + topic + " has " + VERBS[k % 8] + " " + figure + ".";
      case 2 ->
          "According to the statistics office, "
              + topic
              + " "
              + VERBS[(k / 5) % 8]
              + " "
              + figure
              + " "
              + when
              + ", the highest level in a decade.";
      case 3 ->
          "Our government cut "
              + topic
              + " by "
              + figure
              + " "
              + when
              + ", while the opposition promised the opposite.";
      default ->
          "Independent estimates put " + topic + " at " + figure + " by the end of last year.";
    };
  }

  /**
   * Writes the documents in Java (their text, hash and timecodes), and the sentence spans claims
   * are anchored to into a temporary table.
   */
  private static void documents(Connection c, long ws, Sizes sizes, long[] editors)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "create temp table gen_span (n int primary key, document_id bigint, s int, e int,"
              + " quote text, prefix text, suffix text, seconds int, claimant int)");
    }
    List<Object[]> spans = new ArrayList<>();
    Random r = new Random(7);
    try (PreparedStatement doc =
            c.prepareStatement(
                """
                insert into document (workspace_id, title, origin_url, outlet, speakers, published_on,
                                      format, file_name, text, text_sha256, char_count, imported_by,
                                      imported_at)
                values (?, ?, ?, ?, ?, current_date - ?, 'text/plain', ?, ?, ?, ?, ?, now() - ? * interval '1 hour')
                returning id
                """);
        PreparedStatement tc =
            c.prepareStatement(
                "insert into document_timecode (document_id, char_offset, seconds, end_seconds,"
                    + " label) values (?, ?, ?, ?, ?) on conflict do nothing")) {
      for (int d = 0; d < sizes.documents(); d++) {
        boolean transcript = d % 2 == 0;
        // a few KB to tens of KB: mostly 3-20 KB, every tenth up to 60 KB
        int target = d % 10 == 9 ? 30_000 + r.nextInt(30_000) : 3_000 + r.nextInt(17_000);
        StringBuilder text = new StringBuilder();
        List<int[]> found = new ArrayList<>(); // start, end, seconds, speaker
        int second = r.nextInt(60);
        // people, not organisations (claimants whose number ends in 0), speak in transcripts
        int[] cast = {1 + 10 * r.nextInt(40), 2 + 10 * r.nextInt(40), 3 + 10 * r.nextInt(40)};
        if (!transcript) {
          text.append("Briefing: ").append(TOPICS[d % TOPICS.length]).append("\n\n");
        }
        int k = d * 131;
        while (text.length() < target) {
          int who = cast[k % 3];
          if (transcript) {
            text.append(
                String.format(
                    "%d:%02d:%02d %s: ",
                    second / 3600, (second / 60) % 60, second % 60, speaker(who)));
          } else if (k % 9 == 0) {
            text.append("## ").append(TOPICS[k % TOPICS.length]).append("\n\n");
          }
          int sentences = 2 + r.nextInt(4);
          for (int s = 0; s < sentences; s++) {
            k++;
            if (s > 0) {
              text.append(' ');
            }
            if (r.nextInt(3) == 0) {
              text.append(FILLER[r.nextInt(FILLER.length)]);
            } else {
              int start = text.length();
              text.append(factSentence(r, k));
              found.add(new int[] {start, text.length(), second, transcript ? who : -1});
            }
          }
          text.append("\n\n");
          second += 5 + r.nextInt(40);
        }
        String body = text.toString();
        String title =
            (transcript ? "Debate transcript " : "Briefing ")
                + (d + 1)
                + ": "
                + TOPICS[d % TOPICS.length];
        doc.setLong(1, ws);
        doc.setString(2, title);
        doc.setString(
            3, "https://news.example.org/" + (transcript ? "debates/" : "briefings/") + d);
        doc.setString(4, transcript ? "National Broadcaster" : "Government Press Office");
        doc.setString(
            5,
            transcript ? speaker(cast[0]) + ", " + speaker(cast[1]) + ", " + speaker(cast[2]) : "");
        doc.setInt(6, d % 700);
        doc.setString(7, "document-" + d + ".txt");
        doc.setString(8, body);
        doc.setString(9, sha256(body));
        doc.setInt(10, body.length());
        doc.setLong(11, editors[d % editors.length]);
        doc.setInt(12, sizes.documents() - d);
        long id;
        try (ResultSet rs = doc.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        if (transcript) {
          for (Timecode t : Timecodes.find(body)) {
            tc.setLong(1, id);
            tc.setInt(2, t.offset());
            tc.setInt(3, t.seconds());
            tc.setObject(4, t.endSeconds());
            tc.setString(5, t.label());
            tc.addBatch();
          }
          tc.executeBatch();
        }
        for (int[] f : found) {
          spans.add(
              new Object[] {
                id,
                f[0],
                f[1],
                body.substring(f[0], f[1]),
                body.substring(Math.max(0, f[0] - 32), f[0]),
                body.substring(f[1], Math.min(body.length(), f[1] + 32)),
                transcript ? f[2] : null,
                f[3] < 0 ? null : f[3]
              });
        }
      }
    }
    // spans interleaved across documents, so consecutive claims come from different documents
    List<Object[]> order = new ArrayList<>(spans);
    java.util.Collections.shuffle(order, new Random(11));
    int n = order.size();
    Long[] doc = new Long[n];
    Integer[] s = new Integer[n];
    Integer[] e = new Integer[n];
    String[] quote = new String[n];
    String[] prefix = new String[n];
    String[] suffix = new String[n];
    Integer[] seconds = new Integer[n];
    Integer[] claimant = new Integer[n];
    for (int i = 0; i < n; i++) {
      Object[] o = order.get(i);
      doc[i] = (Long) o[0];
      s[i] = (Integer) o[1];
      e[i] = (Integer) o[2];
      quote[i] = (String) o[3];
      prefix[i] = (String) o[4];
      suffix[i] = (String) o[5];
      seconds[i] = (Integer) o[6];
      claimant[i] = (Integer) o[7];
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            insert into gen_span
            select row_number() over (), * from unnest(?::bigint[], ?::int[], ?::int[], ?::text[],
                                                     ?::text[], ?::text[], ?::int[], ?::int[])
            """)) {
      ps.setArray(1, c.createArrayOf("bigint", doc));
      ps.setArray(2, c.createArrayOf("integer", s));
      ps.setArray(3, c.createArrayOf("integer", e));
      ps.setArray(4, c.createArrayOf("text", quote));
      ps.setArray(5, c.createArrayOf("text", prefix));
      ps.setArray(6, c.createArrayOf("text", suffix));
      ps.setArray(7, c.createArrayOf("integer", seconds));
      ps.setArray(8, c.createArrayOf("integer", claimant));
      ps.executeUpdate();
    }
  }

  /**
   * Claims: 70% anchored in a document sentence (wording = the quote, claimant = its speaker in
   * transcripts), the rest entered by hand; a spread of statuses with the verdicts, rationales,
   * reviewers and times the workflow would leave; tags; assignees; half a percent deleted.
   */
  private static void claims(
      Connection c,
      long ws,
      Sizes sizes,
      long[] editors,
      long[] reviewers,
      long[] ratings,
      long claimantBase)
      throws SQLException {
    int spans = (int) longs(c, "select count(*) from gen_span")[0];
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("ws", ws);
    p.put("claimantBase", claimantBase);
    p.put("editors", editors);
    p.put("ratings", ratings);
    p.put("count", sizes.claims());
    p.put("spans", Math.max(1, spans));
    update(
        c,
        """
            insert into claim (workspace_id, document_id, anchor_start, anchor_end, quote, quote_prefix,
                               quote_suffix, wording, claimant_id, time_seconds, tags, assignee_id, status,
                               rating_id, rationale, created_by, created_at, updated_by, updated_at,
                               verdict_by, edited_by, status_changed_at, deleted_at, deleted_by)
            select :ws, sp.document_id, sp.s, sp.e, sp.quote, sp.prefix, sp.suffix,
                   coalesce(sp.quote,
                     upper(left(tp[1 + g % 15], 1)) || substr(tp[1 + g % 15], 2) || ' ' || vb[1 + (g / 15) % 8] || ' ' || (g % 997) || ' '
                     || un[1 + g % 6] || ' in ' || (1990 + g % 35) || ', according to ' || src[1 + g % 8]
                     || case when g % 4 = 0 then ', the highest figure since records began.' else '.' end),
                   case when sp.claimant is not null then :claimantBase + 1 + sp.claimant
                        when g % 5 <> 0 then :claimantBase + 1 + (g * 7) % 400 end,
                   sp.seconds,
                   case g % 4 when 0 then array[tg[1 + g % 12]]
                              when 1 then array[tg[1 + g % 12], tg[1 + (g / 12) % 12 + 12]]
                              when 2 then array[tg[1 + g % 12], tg[1 + (g / 12) % 12 + 12], 'priority']
                              else '{}' end,
                   case when g % 10 < 7 then (:editors)[1 + g % cardinality(:editors)] end,
                   st,
                   case when st in ('NEW', 'IN_RESEARCH') and g % 3 <> 0 then null
                        else (:ratings)[1 + (g / 7) % cardinality(:ratings)] end,
                   case when st in ('NEW') then ''
                        else 'The ' || src[1 + g % 8] || ' series for ' || (1990 + g % 35) || ' gives '
                          || (g % 613) || ' ' || un[1 + (g / 3) % 6] || ', not ' || (g % 997) || '. '
                          || 'The claim compares ' || tp[1 + (g / 5) % 15] || ' across different base years'
                          || case when g % 2 = 0 then ' and leaves out the revision published the following'
                             || ' spring, which lowered the figure for every region.' else '.' end end,
                   (:editors)[1 + (g / 3) % cardinality(:editors)], t,
                   (:editors)[1 + (g / 3) % cardinality(:editors)], t + interval '3 hours',
                   case when not (st in ('NEW', 'IN_RESEARCH') and g % 3 <> 0)
                        then (:editors)[1 + (g / 3) % cardinality(:editors)] end,
                   (:editors)[1 + (g / 3) % cardinality(:editors)],
                   t + interval '3 hours',
                   case when g % 200 = 199 then t + interval '1 day' end,
                   case when g % 200 = 199 then (:editors)[1 + g % cardinality(:editors)] end
            from generate_series(1, :count) g
              left join gen_span sp on g % 10 < 7 and sp.n = 1 + (g * 7 / 10) % :spans
              cross join lateral (select now() - (:count - g) * interval '10 minutes' as t,
                   (array['NEW','NEW','NEW','NEW','IN_RESEARCH','IN_RESEARCH','IN_RESEARCH','IN_RESEARCH',
                          'IN_RESEARCH','READY_FOR_REVIEW','READY_FOR_REVIEW','RETURNED','APPROVED',
                          'APPROVED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED','PUBLISHED',
                          'WITHDRAWN'])[1 + g % 20] as st0) x
              cross join lateral (select case when g % 50 = 12 then 'DISPUTED' else x.st0 end as st) y,
              (select array[{topics}] as tp, array[{verbs}] as vb,
                      array['percent','million euros','billion euros','thousand people','soldiers','votes'] as un,
                      array['the ministry','the statistics office','NATO','the UN','the central bank',
                            'an independent survey','the opposition','parliament'] as src,
                      array['economy','war','budget','health','elections','energy','trade','housing',
                            'education','climate','crime','migration',
                            'europe','local','national','social-media','tv-debate','press-release',
                            'interview','speech','manifesto','viral','statistics','follow-up'] as tg) v
            """
            .replace("{topics}", quoted(TOPICS))
            .replace("{verbs}", quoted(VERBS)),
        p);
    try (Statement st = c.createStatement()) {
      st.execute(
          "create temp table gen_claim as select row_number() over (order by id)::int as n, id,"
              + " status from claim where workspace_id = "
              + ws);
      st.execute("alter table gen_claim add primary key (n)");
    }
  }

  /**
   * Sources: on the older three quarters of the claims (the newest are still being researched),
   * about four each, unevenly; URL, title, publisher, dates, a passage of two to four sentences, a
   * stance, and a reference figure on one in ten.
   */
  private static void sources(Connection c, Sizes sizes, long[] editors) throws SQLException {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("count", sizes.sources());
    p.put("m", Math.max(1, sizes.claims() * 3 / 4));
    p.put("editors", editors);
    update(
        c,
        """
        insert into source (claim_id, url, title, publisher, published_on, accessed_on, passage, stance,
                            reliability_note, figure, figure_as_of, created_by, created_at)
        select gc.id,
               'https://' || dom[1 + k % 10] || '/' || sec[1 + (k / 10) % 5] || '/' || (2000 + k % 26) || '/'
                 || replace(tp[1 + k % 15], ' ', '-') || '-' || k,
               initcap(tp[1 + k % 15]) || ': ' || kind[1 + (k / 15) % 6] || ' ' || (2000 + k % 26),
               pub[1 + k % 10],
               date '2000-01-01' + (k % 9400),
               date '2024-01-01' + (k % 700),
               'In ' || (2000 + k % 26) || ', ' || tp[1 + k % 15] || ' ' || vb[1 + k % 8] || ' ' || (k % 97) || '.'
                 || (k % 10) || ' ' || un[1 + k % 6] || ', ' || pub[1 + k % 10] || ' reported. '
                 || case when k % 3 <> 0 then 'The series was revised in ' || (2001 + k % 25) || ' after a change'
                      || ' in how ' || tp[1 + (k / 3) % 15] || ' is counted; earlier years are not comparable. ' else '' end
                 || case when k % 2 = 0 then 'Regional figures differ widely: the capital accounts for about a'
                      || ' third of the total, and rural areas report later than cities. ' else '' end
                 || 'See table ' || (1 + k % 40) || ' for the full breakdown by year and region.',
               case when k % 10 < 5 then 'SUPPORTS' when k % 10 < 8 then 'REFUTES' else 'CONTEXT' end,
               case when k % 7 = 0 then 'Official statistics; revised every spring.'
                    when k % 7 = 1 then 'Advocacy group; figures not independently audited.' else '' end,
               case when k % 20 = 0 then (1 + k % 40) || '.' || (k % 7) || '%'
                    when k % 20 = 10 then to_char(1000 + k % 400000, 'FM999,999') || '-'
                                        || to_char(1200 + k % 400000 + k % 50000, 'FM999,999')
                    else '' end,
               case when k % 10 = 0 then date '2020-01-01' + (k % 1800) end,
               (:editors)[1 + k % cardinality(:editors)],
               now() - (k % 100000) * interval '7 minutes'
        from generate_series(1, :count) k
          join gen_claim gc on gc.n = 1 + abs(hashint4(k)) % :m,
          (select array['stats.example.gov','data.example.org','news.example.com','budget.example.gov',
                        'research.example.edu','factsheets.example.org','archive.example.net',
                        'parliament.example.gov','centralbank.example.eu','press.example.com'] as dom,
                  array['reports','news','data','releases','analysis'] as sec,
                  array['annual report','quarterly figures','fact sheet','press release','explainer',
                        'dataset'] as kind,
                  array['National Statistics Office','Ministry of Finance','The Daily Ledger',
                        'Central Bank','Institute for Fiscal Studies','Eurostat','Parliamentary Library',
                        'Health Observatory','Reuters','Open Data Portal'] as pub,
                  array[{topics}] as tp, array[{verbs}] as vb,
                  array['percent','million euros','billion euros','thousand people','% of GDP',
                        'percent a year'] as un) v
        """
            .replace("{topics}", quoted(TOPICS))
            .replace("{verbs}", quoted(VERBS)),
        p);
  }

  /**
   * Notes: a few sentences of Markdown each, by editors and reviewers, unevenly over the claims.
   */
  private static void notes(Connection c, Sizes sizes, long[] editors, long[] reviewers)
      throws SQLException {
    long[] authors =
        java.util.stream.LongStream.concat(
                java.util.Arrays.stream(editors), java.util.Arrays.stream(reviewers))
            .distinct()
            .toArray();
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("count", sizes.notes());
    p.put("m", Math.max(1, sizes.claims() * 3 / 4));
    p.put("authors", authors);
    update(
        c,
        """
        insert into note (claim_id, author_id, body, created_at, edited_at)
        select gc.id, (:authors)[1 + k % cardinality(:authors)],
               '**' || lead[1 + k % 5] || '** ' || 'the ' || tp[1 + k % 15] || ' figure against the '
                 || (2000 + k % 26) || ' release. ' || said[1 + (k / 5) % 6]
                 || case when k % 3 = 0 then E'\n\n- ' || todo[1 + k % 4] || E'\n- ' || todo[1 + (k / 4) % 4]
                    else '' end
                 || case when k % 4 = 0 then E'\n\nSee [the release](https://stats.example.gov/releases/'
                    || k || ').' else '' end,
               now() - (k % 50000) * interval '13 minutes',
               case when k % 9 = 0 then now() - (k % 50000) * interval '12 minutes' end
        from generate_series(1, :count) k
          join gen_claim gc on gc.n = 1 + abs(hashint4(k * 31 + 7)) % :m,
          (select array['Checked','Called the press office about','Compared','Still open:','Careful with']
                    as lead,
                  array['The numbers match once pensions are left out.',
                        'They count people, not households, so the comparison does not hold.',
                        'The spokesperson promised the underlying table by Friday.',
                        'Two of our sources quote the same press release, so they are one source.',
                        'The chart in the speech starts its axis at 40, which exaggerates the rise.',
                        'Nothing in the archive supports the earlier figure.'] as said,
                  array['ask the ministry for the regional split','find the original survey',
                        'check the 2019 revision','get a second reviewer on the verdict'] as todo,
                  array[{topics}] as tp) v
        """
            .replace("{topics}", quoted(TOPICS)),
        p);
  }

  /** An open dispute for every disputed claim, as the review workflow leaves it. */
  private static void disputes(Connection c, long ws, long[] reviewers, long[] ratings)
      throws SQLException {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("ws", ws);
    p.put("reviewers", reviewers);
    p.put("ratings", ratings);
    update(
        c,
        """
        insert into dispute (workspace_id, claim_id, opened_by, opened_at, original_rating_id,
                             original_rationale, original_by, proposed_rating_id, reason)
        select :ws, c.id, (:reviewers)[1 + c.id % cardinality(:reviewers)], c.status_changed_at,
               c.rating_id, c.rationale, c.verdict_by,
               (select r from unnest(:ratings) r where r <> c.rating_id offset c.id % 5 limit 1),
               'The verdict ignores the revised series; the figure is within the margin of error.'
        from claim c
        where c.workspace_id = :ws and c.status = 'DISPUTED' and c.deleted_at is null
          and c.rating_id is not null
        """,
        p);
  }

  /** One claim in fifty repeats an earlier one ("same claim as"), always the first of its group. */
  private static void sameClaims(Connection c, Sizes sizes) throws SQLException {
    update(
        c,
        """
        update claim c set same_as_id = r.id
        from gen_claim g join gen_claim r on r.n = g.n - 49
        where c.id = g.id and g.n % 50 = 1 and g.n > 50
        """,
        Map.of());
  }

  /**
   * The history rows the application writes when claims are created and sources and notes added
   * (the same subject, action and values), at the times the rows carry.
   */
  private static void history(Connection c, long ws) throws SQLException {
    update(
        c,
        """
        insert into history (workspace_id, subject_type, subject_id, claim_id, actor_id, at, action,
                             before_value, after_value)
        select :ws, 'claim', c.id, c.id, c.created_by, c.created_at, 'created', null, c.wording
        from gen_claim g join claim c on c.id = g.id
        union all
        select :ws, 'source', s.id, s.claim_id, s.created_by, s.created_at, 'source added', null,
               case s.stance when 'SUPPORTS' then 'Supports' when 'REFUTES' then 'Refutes'
                             else 'Gives context' end || ': ' || s.url
        from gen_claim g join source s on s.claim_id = g.id
        union all
        select :ws, 'note', n.id, n.claim_id, n.author_id, n.created_at, 'note added', null, n.body
        from gen_claim g join note n on n.claim_id = g.id
        """,
        Map.of("ws", ws));
  }

  /** The derived figure check, computed by the application's own {@link FigureCheck}. */
  private static void figureChecks(Connection c, long ws) throws SQLException {
    List<Long> ids = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            """
            select c.id, c.wording, array_agg(s.figure order by s.id)
            from claim c join source s on s.claim_id = c.id
            where c.workspace_id = ? and s.figure <> ''
            group by c.id, c.wording
            """)) {
      ps.setLong(1, ws);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> figures = List.of((String[]) rs.getArray(3).getArray());
          FigureCheck.check(rs.getString(2), figures, FigureCheck.DEFAULT_TOLERANCE)
              .ifPresent(
                  flag -> {
                    try {
                      ids.add(rs.getLong(1));
                    } catch (SQLException e) {
                      throw new IllegalStateException(e);
                    }
                    flags.add(flag.length() > 500 ? flag.substring(0, 499) + "…" : flag);
                  });
        }
      }
    }
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("ids", ids.stream().mapToLong(Long::longValue).toArray());
    p.put("flags", flags.toArray(String[]::new));
    update(
        c,
        "update claim c set figure_check = f.flag from unnest(:ids, :flags) as f (id, flag)"
            + " where c.id = f.id",
        p);
  }

  private static Map<String, Long> counts(Connection c, long ws) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    String[][] queries = {
      {"members", "select count(*) from workspace_member where workspace_id = ?"},
      {"claimants", "select count(*) from claimant where workspace_id = ?"},
      {"documents", "select count(*) from document where workspace_id = ?"},
      {
        "document KB",
        "select coalesce(sum(char_count), 0) / 1000 from document where workspace_id = ?"
      },
      {
        "timecodes",
        "select count(*) from document_timecode t join document d on d.id = t.document_id"
            + " where d.workspace_id = ?"
      },
      {"claims", "select count(*) from claim where workspace_id = ?"},
      {
        "claims anchored",
        "select count(*) from claim where workspace_id = ? and anchor_start is not null"
      },
      {
        "claims deleted",
        "select count(*) from claim where workspace_id = ? and deleted_at is not null"
      },
      {
        "same-claim links",
        "select count(*) from claim where workspace_id = ? and same_as_id is not null"
      },
      {
        "figure flags",
        "select count(*) from claim where workspace_id = ? and figure_check is not null"
      },
      {
        "sources",
        "select count(*) from source s join claim c on c.id = s.claim_id where c.workspace_id = ?"
      },
      {
        "notes",
        "select count(*) from note n join claim c on c.id = n.claim_id where c.workspace_id = ?"
      },
      {"disputes", "select count(*) from dispute where workspace_id = ?"},
      {"history", "select count(*) from history where workspace_id = ?"}
    };
    for (String[] q : queries) {
      try (PreparedStatement ps = c.prepareStatement(q[1])) {
        ps.setLong(1, ws);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          rows.put(q[0], rs.getLong(1));
        }
      }
    }
    return rows;
  }

  private static final java.util.regex.Pattern NAMED =
      java.util.regex.Pattern.compile("(?<!:):([a-zA-Z][a-zA-Z0-9]*)");

  /**
   * Runs one statement with {@code :name} parameters ({@code ::type} casts are left alone); long
   * and String arrays become SQL arrays.
   */
  private static int update(Connection c, String sql, Map<String, Object> params)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    java.util.regex.Matcher m = NAMED.matcher(sql);
    StringBuilder jdbcSql = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!params.containsKey(name)) {
        throw new IllegalArgumentException("No value for :" + name);
      }
      Object v = params.get(name);
      if (v instanceof long[] a) {
        v = c.createArrayOf("bigint", box(a));
      } else if (v instanceof String[] a) {
        v = c.createArrayOf("text", a);
      }
      values.add(v);
      m.appendReplacement(jdbcSql, "?");
    }
    m.appendTail(jdbcSql);
    try (PreparedStatement ps = c.prepareStatement(jdbcSql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        ps.setObject(i + 1, values.get(i));
      }
      return ps.executeUpdate();
    }
  }

  private static Long[] box(long[] a) {
    Long[] b = new Long[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quoted(String[] words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!sb.isEmpty()) {
        sb.append(',');
      }
      sb.append('\'').append(w.replace("'", "''")).append('\'');
    }
    return sb.toString();
  }

  private static long[] longs(Connection c, String sql) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  static String slug(String name) {
    String s = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    if (s.isEmpty()) {
      s = "bench";
    }
    return s.length() > 40 ? s.substring(0, 40) : s;
  }
}

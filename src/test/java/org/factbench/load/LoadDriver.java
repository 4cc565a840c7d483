package org.factbench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load test's driver, in a JVM of its own: seeds the workspace, runs simulated analysts (one
 * virtual thread and one {@link UiClient} each) in steps of increasing count, prints round-trip
 * percentiles per step and per step type, then checks through JDBC that every acknowledged write
 * landed exactly once. With {@code --heap-per-tab N} it measures instead the node's live heap per
 * signed-in tab on the claims view.
 *
 * <p>Arguments: {@code --base URL --jdbc URL [--steps 50,100,200] [--duration 120] [--think
 * 2000-5000] [--claims 20000] [--heap-per-tab N --node-pid PID]}. Exit code 1 when a step had
 * errors or a write check failed.
 */
public final class LoadDriver {

  private LoadDriver() {}

  /** Round trips of one analyst-count step. */
  static final class Stats implements UiClient.Timings {
    final Map<String, List<Long>> byStep = new ConcurrentHashMap<>();
    final AtomicLong failures = new AtomicLong();

    /**
     * Round trips that started before this instant (the ramp-up, a storm of bcrypt sign-ins) are
     * not counted, except the sign-ins themselves.
     */
    volatile long measureFrom = Long.MIN_VALUE;

    @Override
    public void record(String step, long nanos, boolean ok) {
      if (!step.equals("sign-in") && System.nanoTime() - nanos < measureFrom) {
        return;
      }
      byStep.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
      if (!ok) {
        failures.incrementAndGet();
      }
    }

    long[] all() {
      return byStep.values().stream()
          .flatMap(l -> new ArrayList<>(l).stream())
          .mapToLong(Long::longValue)
          .sorted()
          .toArray();
    }
  }

  /** A write the server acknowledged: what, on which claim, its unique token, by whom. */
  record Ack(String kind, long claimId, String token, String user) {}

  static final List<Ack> ACKS = Collections.synchronizedList(new ArrayList<>());
  static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String base = a.get("base");
    JdbcClient jdbc = LoadSeed.jdbc(a.get("jdbc"));
    if (a.containsKey("heap-per-tab")) {
      int n = Integer.parseInt(a.get("heap-per-tab"));
      LoadSeed.Seeded seeded =
          LoadSeed.seed(jdbc, 10, 0, Integer.parseInt(a.getOrDefault("claims", "20000")));
      System.exit(HeapPerTab.run(base, seeded, n, a.get("node-pid")) ? 0 : 1);
    }
    int[] steps =
        Arrays.stream(a.getOrDefault("steps", "50,100,200").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int max = Arrays.stream(steps).max().orElse(1);
    int duration = Integer.parseInt(a.getOrDefault("duration", "120"));
    String[] think = a.getOrDefault("think", "2000-5000").split("-");
    long thinkMin = Long.parseLong(think[0]);
    long thinkMax = Long.parseLong(think[1]);
    // how fast this machine's cores are, so that figures from different machines can be compared
    double calibration = Calibration.digestsPerSecond();
    System.out.printf(
        Locale.ROOT,
        "CPU calibration: %.0f SHA-256 digests of 64 KiB per second on one thread"
            + " (a work unit is one such digest; 300 ms = %s units on this machine)%n",
        calibration,
        Calibration.units(300, calibration));
    // the 20 s burst by default; a shift start (--ramp 120) signs people in over two minutes
    long rampMillis = Long.parseLong(a.getOrDefault("ramp", "20")) * 1_000L;
    int editors = Math.max(1, max * 7 / 10);
    int reviewers = Math.max(1, max - editors);
    long t0 = System.nanoTime();
    LoadSeed.Seeded seeded =
        LoadSeed.seed(
            jdbc, editors, reviewers, Integer.parseInt(a.getOrDefault("claims", "20000")));
    System.out.printf(
        "Seeded workspace %d: %d editors, %d reviewers, claims: %d (%.1f s)%n",
        seeded.workspaceId(),
        editors,
        reviewers,
        jdbc.sql("select count(*) from claim where workspace_id = :w")
            .param("w", seeded.workspaceId())
            .query(Long.class)
            .single(),
        (System.nanoTime() - t0) / 1e9);
    Scenario.Work work = Scenario.work(jdbc, seeded.workspaceId());
    List<String[]> rows = new ArrayList<>();
    Integer knee = null;
    boolean failed = false;
    for (int count : steps) {
      Stats stats = new Stats();
      ERRORS.clear();
      long start = System.nanoTime();
      long ramp = Math.min(rampMillis, duration * 1_000L - 30_000L);
      if (ramp < 0) {
        throw new IllegalArgumentException("--duration must be at least the ramp-up plus 30 s");
      }
      stats.measureFrom = start + (ramp + 5_000L) * 1_000_000L;
      long deadline = start + duration * 1_000_000_000L;
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        boolean editor = i % 10 < 7;
        String user =
            editor
                ? seeded.editors().get(i % seeded.editors().size())
                : seeded.reviewers().get(i % seeded.reviewers().size());
        long rampDelay = (long) i * ramp / count;
        Scenario s =
            new Scenario(base, seeded.workspaceId(), user, editor, work, stats, thinkMin, thinkMax);
        threads.add(Thread.ofVirtual().start(() -> s.run(rampDelay, deadline)));
      }
      for (Thread t : threads) {
        t.join();
      }
      double seconds = (System.nanoTime() - stats.measureFrom) / 1e9;
      long[] all = stats.all();
      int errors = ERRORS.values().stream().mapToInt(AtomicInteger::get).sum();
      System.out.printf(
          "%n== %d analysts: %.0f s measured after a %d s ramp-up (sign-ins always counted) ==%n",
          count, seconds, ramp / 1000 + 5);
      System.out.printf(
          "%-22s %8s %8s %8s %8s %8s%n", "step", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
      for (var e : new TreeMap<>(stats.byStep).entrySet()) {
        long[] v = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
            "%-22s %8d %8.0f %8.0f %8.0f %8.0f%n",
            e.getKey(), v.length, pct(v, 50), pct(v, 95), pct(v, 99), pct(v, 100));
      }
      ERRORS.forEach((k, v) -> System.out.printf("  error x%d: %s%n", v.get(), k));
      double p95 = pct(all, 95);
      rows.add(
          new String[] {
            String.valueOf(count),
            String.valueOf(all.length),
            String.format(Locale.ROOT, "%.1f", all.length / seconds),
            String.format(Locale.ROOT, "%.0f", pct(all, 50)),
            String.format(Locale.ROOT, "%.0f", p95),
            String.format(Locale.ROOT, "%.0f", pct(all, 99)),
            String.valueOf(errors)
          });
      if (knee == null && p95 >= 300) {
        knee = count;
      }
      failed |= errors > 0;
    }
    System.out.printf("%n== Round trips (request sent -> response received), all step types ==%n");
    System.out.printf(
        "ramp-up: %d s; work units: milliseconds x %.0f digests/s / 1000 (see the calibration)%n",
        rampMillis / 1000, calibration);
    System.out.printf(
        "%9s %9s %9s %8s %8s %8s %7s %10s%n",
        "analysts", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "p95 units");
    for (String[] r : rows) {
      System.out.printf(
          "%9s %9s %9s %8s %8s %8s %7s %10s%n",
          r[0],
          r[1],
          r[2],
          r[3],
          r[4],
          r[5],
          r[6],
          Calibration.units(Double.parseDouble(r[4]), calibration));
    }
    System.out.println(
        knee == null
            ? "Knee: p95 stayed under 300 ms up to " + max + " analysts."
            : "Knee: p95 crosses 300 ms at " + knee + " analysts.");
    boolean verified = VerifyWrites.verify(jdbc, seeded.workspaceId(), ACKS);
    System.exit(failed || !verified ? 1 : 0);
  }

  static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static void error(String what) {
    ERRORS
        .computeIfAbsent(
            what.length() > 160 ? what.substring(0, 160) : what, k -> new AtomicInteger())
        .incrementAndGet();
  }

  /** Runs jcmd against the node. */
  static String jcmd(String pid, String... command) throws IOException, InterruptedException {
    String home = System.getProperty("java.home");
    List<String> cmd = new ArrayList<>(List.of(home + "/bin/jcmd", pid));
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static final Pattern USED = Pattern.compile("used (\\d+)K");

  static long heapUsedKb(String pid) throws IOException, InterruptedException {
    Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static ConcurrentLinkedQueue<Long> queue(List<Long> ids) {
    return new ConcurrentLinkedQueue<>(ids);
  }
}

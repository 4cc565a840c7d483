package org.factbench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Live heap per signed-in browser tab on the claims view: forces a GC in the node and reads the
 * heap used and a class histogram, opens {@code n} sessions (each signed in, the claims view open,
 * then idle), forces a GC again and prints (after - before) / n and the classes that grew most.
 */
final class HeapPerTab {

  private HeapPerTab() {}

  static boolean run(String base, LoadSeed.Seeded seeded, int n, String pid) throws Exception {
    LoadDriver.Stats stats = new LoadDriver.Stats();
    // one warm-up tab so that class loading and caches are in the "before" figure
    UiClient warm = new UiClient(base, stats);
    warm.signIn(seeded.editors().get(0), LoadSeed.PASSWORD);
    warm.open("workspaces/" + seeded.workspaceId() + "/claims", "open-claims-view");
    long before = gcAndUsedKb(pid);
    Map<String, long[]> histBefore = histogram(pid);
    List<UiClient> tabs = new ArrayList<>();
    Semaphore parallel = new Semaphore(8);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      UiClient ui = new UiClient(base, stats);
      tabs.add(ui);
      String user = seeded.editors().get(i % seeded.editors().size());
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      parallel.acquire();
                      ui.signIn(user, LoadSeed.PASSWORD);
                      ui.open("workspaces/" + seeded.workspaceId() + "/claims", "open-claims-view");
                    } catch (UiClient.ProtocolException e) {
                      LoadDriver.error(e.getMessage());
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } finally {
                      parallel.release();
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long after = gcAndUsedKb(pid);
    Map<String, long[]> histAfter = histogram(pid);
    int errors = LoadDriver.ERRORS.values().stream().mapToInt(x -> x.get()).sum();
    double perTabKb = (after - before) / (double) n;
    System.out.printf(
        "%n== Live heap per tab (claims view open, idle) ==%n"
            + "tabs: %d (errors %d); heap used after GC: before %d KB, after %d KB%n"
            + "per tab: %.0f KB (%.2f MB); target < 1 MB: %s%n",
        n, errors, before, after, perTabKb, perTabKb / 1024, perTabKb < 1024 ? "MET" : "MISSED");
    LoadDriver.ERRORS.forEach((k, v) -> System.out.printf("  error x%d: %s%n", v.get(), k));
    System.out.printf("%nTop classes by growth (bytes per tab, instances per tab):%n");
    Map<String, long[]> diff = new HashMap<>();
    histAfter.forEach(
        (cls, v) -> {
          long[] b = histBefore.getOrDefault(cls, new long[2]);
          diff.put(cls, new long[] {v[0] - b[0], v[1] - b[1]});
        });
    diff.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
        .limit(25)
        .forEach(
            e ->
                System.out.printf(
                    "%10.0f B %8.1f  %s%n",
                    e.getValue()[1] / (double) n, e.getValue()[0] / (double) n, e.getKey()));
    for (UiClient t : tabs) {
      t.close();
    }
    return errors == 0;
  }

  private static long gcAndUsedKb(String pid) throws Exception {
    LoadDriver.jcmd(pid, "GC.run");
    Thread.sleep(1000);
    LoadDriver.jcmd(pid, "GC.run");
    return LoadDriver.heapUsedKb(pid);
  }

  /** Class name to {instances, bytes} from a class histogram (which runs a full GC itself). */
  private static Map<String, long[]> histogram(String pid) throws Exception {
    Map<String, long[]> m = new HashMap<>();
    for (String line : LoadDriver.jcmd(pid, "GC.class_histogram").split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        m.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return m;
  }
}

package org.factbench.assist.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CLEF-2020 CheckThat! Task 2 (English) training and development data in ../shared/data: 10,375
 * verified claims, and tweets with the verified claim(s) each repeats. The lab's test tweets are
 * not read here (they are kept for a separate evaluation).
 *
 * <p>The folder is {@code -Dassist.claimmatching.dir} (or the environment variable {@code
 * ASSIST_CLAIMMATCHING_DIR}), by default {@code ../shared/data/clef2020-claim-matching-train}
 * relative to the project root. When it is missing, tests fail with a message saying so, unless
 * {@code -Dassist.claimmatching.absent=true} says the data is knowingly absent.
 */
public final class ClaimMatchingData {

  /** Where the data is, relative to the project root unless absolute. */
  public static final Path DIR =
      Path.of(
          System.getProperty(
              "assist.claimmatching.dir",
              System.getenv()
                  .getOrDefault(
                      "ASSIST_CLAIMMATCHING_DIR", "../shared/data/clef2020-claim-matching-train")));

  /** A verified claim: the claim and the title of the fact-check article. */
  public record VerifiedClaim(long id, String claim, String title) {}

  /** A tweet and the ids of the verified claims it repeats. */
  public record Query(long id, String text, Set<Long> gold) {}

  private ClaimMatchingData() {}

  /** Whether the data is there. */
  public static boolean available() {
    return Files.isRegularFile(DIR.resolve("verified_claims.docs.tsv"));
  }

  /** Whether the one running the tests said the data is knowingly absent. */
  public static boolean declaredAbsent() {
    return Boolean.getBoolean("assist.claimmatching.absent");
  }

  /** A message for a test that cannot run without the data. */
  public static String missingMessage() {
    return "The CLEF-2020 claim-matching data is not at "
        + DIR.toAbsolutePath().normalize()
        + ": set -Dassist.claimmatching.dir=... (or ASSIST_CLAIMMATCHING_DIR), or say"
        + " -Dassist.claimmatching.absent=true to skip the tests that need it";
  }

  /** The 10,375 verified claims, in file order. */
  public static List<VerifiedClaim> verifiedClaims() {
    List<VerifiedClaim> out = new ArrayList<>();
    for (CSVRecord r : read(DIR.resolve("verified_claims.docs.tsv"))) {
      out.add(new VerifiedClaim(Long.parseLong(r.get(0).strip()), r.get(1), r.get(2)));
    }
    return out;
  }

  /** The 800 training tweets. */
  public static List<Query> train() {
    return queries("train");
  }

  /** The 197 development tweets. */
  public static List<Query> dev() {
    return queries("dev");
  }

  private static List<Query> queries(String split) {
    Map<Long, Set<Long>> gold = new LinkedHashMap<>();
    try {
      for (String line :
          Files.readAllLines(
              DIR.resolve(split).resolve("tweet-vclaim-pairs.qrels"), StandardCharsets.UTF_8)) {
        String[] f = line.strip().split("\\s+");
        if (f.length == 4 && f[3].equals("1")) {
          gold.computeIfAbsent(Long.parseLong(f[0]), k -> new LinkedHashSet<>())
              .add(Long.parseLong(f[2]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Query> out = new ArrayList<>();
    for (CSVRecord r : read(DIR.resolve(split).resolve("tweets.queries.tsv"))) {
      long id = Long.parseLong(r.get(0).strip());
      out.add(new Query(id, r.get(1), Set.copyOf(gold.getOrDefault(id, Set.of()))));
    }
    return out;
  }

  private static List<CSVRecord> read(Path file) {
    CSVFormat format =
        CSVFormat.TDF
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setTrim(false)
            .get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.parse(in).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}

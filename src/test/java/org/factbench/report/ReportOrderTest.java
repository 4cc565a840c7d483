package org.factbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factbench.document.DocumentSummary;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports order documents by title as PostgreSQL's {@code "C"} collation does (the order the
 * report's SQL used before the claim module took the query over): the report ranks the titles, and
 * the claim module sorts by rank.
 */
@IntegrationTest
class ReportOrderTest {

  static final List<String> TITLES =
      List.of(
          "apple",
          "Zebra",
          "Éclair",
          "eclair",
          "10 questions",
          "9 answers",
          "\uD835\uDD18nicode", // a letter outside the basic plane: after U+FFFD by code point
          "\uFFFD replacement",
          "\uFB00 ligature",
          "שלום",
          "Zebra",
          "");

  @Autowired JdbcClient jdbc;

  @Test
  void titles_rank_as_postgresql_orders_them_in_the_c_collation_and_equal_titles_share_a_rank() {
    List<DocumentSummary> documents = new ArrayList<>();
    for (int k = 0; k < TITLES.size(); k++) {
      documents.add(
          new DocumentSummary(
              k + 1, 1, TITLES.get(k), null, null, null, null, null, null, null, 0, null, null));
    }

    Map<Long, Integer> ranks = ReportReader.titleRanks(documents);

    List<String> byRank =
        documents.stream()
            .sorted(Comparator.comparing(d -> ranks.get(d.id())))
            .map(DocumentSummary::title)
            .toList();
    List<String> byPostgres =
        jdbc.sql("select t from unnest(?::text[]) as t order by t collate \"C\"")
            .param(TITLES.toArray(String[]::new))
            .query(String.class)
            .list();
    assertThat(byRank).containsExactlyElementsOf(byPostgres);
    assertThat(ranks.get(2L)).as("the two Zebras").isEqualTo(ranks.get(11L));
    assertThat(new java.util.HashSet<>(ranks.values())).hasSize(TITLES.size() - 1);
  }
}

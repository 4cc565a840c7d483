package org.factbench.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "https://example.org/report, https://example.org/report",
    "HTTPS://Example.ORG/Report, https://example.org/Report",
    "https://example.org:443/a, https://example.org/a",
    "http://example.org:80/a, http://example.org/a",
    "http://example.org:443/a, http://example.org:443/a",
    "https://example.org:8443/a, https://example.org:8443/a",
    "https://example.org, https://example.org/",
    "https://example.org?q=1, https://example.org/?q=1",
    "https://stats.example.org/t/3?year=2024&x=%20y#table-2,"
        + " https://stats.example.org/t/3?year=2024&x=%20y#table-2",
    "https://xn--bcher-kva.example/kapitel, https://xn--bcher-kva.example/kapitel",
  })
  void a_web_address_is_normalised_without_changing_where_it_points(String raw, String expected) {
    assertThat(HttpUrls.normalise("url", raw)).isEqualTo(expected);
  }

  @Test
  void an_internationalised_host_name_is_accepted_and_stored_in_its_ascii_form() {
    // HttpUrls converts the host with IDN.toASCII, so a host typed in Unicode is meant to work
    assertThat(HttpUrls.normalise("url", "https://Bücher.example/kapitel"))
        .isEqualTo("https://xn--bcher-kva.example/kapitel");
  }

  @Test
  void surrounding_spaces_are_dropped() {
    assertThat(HttpUrls.normalise("url", "  https://example.org/a \n"))
        .isEqualTo("https://example.org/a");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/report.pdf",
        "mailto:desk@example.org",
        "/x",
        "reports/2024.pdf",
        "//example.org/no-scheme",
        "example.org/no-scheme",
        "https://user:secret@example.org/",
        "https:///no-host",
        "https://example.org/with space",
        "https://exa mple.org/",
        "https://example.org/\ttab",
        "https://example.org/\u0000nul",
        "https://example.org/<bad>",
      })
  void anything_but_an_absolute_http_or_https_address_is_refused_naming_the_field(String raw) {
    assertThatThrownBy(() -> HttpUrls.normalise("url", raw))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("url"))
        .hasMessageNotContaining("null");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n"})
  void a_missing_address_is_refused_with_a_hint(String raw) {
    assertThatThrownBy(() -> HttpUrls.normalise("url", raw))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("https://");
  }

  @Test
  void the_refusals_say_why() {
    assertThatThrownBy(() -> HttpUrls.normalise("url", "javascript:alert(1)"))
        .hasMessage("Only http and https addresses are accepted, not javascript:.");
    assertThatThrownBy(() -> HttpUrls.normalise("url", "/x"))
        .hasMessageContaining("Give the full address");
    assertThatThrownBy(() -> HttpUrls.normalise("url", "https://example.org/a b"))
        .hasMessageContaining("spaces");
    assertThatThrownBy(() -> HttpUrls.normalise("url", "https://user:pw@example.org/"))
        .hasMessageContaining("user name or password");
  }

  @Test
  void an_address_of_2048_characters_is_accepted_and_one_more_is_refused() {
    String base = "https://example.org/";
    String longest = base + "a".repeat(HttpUrls.MAX_LENGTH - base.length());
    assertThat(longest).hasSize(2048);
    assertThat(HttpUrls.normalise("url", longest)).isEqualTo(longest);

    assertThatThrownBy(() -> HttpUrls.normalise("url", longest + "a"))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("2048");
  }

  @Test
  void the_refusal_names_the_field_the_address_came_from() {
    assertThatThrownBy(() -> HttpUrls.normalise("originUrl", "javascript:alert(1)"))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("originUrl"));
    assertThatThrownBy(() -> HttpUrls.normalise("originUrl", "https://exa mple.org/"))
        .satisfies(e -> assertThat(((ValidationFailedException) e).field()).isEqualTo("originUrl"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n"})
  void an_optional_address_may_be_left_empty(String raw) {
    assertThat(HttpUrls.normaliseOptional("originUrl", raw)).isEmpty();
  }

  @Test
  void an_optional_address_that_is_given_follows_the_same_rules() {
    assertThat(HttpUrls.normaliseOptional("originUrl", "HTTPS://Example.org:443/a"))
        .isEqualTo("https://example.org/a");
    assertThatThrownBy(() -> HttpUrls.normaliseOptional("originUrl", "data:text/html,x"))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageContaining("not data:");
  }
}

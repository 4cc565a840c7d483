package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factbench.architecture.BundleKeys;
import org.factbench.base.ui.ModuleBundles;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.Stance;
import org.factbench.review.DisputeResolution;
import org.factbench.review.ReviewAction;
import org.factbench.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words of the user interface are in one bundle per module: every key the code uses exists
 * once, in the bundle of the module that uses it; no key is unused or defined twice; texts with
 * parameters are patterns MessageFormat reads as written. Each check is proven by a fixture that
 * breaks it.
 */
class BundleKeysTest {

  static final Path CODE = Path.of("src/main/java/org/factbench");
  static final Path BUNDLES = Path.of("src/main/resources/i18n");

  @Test
  void every_key_the_code_uses_is_defined_once_in_the_bundle_of_the_module_that_uses_it() {
    assertThat(BundleKeys.uses(CODE)).hasSizeGreaterThan(300);
    assertThat(BundleKeys.misused(CODE, BUNDLES)).isEmpty();
  }

  @Test
  void what_the_code_hands_to_messages_or_menus_as_a_literal_is_a_key() {
    assertThat(BundleKeys.notKeys(CODE)).isEmpty();
  }

  @Test
  void no_bundle_key_is_unused() {
    assertThat(BundleKeys.unused(CODE, BUNDLES)).isEmpty();
  }

  @Test
  void no_key_is_defined_twice_and_each_is_in_its_modules_bundle() {
    assertThat(BundleKeys.definitions(BUNDLES)).hasSizeGreaterThan(300);
    assertThat(BundleKeys.definedTwice(BUNDLES)).isEmpty();
    assertThat(BundleKeys.misplaced(BUNDLES)).isEmpty();
  }

  @Test
  void texts_with_parameters_are_patterns_without_a_lone_apostrophe() {
    assertThat(BundleKeys.badPatterns(BUNDLES)).isEmpty();
  }

  @Test
  void the_labels_the_interface_shows_say_what_the_history_and_the_api_say() {
    ModuleBundles bundles = new ModuleBundles();
    Arrays.stream(ClaimStatus.values())
        .forEach(s -> assertThat(english(bundles, s.labelKey())).isEqualTo(s.label()));
    Arrays.stream(Stance.values())
        .forEach(s -> assertThat(english(bundles, s.labelKey())).isEqualTo(s.label()));
    Arrays.stream(Role.values())
        .forEach(r -> assertThat(english(bundles, r.labelKey())).isEqualTo(r.label()));
    Arrays.stream(ReviewAction.values())
        .forEach(a -> assertThat(english(bundles, a.labelKey())).isEqualTo(a.label()));
    Arrays.stream(DisputeResolution.values())
        .forEach(r -> assertThat(english(bundles, r.labelKey())).isEqualTo(r.label()));
  }

  private static String english(ModuleBundles bundles, String key) {
    return bundles.getTranslation(key, Locale.ENGLISH);
  }

  // ------------------------------------------------------------------------------ the fixture

  /**
   * Module a uses a key of its own, a missing one, one of module b, and a sentence where a key
   * belongs; a's bundle repeats a key and has one nobody uses; b's bundle holds a key of a.
   */
  private static Path[] fixture(Path root) throws IOException {
    Path code = Files.createDirectories(root.resolve("code"));
    Files.createDirectories(code.resolve("a/ui"));
    Files.createDirectories(code.resolve("b"));
    Files.writeString(
        code.resolve("a/ui/View.java"),
        """
        package a.ui;
        // Messages.t("a.view.in-a-comment") is no use
        @Menu(title = "a.menu.title")
        class View {
          char quote = '"';
          String title = Messages.t("a.view.title");
          String missing = Messages.t("a.view.missing");
          String other = Messages.t("b.view.title");
          String sentence = Messages.t("Save the claim");
          String moved = Messages.t("a.view.moved");
          String braces = Messages.t("a.view.braces", 1);
        }
        """);
    Files.writeString(code.resolve("b/Nav.java"), "class Nav { String key = \"b.view.title\"; }");
    Path bundles = Files.createDirectories(root.resolve("i18n"));
    Files.writeString(
        bundles.resolve("a.properties"),
        """
        # a's words
        a.menu.title=Title
        a.view.title=Title
        a.view.title=Title again
        a.view.unused=Nobody says this
        a.view.braces=It''s {0} and it's not
        """);
    Files.writeString(
        bundles.resolve("b.properties"), "b.view.title=B's title\na.view.moved=In b\n");
    Files.writeString(
        bundles.resolve("a_he.properties"), "a.view.title=\u05db\u05d5\u05ea\u05e8\u05ea\n");
    return new Path[] {code, bundles};
  }

  @Test
  void the_check_would_catch_a_key_missing_used_by_another_module_or_in_another_bundle(
      @TempDir Path root) throws IOException {
    Path[] f = fixture(root);
    List<String> found = BundleKeys.misused(f[0], f[1]);
    assertThat(found)
        .containsExactlyInAnyOrder(
            "a.view.title (a/ui/View.java) is defined 2 times",
            "a.view.missing (a/ui/View.java) is defined 0 times",
            "b.view.title is used in a/ui/View.java of module a",
            "a.view.moved is defined in b.properties");
  }

  @Test
  void the_check_would_catch_a_sentence_where_a_key_belongs(@TempDir Path root) throws IOException {
    Path[] f = fixture(root);
    assertThat(BundleKeys.notKeys(f[0]))
        .containsExactly("\"Save the claim\" in a/ui/View.java is not a key");
  }

  @Test
  void the_check_would_catch_an_unused_key(@TempDir Path root) throws IOException {
    Path[] f = fixture(root);
    assertThat(BundleKeys.unused(f[0], f[1]))
        .containsExactly("a.view.unused (a.properties:5) is not used");
  }

  @Test
  void the_check_would_catch_a_key_defined_twice_or_in_another_modules_bundle(@TempDir Path root)
      throws IOException {
    Path[] f = fixture(root);
    assertThat(BundleKeys.definedTwice(f[1]))
        .containsExactly("a.view.title is defined in a.properties:3 and a.properties:4");
    assertThat(BundleKeys.misplaced(f[1])).containsExactly("a.view.moved is in b.properties");
  }

  @Test
  void the_check_would_catch_a_lone_apostrophe_in_a_text_with_parameters(@TempDir Path root)
      throws IOException {
    Path[] f = fixture(root);
    assertThat(BundleKeys.badPatterns(f[1])).containsExactly("a.view.braces has a lone apostrophe");
  }
}

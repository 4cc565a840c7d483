package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factbench.architecture.ClassSizes;
import org.factbench.architecture.TableOwnership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The house rules, each proven by a fixture that breaks it: modules form no cycle and use only each
 * other's public faces; every module declares which modules it may use; SQL names only the module's
 * own tables and the views others publish; no class is too long to read in one sitting.
 */
class ArchitectureTest {

  static final List<String> MODULES =
      List.of(
          "assist",
          "base",
          "claim",
          "demo",
          "document",
          "evidence",
          "history",
          "matching",
          "reader",
          "report",
          "desk",
          "review",
          "security",
          "workspace");

  private final ApplicationModules modules = ApplicationModules.of(FactbenchApplication.class);

  private static final ImportOption EVERYTHING = location -> true;

  @Test
  void the_application_has_exactly_the_modules_of_the_map() {
    assertThat(identifiers(modules)).containsExactlyInAnyOrderElementsOf(MODULES);
  }

  @Test
  void modules_form_no_cycle_and_use_only_the_modules_and_interfaces_they_declare() {
    modules.verify();
  }

  @Test
  void every_module_declares_the_modules_it_may_use() {
    assertThat(undeclared(modules)).isEmpty();
  }

  @Test
  void sql_in_a_module_names_only_its_own_tables_and_the_views_others_publish() {
    assertThat(TableOwnership.violations(Path.of("src/main/java/org/factbench"), this::allowed))
        .isEmpty();
  }

  @Test
  void every_table_and_view_of_the_migrations_has_an_owner() {
    assertThat(TableOwnership.created(Path.of("src/main/resources/db/migration")))
        .containsExactlyInAnyOrderElementsOf(TableOwnership.OWNERS.keySet());
  }

  @Test
  void no_main_class_is_too_long_to_read_in_one_sitting() {
    assertThat(ClassSizes.oversized(Path.of("src/main/java"))).isEmpty();
  }

  // ------------------------------------------------------------------------------ the fixtures

  @Test
  void the_check_would_catch_a_cycle() {
    // the fixture packages below form a cycle on purpose; the same verification must refuse them
    assertThatThrownBy(
            () ->
                ApplicationModules.of(
                        org.factbench.cyclefixture.CycleFixtureApplication.class, EVERYTHING)
                    .verify())
        .hasMessageContaining("Cycle detected");
  }

  @Test
  void the_check_would_catch_a_module_using_one_it_does_not_declare() {
    ApplicationModules fixture =
        ApplicationModules.of(
            org.factbench.dependencyfixture.DependencyFixtureApplication.class, EVERYTHING);
    assertThatThrownBy(fixture::verify)
        .satisfies(e -> System.out.println("[architecture fixture] " + e.getMessage()))
        .hasMessageContaining("Module 'a' depends on module 'b'");
  }

  @Test
  void the_check_would_catch_a_module_that_declares_nothing() {
    ApplicationModules fixture =
        ApplicationModules.of(
            org.factbench.dependencyfixture.DependencyFixtureApplication.class, EVERYTHING);
    assertThat(identifiers(fixture)).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(undeclared(fixture)).containsExactly("c");
  }

  @Test
  void the_check_would_catch_sql_on_another_modules_table_but_not_on_its_published_view() {
    var found =
        TableOwnership.violations(
            Path.of("src/test/resources/architecture-fixture"), this::allowed);
    assertThat(found)
        .extracting(Object::toString)
        .containsExactly("report names the table claim of claim in Snooping.java");
  }

  @Test
  void the_check_would_catch_a_class_too_long_to_read(@TempDir Path root) throws IOException {
    Path ui = Files.createDirectories(root.resolve("org/example/ui"));
    Path service = Files.createDirectories(root.resolve("org/example"));
    Files.write(ui.resolve("LongView.java"), lines(401));
    Files.write(ui.resolve("ShortView.java"), lines(400));
    Files.write(service.resolve("LongService.java"), lines(501));
    Files.write(service.resolve("ShortService.java"), lines(500));
    assertThat(ClassSizes.oversized(root))
        .extracting(o -> o.file().getFileName().toString())
        .containsExactlyInAnyOrder("LongView.java", "LongService.java");
  }

  // ------------------------------------------------------------------------------ helpers

  private static List<String> identifiers(ApplicationModules modules) {
    return modules.stream().map(m -> m.getIdentifier().toString()).toList();
  }

  /** The modules whose package-info does not declare their allowed dependencies. */
  private static List<String> undeclared(ApplicationModules modules) {
    return modules.stream()
        .filter(m -> declaration(m.getBasePackage().getName()) == null)
        .map(m -> m.getIdentifier().toString())
        .toList();
  }

  private static ApplicationModule declaration(String basePackage) {
    try {
      ApplicationModule a =
          Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
      return a == null
              || a.type() == ApplicationModule.Type.OPEN
              || Arrays.asList(a.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)
          ? null
          : a;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** The modules {@code module} declares it may use (named interfaces count as their module). */
  private Set<String> allowed(String module) {
    ApplicationModule a = declaration("org.factbench." + module);
    return a == null
        ? Set.of()
        : Arrays.stream(a.allowedDependencies())
            .map(d -> d.split("::")[0].strip())
            .collect(Collectors.toSet());
  }

  private static List<String> lines(int count) {
    return IntStream.range(0, count).mapToObj(i -> "// line " + i).toList();
  }
}

package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

  private final ApplicationModules modules = ApplicationModules.of(FactbenchApplication.class);

  @Test
  void feature_modules_form_no_cycle_and_use_only_each_others_public_faces() {
    modules.verify();
  }

  @Test
  void every_feature_is_a_module() {
    assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
        .contains("base", "security", "workspace", "demo");
  }

  @Test
  void the_check_would_catch_a_cycle() {
    // the fixture packages below form a cycle on purpose; the same verification must refuse them
    assertThatThrownBy(
            () ->
                ApplicationModules.of(
                        org.factbench.cyclefixture.CycleFixtureApplication.class,
                        (com.tngtech.archunit.core.importer.ImportOption) location -> true)
                    .verify())
        .hasMessageContaining("Cycle");
  }
}

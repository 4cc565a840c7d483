package org.factbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.ResourceProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's lookup of a Polymer template handler, made on every server call with arguments, is
 * answered "none" without searching the class path; every other lookup still goes to Vaadin's.
 */
class AbsentServicesTest {

  /** Vaadin's lookup as far as the test needs it: it records what it was asked. */
  static final class Recording implements Lookup {
    final List<Class<?>> asked = new ArrayList<>();

    @Override
    public <T> T lookup(Class<T> type) {
      asked.add(type);
      return null;
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> type) {
      asked.add(type);
      return List.of();
    }
  }

  @Test
  void the_polymer_handler_is_never_searched_for_and_other_services_still_are() {
    Recording vaadin = new Recording();
    Lookup lookup = new AbsentServices.WithoutAbsent(vaadin);

    for (int call = 0; call < 1_000; call++) {
      assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
    }
    assertThat(lookup.lookupAll(DeprecatedPolymerPublishedEventHandler.class)).isEmpty();
    lookup.lookup(ResourceProvider.class);

    assertThat(vaadin.asked).containsExactly(ResourceProvider.class);
  }
}

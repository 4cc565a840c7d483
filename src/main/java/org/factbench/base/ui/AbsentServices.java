package org.factbench.base.ui;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Answers at once Vaadin's lookups of services this application never has, instead of searching the
 * class path for them on every call.
 *
 * <p>Vaadin looks up a Polymer template handler each time the browser calls a server method with
 * arguments (a grid confirming a page of rows, a selection...), and its Spring lookup caches only
 * Vaadin's own default services, so every such call enumerated {@code META-INF/services} across all
 * jars: 6.5% of the node's CPU samples in the 200-analyst load test (decision record 0010).
 * Factbench has no Polymer templates, and a service of that kind cannot appear while the
 * application runs, so "none" is the answer for its whole life.
 */
@Component
class AbsentServices implements VaadinServiceInitListener {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(AbsentServices.class);

  /** The service types the application never provides. */
  static final Set<Class<?>> NEVER = Set.of(DeprecatedPolymerPublishedEventHandler.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    VaadinContext context = event.getSource().getContext();
    Lookup lookup = context.getAttribute(Lookup.class);
    if (lookup != null && !(lookup instanceof WithoutAbsent)) {
      context.setAttribute(Lookup.class, new WithoutAbsent(lookup));
      log.info("Vaadin's lookup answers at once for services never provided: {}", NEVER);
    }
  }

  /** A lookup that answers "none" for {@link #NEVER} and asks {@code all} for everything else. */
  record WithoutAbsent(Lookup all) implements Lookup {

    @Override
    public <T> T lookup(Class<T> type) {
      return NEVER.contains(type) ? null : all.lookup(type);
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> type) {
      return NEVER.contains(type) ? List.of() : all.lookupAll(type);
    }
  }
}

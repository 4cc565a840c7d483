package org.factbench.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

class RouteAccessAnnotationsTest {

  private static final Set<Class<? extends Annotation>> ACCESS =
      Set.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

  @Test
  void every_route_layout_and_error_view_declares_who_may_open_it() throws Exception {
    List<Class<?>> classes = uiClasses();
    assertThat(classes).as("the scan finds the views").hasSizeGreaterThanOrEqualTo(5);
    for (Class<?> type : classes) {
      long declared =
          Stream.of(type.getDeclaredAnnotations())
              .filter(a -> ACCESS.contains(a.annotationType()))
              .count();
      assertThat(declared).as(type.getName() + " has exactly one access annotation").isEqualTo(1);
    }
  }

  @Test
  void only_the_sign_in_page_is_open_to_anonymous_users() throws Exception {
    assertThat(uiClasses())
        .filteredOn(c -> c.isAnnotationPresent(AnonymousAllowed.class))
        .containsExactly(LoginView.class);
  }

  private static List<Class<?>> uiClasses() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
    scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
    var found = new java.util.ArrayList<Class<?>>();
    for (var candidate : scanner.findCandidateComponents("org.factbench")) {
      found.add(ClassUtils.forName(candidate.getBeanClassName(), null));
    }
    return found;
  }
}

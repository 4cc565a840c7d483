package org.factbench.claim;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claims and rating scale entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

  @Bean
  WorkspaceNavItem claimsNav() {
    return new WorkspaceNavItem(
        20, "Claims", "vaadin:check-square-o", "workspaces/{workspaceId}/claims");
  }

  @Bean
  WorkspaceNavItem ratingScaleNav() {
    return new WorkspaceNavItem(
        80, "Rating scale", "vaadin:scale", "workspaces/{workspaceId}/scale");
  }
}

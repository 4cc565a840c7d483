package org.factbench.claim;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claims and rating scale entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

  @Bean
  WorkspaceNavItem claimsNav() {
    return WorkspaceNavItem.keyed(
        20, "claim.nav.claims", "vaadin:check-square-o", "workspaces/{workspaceId}/claims");
  }

  @Bean
  WorkspaceNavItem ratingScaleNav() {
    return WorkspaceNavItem.keyed(
        80, "claim.nav.rating-scale", "vaadin:scale", "workspaces/{workspaceId}/scale");
  }
}

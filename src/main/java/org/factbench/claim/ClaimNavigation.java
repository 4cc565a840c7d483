package org.factbench.claim;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claims, my work, review queue and rating scale entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ClaimNavigation {

  @Bean
  WorkspaceNavItem claimsNav() {
    return new WorkspaceNavItem(
        20, "Claims", "vaadin:check-square-o", "workspaces/{workspaceId}/claims");
  }

  @Bean
  WorkspaceNavItem myWorkNav() {
    return new WorkspaceNavItem(
        25, "My work", "vaadin:user-check", "workspaces/{workspaceId}/my-work");
  }

  @Bean
  WorkspaceNavItem reviewQueueNav() {
    return new WorkspaceNavItem(
        30, "Review queue", "vaadin:gavel", "workspaces/{workspaceId}/review");
  }

  @Bean
  WorkspaceNavItem ratingScaleNav() {
    return new WorkspaceNavItem(
        80, "Rating scale", "vaadin:scale", "workspaces/{workspaceId}/scale");
  }
}

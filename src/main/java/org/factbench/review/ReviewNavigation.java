package org.factbench.review;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "my work" and review queue entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

  @Bean
  WorkspaceNavItem myWorkNav() {
    return WorkspaceNavItem.keyed(
        25, "review.nav.my-work", "vaadin:user-check", "workspaces/{workspaceId}/my-work");
  }

  @Bean
  WorkspaceNavItem reviewQueueNav() {
    return WorkspaceNavItem.keyed(
        30, "review.nav.review-queue", "vaadin:gavel", "workspaces/{workspaceId}/review");
  }
}

package org.factbench.review;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The "my work" and review queue entries in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

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
}

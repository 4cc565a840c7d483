package org.factbench.workspace;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace's own entry in the side navigation. */
@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation {

  @Bean
  WorkspaceNavItem workspaceOverviewNav() {
    return WorkspaceNavItem.keyed(
        0, "workspace.nav.overview", "vaadin:info-circle-o", "workspaces/{workspaceId}");
  }
}

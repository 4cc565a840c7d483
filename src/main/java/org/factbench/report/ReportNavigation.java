package org.factbench.report;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports entry in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

  @Bean
  WorkspaceNavItem reportsNav() {
    return new WorkspaceNavItem(
        40, "Reports", "vaadin:file-text-o", "workspaces/{workspaceId}/reports");
  }
}

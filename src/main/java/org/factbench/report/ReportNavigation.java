package org.factbench.report;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports entry in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

  @Bean
  WorkspaceNavItem reportsNav() {
    return WorkspaceNavItem.keyed(
        40, "report.nav.reports", "vaadin:file-text-o", "workspaces/{workspaceId}/reports");
  }
}

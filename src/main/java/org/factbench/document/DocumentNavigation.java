package org.factbench.document;

import org.factbench.base.WorkspaceNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The documents entry in the side navigation. */
@Configuration(proxyBeanMethods = false)
class DocumentNavigation {

  @Bean
  WorkspaceNavItem documentsNav() {
    return WorkspaceNavItem.keyed(
        10, "document.nav.documents", "vaadin:file-text-o", "workspaces/{workspaceId}/documents");
  }
}

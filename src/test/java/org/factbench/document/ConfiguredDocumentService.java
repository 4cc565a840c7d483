package org.factbench.document;

import org.factbench.document.extract.ExtractionLimits;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real {@link DocumentService} over the running application's repository and database, as an
 * installation that configured other import limits would have it. Tests use it where a view must
 * follow the limits the installation set, without starting a second application context.
 */
public final class ConfiguredDocumentService {

  private ConfiguredDocumentService() {}

  public static DocumentService withLimits(ApplicationContext context, ExtractionLimits limits) {
    return new DocumentService(
        context.getBean(DocumentRepository.class),
        context.getBean(JdbcClient.class),
        context,
        context.getBean(SuggestionService.class),
        limits);
  }
}

package org.factbench.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} that springdoc serves at {@code /v3/api-docs}, with
 * Swagger UI at {@code /swagger-ui.html}; both need a signed-in user (see the security
 * configuration). The documented paths are limited to {@code /api/v1/**} in the application
 * properties.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BEARER = "bearer";
  static final String BASIC = "basic";

  @Bean
  OpenAPI factbenchOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Factbench API")
                .version("v1")
                .description(
                    "Documents, claims, sources, notes, the review workflow and reports of the"
                        + " workspaces you are a member of. Every call needs credentials: a"
                        + " personal access token (create one under \"Your account\") or HTTP"
                        + " Basic. A workspace you are not a member of answers 404, a step your"
                        + " role does not allow 403. Errors are RFC 9457 problem details; input"
                        + " errors name the `field`."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("fbt_…")
                        .description("A personal access token: Authorization: Bearer fbt_…"))
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("User name and password")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}

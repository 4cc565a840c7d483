package org.factbench.base.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Puts the API's HTTP plumbing in place: the error page of {@code /api/**} and the body limit as
 * the first servlet filters (before Spring Security's), and the problem-detail error report in
 * Tomcat's host, after Spring Boot has configured its own.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

  @Bean
  FilterRegistrationBean<ApiErrorPages> apiErrorPages() {
    FilterRegistrationBean<ApiErrorPages> registration =
        new FilterRegistrationBean<>(new ApiErrorPages());
    registration.setDispatcherTypes(DispatcherType.ERROR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
      @Value("${factbench.api.max-json-bytes:2MB}") DataSize maxJsonBytes,
      @Value("${factbench.api.max-import-bytes:64MB}") DataSize maxImportBytes) {
    FilterRegistrationBean<RequestBodyLimit> registration =
        new FilterRegistrationBean<>(new RequestBodyLimit(maxJsonBytes, maxImportBytes));
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
    return new WebServerFactoryCustomizer<>() {
      @Override
      public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                  if (valve.getClass() == ErrorReportValve.class) {
                    host.getPipeline().removeValve(valve);
                  }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
      }
    };
  }
}

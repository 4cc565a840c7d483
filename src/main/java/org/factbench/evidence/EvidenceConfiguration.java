package org.factbench.evidence;

import java.security.NoSuchAlgorithmException;
import javax.net.ssl.SSLContext;
import org.factbench.evidence.fetch.AddressGuard;
import org.factbench.evidence.fetch.Connector;
import org.factbench.evidence.fetch.HostResolver;
import org.factbench.evidence.fetch.PageFetcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fetcher the snapshots use: the guard with this installation's rules over the system's
 * resolver, plain sockets, and the JVM's default TLS (its trust store, its protocols).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotSettings.class)
class EvidenceConfiguration {

  @Bean
  @ConditionalOnMissingBean
  HostResolver snapshotHostResolver() {
    return HostResolver.system();
  }

  @Bean
  PageFetcher snapshotFetcher(SnapshotSettings settings, HostResolver resolver)
      throws NoSuchAlgorithmException {
    return new PageFetcher(
        new AddressGuard(settings.rules(), resolver),
        settings.limits(),
        Connector.plain(),
        SSLContext.getDefault().getSocketFactory());
  }
}

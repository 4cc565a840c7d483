package org.factbench.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every feature shares. */
@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

  /** The clock all features read time from, in UTC. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}

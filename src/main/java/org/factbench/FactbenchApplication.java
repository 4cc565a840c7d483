package org.factbench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Factbench: a fact-check workbench for teams. */
@SpringBootApplication
@EnableScheduling
public class FactbenchApplication {

  public static void main(String[] args) {
    SpringApplication.run(FactbenchApplication.class, args);
  }
}

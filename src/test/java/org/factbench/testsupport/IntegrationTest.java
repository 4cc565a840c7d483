package org.factbench.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application, served on a random port, on the run's real PostgreSQL (see
 * {@link TestDatabase}). Every Spring test uses exactly this configuration, so one application
 * context serves the whole run: faster, and Vaadin's security context strategy (one per context) is
 * never mixed up. {@link StatementCounter} is part of it: it counts nothing unless a test asks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({Fixtures.class, StatementCounter.class})
public @interface IntegrationTest {}

package org.factbench.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.factbench.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two filter chains: the HTTP API under {@code /api} (HTTP Basic or tokens, no session, no CSRF)
 * and the Vaadin UI (form sign-in, session with fixation protection and a registry so that a
 * disabled user's sessions end). Method security is on: services are the boundary that decides.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today; the {id} prefix lets stored hashes move to a stronger encoder later
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      DatabaseUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ThrottledAuthenticationProvider(dao, throttle);
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  static HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ApiTokens tokens, DatabaseUserDetailsService users) throws Exception {
    return http.securityMatcher("/api/**")
        .addFilterBefore(
            new BearerTokenFilter(tokens, users),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessionRegistry)
      throws Exception {
    http.authorizeHttpRequests(
        a ->
            a.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**").permitAll());
    http.sessionManagement(
        s ->
            s.sessionFixation(f -> f.changeSessionId())
                .sessionConcurrency(
                    c ->
                        c.maximumSessions(-1)
                            .sessionRegistry(sessionRegistry)
                            .expiredUrl("/login?ended")));
    http.headers(
        h ->
            h.referrerPolicy(
                    r ->
                        r.policy(
                            org.springframework.security.web.header.writers
                                .ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(f -> f.sameOrigin()));
    return http.with(vaadin(), v -> v.loginView(LoginView.class, "/login?signedout")).build();
  }
}

package org.factbench.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.factbench.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains: the HTTP API under {@code /api} (HTTP Basic or tokens, no session, no CSRF:
 * a browser's session cookie does not reach it), the API's description and Swagger UI (a signed-in
 * session, a token or HTTP Basic; read-only) and the Vaadin UI (form sign-in, session with fixation
 * protection and a registry so that a disabled user's sessions end). Method security is on:
 * services are the boundary that decides.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /** Where springdoc serves the API description and Swagger UI. */
  static final String[] API_DOCS = {
    "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
  };

  /**
   * What the UI's pages may load: only this origin. Vaadin Flow needs inline styles and runs the
   * server's JavaScript calls with {@code new Function} ('unsafe-eval'); no other origin may
   * script, style, frame or receive form posts. Every view is tested under it in the browser.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "frame-src 'self'",
          "worker-src 'self' blob:",
          "frame-ancestors 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'");

  /** Browser features Factbench never uses, switched off for its pages and anything they embed. */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(),"
          + " magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

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
    AuthenticationEntryPoint unauthorized = new ApiAuthenticationEntryPoint();
    return http.securityMatcher("/api/**")
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .build();
  }

  /**
   * The API's description ({@code /v3/api-docs}) and Swagger UI: a browser session signed in
   * through the UI (ended here too when the user is disabled), a token or HTTP Basic. Browsers
   * without a session are sent to the sign-in page, other clients get 401. Only GET requests exist
   * here, and CSRF protection stays on.
   */
  @Bean
  @Order(2)
  SecurityFilterChain apiDocsSecurity(
      HttpSecurity http,
      ApiTokens tokens,
      DatabaseUserDetailsService users,
      SessionRegistry sessionRegistry,
      SessionPolicyFilter sessionPolicy)
      throws Exception {
    AuthenticationEntryPoint unauthorized = new ApiAuthenticationEntryPoint();
    MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return http.securityMatcher(API_DOCS)
        .addFilterBefore(new BearerTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .addFilterBefore(sessionPolicy, AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browser)
                    .defaultAuthenticationEntryPointFor(unauthorized, AnyRequestMatcher.INSTANCE))
        .sessionManagement(
            s ->
                s.sessionConcurrency(
                    c ->
                        c.maximumSessions(-1)
                            .sessionRegistry(sessionRegistry)
                            .expiredUrl("/login?ended")))
        .build();
  }

  @Bean
  SessionPolicyFilter sessionPolicyFilter(
      JdbcClient jdbc,
      DatabaseUserDetailsService users,
      @Value("${factbench.session.max-lifetime:12h}") Duration maxLifetime,
      Clock clock) {
    return new SessionPolicyFilter(jdbc, users, maxLifetime, clock);
  }

  /** Keeps the filter out of the servlet container's own chain: it runs in the UI's chain only. */
  @Bean
  FilterRegistrationBean<SessionPolicyFilter> sessionPolicyFilterRegistration(
      SessionPolicyFilter filter) {
    FilterRegistrationBean<SessionPolicyFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  @Order(3)
  SecurityFilterChain uiSecurity(
      HttpSecurity http,
      SessionRegistry sessionRegistry,
      SessionPolicyFilter sessionPolicy,
      RequestUtil vaadinRequests)
      throws Exception {
    http.addFilterBefore(sessionPolicy, AuthorizationFilter.class);
    // Vaadin's own CSRF set-up leaves the sign-in form unprotected (a cross-site POST /login would
    // sign a browser in): only Vaadin's internal requests, which carry Vaadin's own token, skip it
    http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
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
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                // written only on HTTPS requests (X-Forwarded-Proto from a trusted proxy counts)
                .httpStrictTransportSecurity(
                    t ->
                        t.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                .addHeaderWriter(
                    new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY)));
    http.with(
        vaadin(),
        v -> v.loginView(LoginView.class, "/login?signedout").enableCsrfConfiguration(false));
    // after Vaadin's configurer has set the login page: a configured form login before it would
    // bring back Spring's generated sign-in page
    http.with(new LoginFailures(), c -> {});
    return http.build();
  }

  /**
   * Gives the sign-in form {@link LoginFailureHandler}, which tells a wrong password from a
   * database that cannot be reached.
   */
  static final class LoginFailures
      extends org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer<
          LoginFailures, HttpSecurity> {

    @Override
    public void init(HttpSecurity http) {
      http.formLogin(f -> f.failureHandler(new LoginFailureHandler()));
    }
  }
}

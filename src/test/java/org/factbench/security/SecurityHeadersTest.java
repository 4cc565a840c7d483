package org.factbench.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The UI's pages carry a Content-Security-Policy, a Permissions-Policy, nosniff, the referrer
 * policy and frame options; Strict-Transport-Security only over HTTPS, including behind a proxy
 * that says so.
 */
@IntegrationTest
class SecurityHeadersTest {

  @Autowired MockMvc mvc;

  @Test
  void the_sign_in_page_carries_the_security_headers() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(
            header()
                .string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
        .andExpect(header().string("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
        .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
  }

  @Test
  void over_https_the_browser_is_told_to_stay_on_https() throws Exception {
    mvc.perform(get("/login").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
  }
}

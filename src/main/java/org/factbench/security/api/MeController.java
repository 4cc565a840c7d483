package org.factbench.security.api;

import java.util.List;
import org.factbench.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the caller is signed in as; a cheap way for scripts to check
 * credentials.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

  record Me(long id, String username, String displayName, boolean admin, List<String> roles) {}

  @GetMapping
  @PreAuthorize("isAuthenticated()")
  Me me() {
    var u = CurrentUser.require();
    return new Me(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        u.isAdmin(),
        u.getAuthorities().stream().map(a -> a.getAuthority()).sorted().toList());
  }
}

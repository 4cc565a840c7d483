package org.factbench.security;

import org.factbench.base.StorageFailures;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks user name and password against the database, each attempt only after {@link LoginThrottle}
 * reserved it. Every attempt passes here exactly once, whether it came from the sign-in form or
 * from HTTP Basic; a failed attempt stays counted, a right one is forgotten.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final DaoAuthenticationProvider delegate;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    try {
      return check(authentication);
    } catch (AuthenticationException e) {
      throw e;
    } catch (RuntimeException e) {
      if (StorageFailures.isUnavailable(e)) {
        // the throttle's own tables cannot be read: an authentication failure that says so, not a
        // servlet error (which would end on an empty sign-in page)
        throw new InternalAuthenticationServiceException(StorageFailures.UNAVAILABLE, e);
      }
      throw e;
    }
  }

  private Authentication check(Authentication authentication) {
    String name = authentication.getName();
    String address = address(authentication);
    if (throttle.reserve(name, address).isPresent()) {
      throw new LockedException("Too many failed attempts; try again later.");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      throttle.succeeded(name, address);
      return result;
    } catch (InternalAuthenticationServiceException e) {
      throw e; // the check could not run (the database is down): not a wrong password
    }
  }

  /**
   * The client's address, as the servlet container saw it (behind a trusted proxy, the client's).
   */
  private static String address(Authentication authentication) {
    return authentication.getDetails()
            instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
        ? d.getRemoteAddress()
        : null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}

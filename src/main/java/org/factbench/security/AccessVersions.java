package org.factbench.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the signed-in sessions of a user that their access changed (a membership or a role in a
 * workspace): each reads the user's roles again at its next request, on every node.
 */
@Service
public class AccessVersions {

  private final JdbcClient jdbc;

  AccessVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Called inside the transaction that changed the user's access. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void changed(long userId) {
    jdbc.sql("update app_user set access_version = access_version + 1 where id = ?")
        .param(userId)
        .update();
  }
}

package org.factbench.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means the database could not be reached (stopped, restarting, no
 * connection free within the pool's timeout), so nothing was saved and the same action can succeed
 * in a moment. The UI, the HTTP API and sign-in all answer such failures the same way.
 */
public final class StorageFailures {

  /** What a person reads when the database cannot be reached. */
  public static final String UNAVAILABLE =
      "Storage is unavailable right now; your change was not saved. Try again in a moment.";

  private StorageFailures() {}

  /** Whether {@code t}, or one of its causes, says the database cannot be reached. */
  public static boolean isUnavailable(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OptimisticLockingFailureException) {
        return false; // a conflict between two saves, not an outage
      }
      if (c instanceof DataAccessResourceFailureException
          || c instanceof CannotCreateTransactionException
          || c instanceof TransientDataAccessException
          || c instanceof SQLTransientConnectionException
          || c instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
      // PostgreSQL's connection exceptions (class 08) and "the server is shutting down" (57P01..3)
      if (c instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }
}

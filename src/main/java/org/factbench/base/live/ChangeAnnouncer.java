package org.factbench.base.live;

import org.factbench.base.HistoryEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces every recorded change with {@code pg_notify} inside the change's own transaction:
 * PostgreSQL delivers the announcement only if the transaction commits, and once per distinct
 * payload, to every application node that listens.
 */
@Component
class ChangeAnnouncer {

  private final JdbcClient jdbc;

  ChangeAnnouncer(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void announce(HistoryEvent e) {
    Change change = new Change(e.workspaceId(), e.claimId(), e.actorId());
    jdbc.sql("select pg_notify(?, ?)")
        .params(Change.CHANNEL, change.payload())
        .query((rs, i) -> 1)
        .list();
  }
}

package org.factbench.base.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Listens for committed changes on a connection of its own and hands each to the subscribers of its
 * workspace. After a lost connection it reconnects and tells every subscriber that anything may
 * have changed, so no view stays stale.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

  /** Who wants to hear about a workspace: the callback runs on the feed's thread. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final Environment env;
  private final Map<Long, Set<Consumer<Change>>> subscribers = new ConcurrentHashMap<>();
  private volatile boolean running;
  private volatile Thread thread;

  ChangeFeed(Environment env) {
    this.env = env;
  }

  /** Calls {@code listener} for every committed change in the workspace until closed. */
  public Subscription subscribe(long workspaceId, Consumer<Change> listener) {
    subscribers.computeIfAbsent(workspaceId, k -> new CopyOnWriteArraySet<>()).add(listener);
    return () -> {
      Set<Consumer<Change>> set = subscribers.get(workspaceId);
      if (set != null) {
        set.remove(listener);
      }
    };
  }

  @Override
  public void start() {
    running = true;
    thread = Thread.ofPlatform().daemon().name("factbench-change-feed").start(this::loop);
  }

  @Override
  public void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(Duration.ofSeconds(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void loop() {
    boolean missedSome = false;
    long backoffMs = 500;
    while (running) {
      try (Connection connection = connect()) {
        try (Statement st = connection.createStatement()) {
          st.execute("listen " + Change.CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        if (missedSome) {
          dispatchToAll();
          missedSome = false;
        }
        backoffMs = 500;
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              dispatch(n.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (!running) {
          return;
        }
        missedSome = true;
        log.warn("Live updates lost their database connection; retrying in {} ms", backoffMs, e);
        try {
          Thread.sleep(backoffMs);
        } catch (InterruptedException ie) {
          return;
        }
        backoffMs = Math.min(backoffMs * 2, 5_000); // live again within 5 s of the database
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        env.getRequiredProperty("spring.datasource.url"),
        env.getProperty("spring.datasource.username"),
        env.getProperty("spring.datasource.password"));
  }

  private void dispatch(String payload) {
    Change change;
    try {
      change = Change.parse(payload);
    } catch (RuntimeException e) {
      log.warn("Ignoring a malformed change announcement: {}", payload);
      return;
    }
    deliver(subscribers.getOrDefault(change.workspaceId(), Set.of()), change);
  }

  private void dispatchToAll() {
    subscribers.forEach((ws, set) -> deliver(set, new Change(ws, null, 0)));
  }

  private static void deliver(Set<Consumer<Change>> listeners, Change change) {
    for (Consumer<Change> l : listeners) {
      try {
        l.accept(change);
      } catch (RuntimeException e) {
        log.warn("A live-update subscriber failed", e);
      }
    }
  }
}

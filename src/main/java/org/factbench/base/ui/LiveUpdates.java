package org.factbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.factbench.base.live.Change;
import org.factbench.base.live.ChangeFeed;

/**
 * Connects a view to the change feed of its current workspace while the view is attached: each
 * committed change there runs the handler in the view's UI, and Push brings the result to the
 * browser.
 *
 * <p>Changes are throttled per view: the first after a quiet spell is handled at once, later ones
 * are collected and handled together at most once every {@link #WINDOW_MS} ms, in one UI access. On
 * a busy workspace every save would otherwise refresh every open list at once, and each refresh
 * costs a query, a push and the browser's confirmation; the load test showed that fan-out growing
 * with the square of the analysts.
 */
public final class LiveUpdates implements Serializable {

  private final transient ChangeFeed feed;
  private final SerializableConsumer<Change> handler;
  private Long workspaceId;
  private UI ui;
  private transient ChangeFeed.Subscription subscription;

  /** The shortest time between two deliveries to one view. */
  static final long WINDOW_MS = 2_000;

  private static final ScheduledExecutorService DELIVERY =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().daemon().name("factbench-live-delivery").factory());

  private final transient Object lock = new Object();
  private final transient List<Change> pending = new ArrayList<>();
  private transient boolean scheduled;
  private transient long lastDelivery;

  public LiveUpdates(Component view, ChangeFeed feed, SerializableConsumer<Change> handler) {
    this.feed = feed;
    this.handler = handler;
    view.addAttachListener(
        e -> {
          ui = e.getUI();
          subscribe();
        });
    view.addDetachListener(
        e -> {
          unsubscribe();
          ui = null;
        });
  }

  /** Follows {@code id} from now on (call it when the view enters a workspace). */
  public void workspace(long id) {
    if (workspaceId == null || workspaceId != id) {
      workspaceId = id;
      if (ui != null) {
        subscribe();
      }
    }
  }

  private void subscribe() {
    unsubscribe();
    if (workspaceId == null || ui == null) {
      return;
    }
    UI target = ui;
    long followed = workspaceId;
    subscription = feed.subscribe(followed, change -> collect(target, followed, change));
  }

  private void collect(UI target, long followed, Change change) {
    long delay;
    synchronized (lock) {
      pending.add(change);
      if (scheduled) {
        return;
      }
      scheduled = true;
      delay = Math.max(0, lastDelivery + WINDOW_MS - System.currentTimeMillis());
    }
    DELIVERY.schedule(() -> deliver(target, followed), delay, TimeUnit.MILLISECONDS);
  }

  private void deliver(UI target, long followed) {
    List<Change> batch;
    synchronized (lock) {
      batch = List.copyOf(pending);
      pending.clear();
      scheduled = false;
      lastDelivery = System.currentTimeMillis();
    }
    try {
      target.access(
          () -> {
            if (workspaceId != null && workspaceId == followed) {
              batch.forEach(handler);
            }
          });
    } catch (UIDetachedException e) {
      // the user left; detaching closes the subscription
    }
  }

  private void unsubscribe() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
  }
}

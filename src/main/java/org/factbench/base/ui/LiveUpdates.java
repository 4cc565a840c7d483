package org.factbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import org.factbench.base.live.Change;
import org.factbench.base.live.ChangeFeed;

/**
 * Connects a view to the change feed of its current workspace while the view is attached: each
 * committed change there runs the handler in the view's UI, and Push brings the result to the
 * browser.
 */
public final class LiveUpdates implements Serializable {

  private final transient ChangeFeed feed;
  private final SerializableConsumer<Change> handler;
  private Long workspaceId;
  private UI ui;
  private transient ChangeFeed.Subscription subscription;

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
    subscription =
        feed.subscribe(
            followed,
            change -> {
              try {
                target.access(
                    () -> {
                      if (workspaceId != null && workspaceId == followed) {
                        handler.accept(change);
                      }
                    });
              } catch (UIDetachedException e) {
                // the user left; detaching closes the subscription
              }
            });
  }

  private void unsubscribe() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
  }
}

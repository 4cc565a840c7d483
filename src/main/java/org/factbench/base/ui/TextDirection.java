package org.factbench.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place that sets the page's writing direction: right to left when the UI's language is
 * written so (Arabic, Hebrew, Persian, Urdu), else left to right. It looks when a UI starts and
 * again before each navigation, so a locale set while the user works applies from the next view on.
 * A page starts left to right, so an English UI never sends anything.
 */
@Component
class TextDirection implements VaadinServiceInitListener {

  /** Languages written right to left ("iw" is Hebrew's old code). */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur");

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init -> {
              UI ui = init.getUI();
              follow(ui);
              ui.addBeforeEnterListener(e -> follow(e.getUI()));
            });
  }

  /** Whether {@code locale}'s language is written right to left. */
  static boolean rightToLeft(Locale locale) {
    return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
  }

  /** Sets {@code ui}'s direction to its locale's, when that is not what the page has. */
  static void follow(UI ui) {
    Direction wanted =
        rightToLeft(ui.getLocale()) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
    Direction now =
        java.util.Objects.requireNonNullElse(
            ComponentUtil.getData(ui, Direction.class), Direction.LEFT_TO_RIGHT);
    if (now != wanted) {
      ui.setDirection(wanted);
      ComponentUtil.setData(ui, Direction.class, wanted);
    }
  }
}

package org.factbench.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * How the user interface says anything: {@code Messages.t("claim.panel.save")}, or with parameters
 * {@code Messages.t("claim.panel.title", id)}, in the current UI's locale through the application's
 * {@link I18NProvider} ({@link ModuleBundles}). Outside a UI (a service thread, the page shell) the
 * base bundles answer in English. Every view, component and helper uses this one way; a test checks
 * that each key written here exists in its module's bundle, and that no bundle key is unused.
 */
public final class Messages {

  private Messages() {}

  /** The text of {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}... */
  public static String t(String key, Object... args) {
    return provider().getTranslation(key, locale(), args);
  }

  /** A page title: the page's name and the application's ("Claims · Factbench"). */
  public static String pageTitle(String name) {
    return t("base.page.title", name);
  }

  /** The page's name in a title that {@link #pageTitle} made, or the title as it is. */
  public static String pageName(String title) {
    String marker = "\u0000";
    String pattern = pageTitle(marker);
    int at = pattern.indexOf(marker);
    String before = pattern.substring(0, at);
    String after = pattern.substring(at + marker.length());
    if (title.length() >= before.length() + after.length()
        && title.startsWith(before)
        && title.endsWith(after)) {
      return title.substring(before.length(), title.length() - after.length());
    }
    return title;
  }

  /** The locale texts are in now: the current UI's, else the base bundles' (English). */
  public static Locale locale() {
    UI ui = UI.getCurrent();
    return ui != null && ui.getLocale() != null ? ui.getLocale() : ModuleBundles.DEFAULT;
  }

  private static I18NProvider provider() {
    VaadinService service = VaadinService.getCurrent();
    I18NProvider provider = service == null ? null : service.getInstantiator().getI18NProvider();
    return provider != null ? provider : Standalone.BUNDLES;
  }

  /** The bundles read once from the class path, for code that runs outside Vaadin. */
  private static final class Standalone {
    static final ModuleBundles BUNDLES = new ModuleBundles();
  }
}

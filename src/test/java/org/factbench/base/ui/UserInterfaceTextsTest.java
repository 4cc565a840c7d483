package org.factbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Locale;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Views say their words from the bundles, in the UI's language, and a UI in a language written
 * right to left turns the page right to left. The test class path adds a pseudo-translation, en-XA,
 * of two workspace texts (src/test/resources/i18n/workspace_en_XA.properties).
 */
@IntegrationTest
class UserInterfaceTextsTest extends SpringBrowserlessTest {

  /** "Your workspaces" and "Workspaces" in the pseudo-translation. */
  static final String PSEUDO_YOUR_WORKSPACES =
      "[\u0176\u00f6\u00fb\u0155 \u0175\u00f6\u0155\u0137\u0161\u00fe\u00e5\u00e7\u00e9\u0161]";

  static final String PSEUDO_WORKSPACES =
      "[\u0174\u00f6\u0155\u0137\u0161\u00fe\u00e5\u00e7\u00e9\u0161]";

  @Autowired I18NProvider provider;

  @Test
  void vaadin_uses_the_module_bundles_as_its_i18n_provider() {
    assertThat(provider).isInstanceOf(ModuleBundles.class);
    assertThat(provider.getProvidedLocales()).containsExactly(Locale.ENGLISH);
  }

  @Test
  @WithUserDetails("editor")
  void the_workspaces_view_shows_the_words_of_the_workspace_bundle() {
    navigate("", Component.class);
    assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(find(H2.class).withText("Your workspaces").all()).hasSize(1);
    assertThat(sideNavLabels()).contains("Workspaces", "Your account");
    assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle())
        .isEqualTo("Workspaces \u00b7 Factbench");
    assertThat(find(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
  }

  @Test
  @WithUserDetails("editor")
  void in_another_language_the_view_shows_its_translation_and_english_where_there_is_none() {
    navigate("account", Component.class);
    UI.getCurrent().setLocale(Locale.forLanguageTag("en-XA"));
    navigate("", Component.class);
    assertThat(find(H2.class).all().stream().map(H2::getText).toList())
        .as("headings in %s", UI.getCurrent().getLocale())
        .containsExactly(PSEUDO_YOUR_WORKSPACES);
    assertThat(sideNavLabels()).contains(PSEUDO_WORKSPACES, "Your account");
    assertThat(((HasDynamicTitle) getCurrentView()).getPageTitle())
        .isEqualTo(PSEUDO_WORKSPACES + " \u00b7 Factbench");
    assertThat(find(Button.class).id("sign-out").getText()).isEqualTo("Sign out");
  }

  @Test
  @WithUserDetails("editor")
  void a_hebrew_ui_turns_the_page_right_to_left_and_english_turns_it_back() {
    UI ui = UI.getCurrent();
    navigate("", Component.class);
    assertThat(directionsSent(ui))
        .as("an English page stays as it starts, left to right")
        .isEmpty();

    ui.setLocale(Locale.forLanguageTag("he"));
    navigate("account", Component.class);
    assertThat(directionsSent(ui)).containsExactly("rtl");
    navigate("", Component.class);
    assertThat(directionsSent(ui)).as("sent once, not on every navigation").isEmpty();

    ui.setLocale(Locale.ENGLISH);
    navigate("account", Component.class);
    assertThat(directionsSent(ui)).containsExactly("ltr");
  }

  @Test
  void the_languages_written_right_to_left_are_arabic_hebrew_persian_and_urdu() {
    for (String tag : List.of("ar", "he", "fa", "ur", "ar-EG", "he-IL")) {
      assertThat(TextDirection.rightToLeft(Locale.forLanguageTag(tag))).as(tag).isTrue();
    }
    for (String tag : List.of("en", "fi", "de-DE", "tr", "zh-Hant-TW")) {
      assertThat(TextDirection.rightToLeft(Locale.forLanguageTag(tag))).as(tag).isFalse();
    }
  }

  private List<String> sideNavLabels() {
    return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
  }

  /** The directions the UI told the page since the last look ({@code document.dir = ...}). */
  private static List<String> directionsSent(UI ui) {
    return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
        .map(p -> p.getInvocation())
        .filter(i -> i.getExpression().contains("document.dir"))
        .map(i -> String.valueOf(i.getParameters().getFirst()).replace("\"", ""))
        .toList();
  }
}

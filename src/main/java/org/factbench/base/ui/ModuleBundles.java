package org.factbench.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The words of the user interface, as Vaadin's {@link I18NProvider}: one bundle per module, {@code
 * i18n/<module>.properties} (UTF-8), each key prefixed with its module ({@code claim.panel.save}).
 * A translation is a variant beside it, {@code <module>_<lang>.properties} or {@code
 * <module>_<lang>_<COUNTRY>.properties}; it overrides the English base key by key, so a key it
 * lacks stays English. A key no bundle has shows as {@code !key!} and is logged once. With
 * parameters, a text is a {@link MessageFormat} pattern ({@code {0}}; an apostrophe is written
 * twice); without, it is shown as written.
 *
 * <p>Vaadin finds this bean by its type and then picks each new UI's locale from {@link
 * #getProvidedLocales()}: English only for now.
 */
@Component
public class ModuleBundles implements I18NProvider {

  /** The language of the base bundles. */
  public static final Locale DEFAULT = Locale.ENGLISH;

  /** Where the bundles are, for every jar and folder on the class path. */
  static final String LOCATION = "classpath*:i18n/*.properties";

  private static final Logger log = LoggerFactory.getLogger(ModuleBundles.class);

  /** Texts by variant suffix ({@code ""} for the base bundles, {@code "he"}, {@code "en_XA"}). */
  private final Map<String, Map<String, String>> variants;

  private final Map<Locale, Map<String, String>> byLocale = new ConcurrentHashMap<>();
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  public ModuleBundles() {
    this(LOCATION);
  }

  /** The bundles matching {@code location}, a Spring resource pattern. */
  ModuleBundles(String location) {
    this.variants = load(location);
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(DEFAULT);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale in = locale == null ? DEFAULT : locale;
    String text = key == null ? null : texts(in).get(key);
    if (text == null) {
      if (reported.add(String.valueOf(key))) {
        log.warn("No text for the key {} in any bundle (locale {})", key, in);
      }
      return "!" + key + "!";
    }
    return params == null || params.length == 0
        ? text
        : new MessageFormat(text, in).format(params, new StringBuffer(), null).toString();
  }

  /** Every text for {@code locale}: the base bundles, overridden by its language, then country. */
  private Map<String, String> texts(Locale locale) {
    return byLocale.computeIfAbsent(
        locale,
        l -> {
          Map<String, String> texts = new HashMap<>(variants.getOrDefault("", Map.of()));
          if (!l.getLanguage().isEmpty()) {
            texts.putAll(variants.getOrDefault(l.getLanguage(), Map.of()));
            if (!l.getCountry().isEmpty()) {
              texts.putAll(variants.getOrDefault(l.getLanguage() + "_" + l.getCountry(), Map.of()));
            }
          }
          return Map.copyOf(texts);
        });
  }

  private static Map<String, Map<String, String>> load(String location) {
    Map<String, Map<String, String>> variants = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    Map<String, Resource> files = new LinkedHashMap<>();
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver(ModuleBundles.class.getClassLoader())
              .getResources(location)) {
        files.putIfAbsent(r.getURL().toString(), r);
      }
      for (Resource r : files.values()) {
        String name = r.getFilename();
        String base = name.substring(0, name.length() - ".properties".length());
        int cut = base.indexOf('_');
        String variant = cut < 0 ? "" : base.substring(cut + 1);
        Map<String, String> texts = variants.computeIfAbsent(variant, v -> new HashMap<>());
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
          p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
          String before = origin.put(variant + "\u0000" + key, name);
          if (before != null) {
            throw new IllegalStateException(
                "The key " + key + " is in two bundles: " + before + " and " + name);
          }
          texts.put(key, p.getProperty(key));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundles at " + location, e);
    }
    return variants;
  }
}

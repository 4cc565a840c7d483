package org.factbench.base.web;

import org.factbench.base.ControlCharacters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses every JSON string read into a request body (a field, an element of a list) that holds a
 * control character {@link ControlCharacters} refuses. The refusal is an {@link
 * InvalidFormatException} for a string, so Jackson adds the path to the value and the API answers
 * 400 naming the field ({@code wording}, {@code tags[1]}). Registered with the application's JSON
 * mapper, which Spring MVC reads request bodies with.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterStrings {

  @Bean
  JacksonModule controlCharacterStringsModule() {
    return new SimpleModule("factbench-control-characters")
        .addDeserializer(String.class, new Deserializer());
  }

  static final class Deserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String value = super.deserialize(p, ctxt);
      int at = ControlCharacters.firstIn(value);
      if (at >= 0) {
        throw ctxt.weirdStringException(
            value, String.class, ControlCharacters.message(null, value.charAt(at)));
      }
      return value;
    }
  }
}

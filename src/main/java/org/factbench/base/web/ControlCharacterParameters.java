package org.factbench.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.factbench.base.ControlCharacters;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, for every request under {@code /api/}, a parameter (query, form field or multipart
 * field, declared or not) or a path variable whose name or value holds a control character that
 * {@link ControlCharacters} refuses, and a parameter that is not valid percent-encoded UTF-8: 400
 * naming the parameter, before any controller or service sees it. It runs after the multipart body
 * is parsed, so the form fields of an upload are checked too.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterParameters implements WebMvcConfigurer, HandlerInterceptor {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (InvalidParameterException e) {
      throw new BadRequestException(
          "Bad parameter",
          null,
          "A parameter of the request is not correctly percent-encoded UTF-8.");
    }
    for (var p : parameters.entrySet()) {
      check(p.getKey(), p.getKey());
      for (String value : p.getValue()) {
        check(p.getKey(), value);
      }
    }
    if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
        instanceof Map<?, ?> variables) {
      for (var v : variables.entrySet()) {
        check(String.valueOf(v.getKey()), String.valueOf(v.getValue()));
      }
    }
    return true;
  }

  private static void check(String name, String value) {
    int at = ControlCharacters.firstIn(value);
    if (at >= 0) {
      String field = ControlCharacters.firstIn(name) >= 0 ? null : name;
      throw new BadRequestException(
          "Bad parameter", field, ControlCharacters.message(field, value.charAt(at)));
    }
  }
}

package org.factbench.api;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers the API tests share: JSON bodies, bearer tokens, values read from answers. */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ApiClient() {}

  static String json(Map<String, ?> body) {
    return JSON.writeValueAsString(body);
  }

  static RequestPostProcessor bearer(String secret) {
    return request -> {
      request.addHeader("Authorization", "Bearer " + secret);
      return request;
    };
  }

  static MockHttpServletRequestBuilder asJson(
      MockHttpServletRequestBuilder request, Map<String, ?> body) {
    return request.contentType("application/json").content(json(body));
  }

  static <T> T read(MvcResult result, String path) throws Exception {
    return JsonPath.read(result.getResponse().getContentAsString(), path);
  }

  static long number(MvcResult result, String path) throws Exception {
    return ((Number) read(result, path)).longValue();
  }
}

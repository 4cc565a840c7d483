package org.factbench.report.writer;

import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the JSON formats share: they build each claim as a Jackson tree, never by concatenating
 * strings, and stream the trees one claim at a time through a pretty-printing generator.
 */
@Component
class JsonOutput {

  private final JsonMapper json;

  JsonOutput(JsonMapper json) {
    this.json = json;
  }

  /** A new, empty object node. */
  ObjectNode object() {
    return json.createObjectNode();
  }

  /** A pretty-printing generator on {@code out}. */
  JsonGenerator generator(OutputStream out) {
    return json.writerWithDefaultPrettyPrinter().createGenerator(out);
  }

  /** Writes the fields of {@code node} into the object being generated. */
  static void writeFields(JsonGenerator g, ObjectNode node) {
    for (var field : node.properties()) {
      g.writeName(field.getKey());
      g.writeTree(field.getValue());
    }
  }
}

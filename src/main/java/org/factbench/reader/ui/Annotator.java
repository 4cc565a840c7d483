package org.factbench.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.factbench.base.Contrast;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimHighlight;
import org.factbench.document.Suggestion;

/**
 * The server side of {@code <fb-annotator>} (frontend/src/fb-annotator.ts): the document's text
 * shown as text, claims painted in their verdict colours, selections reported as character offsets.
 * Every label it shows comes from here, in the user's language (its own English fallbacks are then
 * never used).
 */
@Tag("fb-annotator")
@JsModule("./src/fb-annotator.ts")
class Annotator extends Component {

  Annotator() {
    setId("annotator");
  }

  void setText(String text) {
    getElement().setProperty("text", text);
  }

  /**
   * The media type the text was read as, which the document stores at import; {@code text/markdown}
   * shows headings, lists and emphasis as such (markers hidden, offsets kept).
   */
  void setFormat(String format) {
    getElement().setProperty("format", format == null ? "text/plain" : format);
  }

  void setSelectable(boolean selectable) {
    getElement().setProperty("selectable", selectable);
  }

  void setHighlights(List<ClaimHighlight> highlights) {
    getElement()
        .setProperty(
            "highlightsJson",
            Json.array(
                highlights,
                h ->
                    new Object[] {
                      "id", h.claimId(),
                      "start", h.start(),
                      "end", h.end(),
                      "colour", h.colour(),
                      "text", textOnTint(h.colour()),
                      "label",
                          h.verdictLabel() == null
                              ? Messages.t("reader.annotator.no-verdict")
                              : h.verdictLabel(),
                      "wording", h.wording()
                    }));
  }

  /** Paints the open suggestions faintly where no claim covers the text. */
  void setSuggestions(List<Suggestion> suggestions) {
    getElement()
        .setProperty(
            "suggestionsJson",
            Json.array(
                suggestions,
                sg ->
                    new Object[] {
                      "id", sg.id(),
                      "start", sg.start(),
                      "end", sg.end(),
                      "label",
                          Messages.t(
                              "reader.annotator.suggested",
                              String.valueOf(Math.round(sg.score() * 100)),
                              String.join(", ", sg.reasons()))
                    }));
  }

  /**
   * The strongest tint the annotator paints a claim with (two claims over the same words): its
   * colour at 38% over the white page (fb-hl-overlap in factbench.css).
   */
  static final double STRONGEST_TINT = 0.38;

  /** The text colour that reads best on a claim's tint, or null (the page's) without a colour. */
  static String textOnTint(String colour) {
    return Contrast.isHex(colour)
        ? Contrast.textOn(Contrast.blend(colour, STRONGEST_TINT, Contrast.WHITE))
        : null;
  }

  void revealSuggestion(long suggestionId) {
    getElement().callJsFunction("revealSuggestion", (double) suggestionId);
  }

  Registration addSuggestionListener(ComponentEventListener<SuggestionEvent> listener) {
    return addListener(SuggestionEvent.class, listener);
  }

  /** The reader clicked a suggested sentence. */
  @DomEvent("annotator-suggestion")
  public static class SuggestionEvent extends ComponentEvent<Annotator> {
    final long suggestionId;

    public SuggestionEvent(
        Annotator source,
        boolean fromClient,
        @EventData("event.detail.suggestionId") double suggestionId) {
      super(source, fromClient);
      this.suggestionId = (long) suggestionId;
    }
  }

  void reveal(long claimId) {
    getElement().callJsFunction("reveal", (double) claimId);
  }

  Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
    return addListener(SelectEvent.class, listener);
  }

  Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
    return addListener(OpenEvent.class, listener);
  }

  /** The reader selected [start, end) of the text. */
  @DomEvent("annotator-select")
  public static class SelectEvent extends ComponentEvent<Annotator> {
    final int start;
    final int end;
    final String quote;

    public SelectEvent(
        Annotator source,
        boolean fromClient,
        @EventData("event.detail.start") int start,
        @EventData("event.detail.end") int end,
        @EventData("event.detail.quote") String quote) {
      super(source, fromClient);
      this.start = start;
      this.end = end;
      this.quote = quote;
    }
  }

  /** The reader clicked a highlighted claim. */
  @DomEvent("annotator-open")
  public static class OpenEvent extends ComponentEvent<Annotator> {
    final long claimId;

    public OpenEvent(
        Annotator source, boolean fromClient, @EventData("event.detail.claimId") double claimId) {
      super(source, fromClient);
      this.claimId = (long) claimId;
    }
  }

  /** Minimal JSON for the highlight and suggestion lists. */
  static final class Json {
    private Json() {}

    /**
     * An array of one object per item, whose names and values {@code fields} gives in turn (name,
     * value, name, value...): a number as it is, anything else as a string or null.
     */
    static <T> String array(List<T> items, java.util.function.Function<T, Object[]> fields) {
      StringBuilder json = new StringBuilder("[");
      for (T item : items) {
        Object[] f = fields.apply(item);
        json.append(json.length() > 1 ? ",{" : "{");
        for (int k = 0; k < f.length; k += 2) {
          json.append(k == 0 ? "" : ",").append(string((String) f[k])).append(':');
          json.append(f[k + 1] instanceof Number n ? n.toString() : string((String) f[k + 1]));
        }
        json.append('}');
      }
      return json.append(']').toString();
    }

    static String string(String s) {
      if (s == null) {
        return "null";
      }
      StringBuilder sb = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      return sb.append('"').toString();
    }
  }
}

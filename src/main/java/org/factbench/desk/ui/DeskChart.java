package org.factbench.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * The server side of {@code <fb-chart>} (frontend/src/fb-chart.ts): Apache ECharts draws the bars
 * of one {@link ChartData}; a click on a bar with a list tells the listener that list's address.
 */
@Tag("fb-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/fb-chart.ts")
class DeskChart extends Component {

  DeskChart(ChartData data) {
    setId(data.id() + "-chart");
    getElement().setProperty("spec", data.json());
    getElement().setAttribute("aria-label", data.summary());
    getElement().getStyle().set("display", "block").set("width", "100%").set("height", "14rem");
  }

  Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
    return addListener(SelectEvent.class, listener);
  }

  /** A bar was clicked; {@code href} is the claims list it counts. */
  @DomEvent("fb-chart-select")
  public static class SelectEvent extends ComponentEvent<DeskChart> {
    private final String href;

    public SelectEvent(
        DeskChart source, boolean fromClient, @EventData("event.detail.href") String href) {
      super(source, fromClient);
      this.href = href;
    }

    public String href() {
      return href;
    }
  }
}

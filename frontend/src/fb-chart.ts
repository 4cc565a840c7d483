/**
 * <fb-chart>: one bar chart of the desk dashboard, drawn by Apache ECharts (decision record 0016)
 * from the figures the server sets as JSON in the `spec` property. It draws no numbers of its own:
 * the server computes them, and the chart's card also shows them as a table. ECharts' aria
 * component gives the drawing a description that screen readers read; the chart is also a single
 * labelled image (`role="img"`) whose label the server writes.
 *
 * A click on a bar that has a link fires `fb-chart-select` with `detail.href`; the server decides
 * where that leads. Bars with a link show a pointer; keyboard users reach the same lists through the
 * links in the table view.
 */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One series of bars: its name, and a colour and a value for each category. */
interface Series {
  name: string;
  colours: string[];
  values: number[];
  /** where a click on each bar leads; empty or missing for a bar without a list */
  links?: Array<string | null>;
}

/** What the server sends. */
interface ChartSpec {
  categories: string[];
  series: Series[];
  /** bars side by side along a vertical axis of categories (long labels, people's names) */
  horizontal?: boolean;
  /** series stacked on one another instead of side by side */
  stacked?: boolean;
}

export class FbChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private current?: ChartSpec;
  private resizer?: ResizeObserver;
  private readonly box = document.createElement('div');

  static get observedAttributes() {
    return ['spec'];
  }

  connectedCallback() {
    // a value set before this element was upgraded is an own property that hides the setter
    if (Object.prototype.hasOwnProperty.call(this, 'spec')) {
      const early = (this as unknown as { spec: string | null }).spec;
      delete (this as unknown as { spec?: string | null }).spec;
      this.spec = early;
    }
    if (!this.box.isConnected) {
      this.box.style.width = '100%';
      this.box.style.height = '100%';
      this.appendChild(this.box);
    }
    this.setAttribute('role', 'img');
    this.chart = echarts.init(this.box, undefined, { renderer: 'svg' });
    this.chart.on('click', (p) => this.select(p.seriesIndex, p.dataIndex));
    this.resizer = new ResizeObserver(() => this.chart?.resize());
    this.resizer.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.resizer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  attributeChangedCallback(_name: string, _old: string | null, value: string | null) {
    this.spec = value;
  }

  set spec(json: string | null) {
    try {
      this.current = json ? (JSON.parse(json) as ChartSpec) : undefined;
    } catch {
      this.current = undefined;
    }
    this.draw();
  }

  private select(seriesIndex: number | undefined, dataIndex: number | undefined) {
    if (seriesIndex === undefined || dataIndex === undefined) {
      return;
    }
    const href = this.current?.series[seriesIndex]?.links?.[dataIndex];
    if (href) {
      this.dispatchEvent(new CustomEvent('fb-chart-select', { detail: { href } }));
    }
  }

  private draw() {
    const spec = this.current;
    if (!this.chart || !spec) {
      return;
    }
    const text = getComputedStyle(this).getPropertyValue('--lumo-body-text-color').trim() || '#1f2937';
    const secondary = getComputedStyle(this).getPropertyValue('--lumo-secondary-text-color').trim() || '#4b5563';
    // ECharts measures text to lay out labels and legends: it must measure the font the page shows
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    const categoryAxis = {
      type: 'category' as const,
      data: spec.categories,
      axisLabel: spec.horizontal
        ? { color: secondary, fontFamily: font, interval: 0, overflow: 'truncate' as const, width: 140 }
        : { color: secondary, fontFamily: font, hideOverlap: true },
      axisTick: { show: false },
    };
    const valueAxis = {
      type: 'value' as const,
      minInterval: 1,
      axisLabel: { color: secondary, fontFamily: font },
    };
    this.chart.setOption(
      {
        animation: false,
        aria: { enabled: true },
        textStyle: { color: text, fontFamily: font },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend:
          spec.series.length > 1
            ? { top: 0, type: 'scroll', textStyle: { color: text, fontFamily: font } }
            : { show: false },
        grid: {
          left: 8,
          right: 16,
          bottom: 8,
          top: spec.series.length > 1 ? 32 : 12,
          containLabel: true,
        },
        xAxis: spec.horizontal ? valueAxis : categoryAxis,
        yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
        series: spec.series.map((s) => ({
          type: 'bar',
          name: s.name,
          // the legend's swatch
          itemStyle: { color: s.colours[0] },
          stack: spec.stacked ? 'all' : undefined,
          barMaxWidth: 48,
          cursor: 'default',
          data: s.values.map((v, i) => ({
            value: v,
            itemStyle: { color: s.colours[i] },
            cursor: s.links?.[i] ? 'pointer' : 'default',
          })),
        })),
      },
      { notMerge: true },
    );
  }
}

customElements.define('fb-chart', FbChart);

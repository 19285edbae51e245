import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { SizedElement } from '../shared/sized-element.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * <troika-chart>: a bar chart. The Java component IndicatorChart drives it through one property, `chart`
 * (JSON: categories, series of {name, values}, stacked, unit, max), set perhaps before this module has
 * upgraded the element. ECharts starts only once the element has a size and follows every resize.
 * `data-rendered-series` and `data-rendered-categories` mark a chart drawn (tests and screenshots wait for
 * them); `renderedOption()` gives back, as JSON, the categories and series ECharts holds.
 */
class TroikaChart extends SizedElement {

  static earlyProperties = ['chart'];

  created() {
    // the tooltips may reach past the plot
    this.container.style.overflow = 'visible';
  }

  set chart(json) {
    this.chartJson = json;
    this.chartData = json ? JSON.parse(json) : null;
    requestAnimationFrame(() => this.render());
  }

  get chart() {
    return this.chartJson;
  }

  sizeChanged() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (!this.echart) {
      this.render();
    } else {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.relayout());
    }
  }

  render() {
    if (!this.chartData || !this.container || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (!this.echart) {
      this.echart = echarts.init(this.container, null, { renderer: 'svg' });
      this.echart.on('finished', () => {
        this.setAttribute('data-rendered-series', String(this.echart.getOption().series.length));
        this.setAttribute('data-rendered-categories', String(this.echart.getOption().xAxis[0].data.length));
      });
    } else {
      this.echart.resize();
    }
    this.removeAttribute('data-rendered-series');
    this.removeAttribute('data-rendered-categories');
    this.echart.setOption(option(this.chartData, this.clientWidth), { notMerge: true });
  }

  /** Follows a new size without drawing the bars afresh: category labels wrap to the width each one gets. */
  relayout() {
    if (!this.echart || !this.chartData) {
      return;
    }
    this.echart.resize();
    this.echart.setOption({
      textStyle: textStyle(),
      xAxis: [{ axisLabel: { width: labelWidth(this.chartData, this.clientWidth) } }]
    });
  }

  /** What ECharts draws now, as JSON: {categories: [...], series: [{name, values}]}. */
  renderedOption() {
    if (!this.echart) {
      return null;
    }
    const drawn = this.echart.getOption();
    return JSON.stringify({
      categories: drawn.xAxis[0].data,
      series: drawn.series.map(series => ({ name: series.name, values: series.data }))
    });
  }
}

const LEFT = 56;
const RIGHT = 24;

function labelWidth(chart, width) {
  return Math.max(48, (width - LEFT - RIGHT) / Math.max(1, chart.categories.length) - 12);
}

/** Larger type on a wide screen, which is likely a projector seen from afar. */
function textStyle() {
  return { fontSize: window.innerWidth >= 1600 ? 15 : 13 };
}

function option(chart, width) {
  const unit = chart.unit || '';
  return {
    animationDuration: 300,
    textStyle: textStyle(),
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: value => value === null || value === undefined ? '—' : `${format(value)}${unit}`
    },
    grid: { left: LEFT, right: RIGHT, top: 40, bottom: 8, containLabel: true },
    xAxis: [{
      type: 'category',
      data: chart.categories,
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: 0, width: labelWidth(chart, width), overflow: 'break', lineHeight: 16 }
    }],
    yAxis: [{
      type: 'value',
      max: chart.max ?? undefined,
      axisLabel: { formatter: value => `${format(value)}${unit}` }
    }],
    series: chart.series.map(series => ({
      name: series.name,
      type: 'bar',
      stack: chart.stacked ? 'total' : undefined,
      barMaxWidth: 48,
      emphasis: { focus: 'series' },
      label: {
        show: true,
        position: chart.stacked ? 'inside' : 'top',
        fontSize: 11,
        // a stacked zero would print over its neighbours
        formatter: params => params.value === null || params.value === undefined
          || (chart.stacked && params.value === 0) ? '' : format(params.value)
      },
      data: series.values
    }))
  };
}

function format(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

customElements.define('troika-chart', TroikaChart);

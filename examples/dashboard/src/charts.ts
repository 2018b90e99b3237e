// The charts (图表), drawn by ECharts as SVG: only the chart types and components used are
// imported, so the page carries a part of the library, and the SVG renderer keeps the charts crisp
// in print and in screenshots. The values are the library's rates; the axis is in percent.

import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatPercent, type Rate } from 'renda';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

const charts = new Map<HTMLElement, EChartsType>();

/** Draws (or redraws) a chart in `element`. */
export function draw(element: HTMLElement, option: ChartOption): void {
  let chart = charts.get(element);
  if (chart === undefined) {
    chart = init(element, null, { renderer: 'svg' });
    charts.set(element, chart);
  }
  chart.setOption({ animation: false, ...option }, true);
}

/** Fits every chart to its box again (after the window is resized). */
export function resizeCharts(): void {
  for (const chart of charts.values()) chart.resize();
}

/** A rate's value on a percent axis, `null` (no bar) when its denominator is 0. */
const percentOf = (r: Rate): number | null => (r.value === null ? null : r.value * 100);

const percentAxis = {
  type: 'value' as const,
  min: 0,
  max: 100,
  axisLabel: { formatter: '{value}%' },
};

/** One bar series per rate, one category per row. */
export function rateBars(
  rows: readonly { readonly label: string; readonly rates: readonly Rate[] }[],
  series: readonly string[],
): ChartOption {
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v / 100) : '—'),
    },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 96 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { rotate: 40, interval: 0 },
    },
    yAxis: percentAxis,
    series: series.map((name, i) => ({
      type: 'bar' as const,
      name,
      data: rows.map((r) => {
        const x = r.rates[i];
        return x === undefined ? null : percentOf(x);
      }),
    })),
  };
}

/** Counts per category as a pie (states, outcome classes). */
export function countPie(
  entries: readonly { readonly name: string; readonly value: number }[],
): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '70%'],
        center: ['38%', '50%'],
        label: { formatter: '{b}: {c}' },
        data: entries.filter((e) => e.value > 0).map((e) => ({ ...e })),
      },
    ],
  };
}

/** Items assigned per month (bars) with one rate per month (line, right axis). */
export function monthlyTrend(
  months: readonly { readonly month: string; readonly n: number; readonly rate: Rate }[],
  countName: string,
  rateName: string,
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', name: '件 items' },
      { ...percentAxis, name: rateName },
    ],
    series: [
      { type: 'bar', name: countName, data: months.map((m) => m.n) },
      {
        type: 'line',
        name: rateName,
        yAxisIndex: 1,
        data: months.map((m) => percentOf(m.rate)),
        tooltip: {
          valueFormatter: (v) => (typeof v === 'number' ? formatPercent(v / 100) : '—'),
        },
      },
    ],
  };
}

/** Counts per category as horizontal bars, largest first (many categories: opinion states). */
export function countBars(
  entries: readonly { readonly name: string; readonly value: number }[],
  seriesName: string,
): ChartOption {
  const shown = entries.filter((e) => e.value > 0).sort((a, b) => a.value - b.value);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 180, right: 48, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: shown.map((e) => e.name) },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: shown.map((e) => e.value),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

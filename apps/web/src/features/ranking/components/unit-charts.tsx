import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what these two charts draw: bars, a line, axes, tooltip, legend, the SVG renderer (no canvas, crisp
// on phones, prints). This module is imported dynamically by the unit pages, so no other page downloads it.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = echarts.ComposeOption<
  | import('echarts/charts').BarSeriesOption
  | import('echarts/charts').LineSeriesOption
  | import('echarts/components').GridComponentOption
  | import('echarts/components').LegendComponentOption
  | import('echarts/components').TooltipComponentOption
>;

function Chart({ option, label, height }: { option: Option; label: string; height: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const chart = echarts.init(node, null, {
      renderer: 'svg',
      width: node.clientWidth || 600,
      height,
      locale: 'EN',
    });
    chart.setOption(option);
    const resize = () => chart.resize({ width: node.clientWidth || 600, height });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [option, height]);
  return <div ref={element} className="results-chart" role="img" aria-label={label} style={{ height }} />;
}

const COLORS = { got: '#1f6f43', lost: '#c9d3cc', line: '#0b4f8a' };

/** Points per area as horizontal stacked bars: what the unit got, and what it lost up to the maximum. */
export function AreaChart({
  areas,
  labels,
  format,
}: {
  areas: { title: string; points: number; maxPoints: number }[];
  labels: { got: string; lost: string; chart: string };
  format(value: number): string;
}) {
  const option: Option = {
    animation: false,
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.got, labels.lost] },

    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => format(Number(v)) },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: areas.map((area) => area.title),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      {
        name: labels.got,
        type: 'bar',
        stack: 'max',
        itemStyle: { color: COLORS.got },
        data: areas.map((area) => area.points),
      },
      {
        name: labels.lost,
        type: 'bar',
        stack: 'max',
        itemStyle: { color: COLORS.lost },
        data: areas.map((area) => Math.max(0, Math.round((area.maxPoints - area.points) * 1000) / 1000)),
      },
    ],
  };
  return <Chart option={option} label={labels.chart} height={Math.max(160, 40 + areas.length * 36)} />;
}

/** The index across the published years (and the rank in the tooltip). */
export function TrendChart({
  years,
  label,
  format,
}: {
  years: { year: number; index: number | null; rank: number | null }[];
  label: string;
  format(value: number): string;
}) {
  const option: Option = {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (v === null || v === undefined ? '—' : format(Number(v))),
    },
    xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
    yAxis: { type: 'value', min: (extent) => Math.max(0, Math.floor(extent.min - 5)), max: 100 },
    series: [
      {
        name: label,
        type: 'line',
        itemStyle: { color: COLORS.line },
        symbolSize: 8,
        data: years.map((y) => y.index),
        label: { show: true, formatter: (p) => format(Number(p.value)) },
      },
    ],
  };
  return <Chart option={option} label={label} height={220} />;
}

import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Lines only, SVG: this module is imported dynamically by the trends and national standing panels, so no
// other screen downloads ECharts (the tables beside each chart say the same in text).
echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = echarts.ComposeOption<
  | import('echarts/charts').LineSeriesOption
  | import('echarts/components').GridComponentOption
  | import('echarts/components').LegendComponentOption
  | import('echarts/components').TooltipComponentOption
>;

const PALETTE = ['#0b4f8a', '#1f6f43', '#a34a00', '#6a3d9a', '#b8002e', '#00727a', '#5b5b00', '#7a4e2d'];

/** Lines across years: each series a name and one value per year (null: no value that year). */
export function YearLinesChart({
  years,
  series,
  label,
  format,
  inverse = false,
}: {
  years: number[];
  series: { name: string; values: (number | null)[] }[];
  label: string;
  format(value: number): string;
  /** Ranks: 1 at the top. */
  inverse?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const height = 260;
    const chart = echarts.init(node, null, { renderer: 'svg', width: node.clientWidth || 600, height });
    const option: Option = {
      animation: false,
      color: PALETTE,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined ? '—' : format(Number(v))),
      },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', inverse, scale: true, axisLabel: { formatter: (v: number) => format(v) } },
      series: series.map((s) => ({
        name: s.name,
        type: 'line',
        connectNulls: false,
        symbolSize: 7,
        data: s.values,
      })),
    };
    chart.setOption(option);
    const resize = () => chart.resize({ width: node.clientWidth || 600, height });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [years, series, format, inverse]);
  return (
    <div ref={element} className="results-chart" role="img" aria-label={label} style={{ height: 260 }} />
  );
}

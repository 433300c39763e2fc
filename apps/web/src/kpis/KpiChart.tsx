// A KPI's monthly trend against its target line. ECharts draws it as SVG; the chart is one image
// for assistive technology (its summary in aria-label), and the table beside it carries the data.
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { KpiFigure } from '../api/types';
import { formatValue } from './format';

echarts.use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

/** One point of the trend: a month or a quarter. */
export interface TrendPoint {
  label: string;
  value: number | null;
}

export function KpiChart({ figure, points, summary }: { figure: KpiFigure; points: TrendPoint[]; summary: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const share = figure.unit === 'share';
    const scale = (v: number) => (share ? Math.round(v * 1000) / 10 : v);
    const target = figure.targets[figure.targets.length - 1];
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => (share ? `${v}%` : String(v)) },
      xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { color: '#333' } },
      yAxis: { type: 'value', min: share ? 0 : 1, max: share ? 100 : 10, axisLabel: { color: '#333', formatter: share ? '{value}%' : '{value}' } },
      series: [
        {
          type: 'line',
          name: figure.name,
          data: points.map((p) => (p.value === null ? null : scale(p.value))),
          symbol: 'circle',
          symbolSize: 7,
          lineStyle: { width: 3, color: '#4a1fb8' },
          itemStyle: { color: '#4a1fb8' },
          markLine: target
            ? {
                symbol: 'none',
                silent: true,
                label: { formatter: `Doel ${formatValue(figure.unit, target.value)}`, color: '#0c451c', position: 'insideEndTop' },
                lineStyle: { type: 'dashed', color: '#0c451c', width: 2 },
                data: [{ yAxis: scale(target.value) }],
              }
            : undefined,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [figure, points]);
  return <div ref={ref} className="helder-chart" role="img" aria-label={summary} />;
}

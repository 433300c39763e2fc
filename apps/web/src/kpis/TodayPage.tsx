// The contact centre's day at a glance: which teams have open and overdue callback requests, and
// how busy each channel is per hour. Refreshes every minute.
import { CHANNEL_LABELS, type Channel } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { Alert, EmptyState, Loading } from '../ui/feedback';
import { formatLongDate } from '../ui/format';
import { useApi } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Today {
  date: string;
  teams: Array<{ teamId: string; teamName: string; open: number; overdue: number; dueToday: number }>;
  hours: Array<{ hour: number; channel: Channel; count: number }>;
}

const PALETTE = ['#4a1fb8', '#0c6e3c', '#a3360b', '#1f5fa8', '#7a1f5c', '#5c5c00', '#333333', '#006b75'];

export function TodayPage() {
  const { data, error, loading, reload } = useApi<Today>('/api/kpis/today');
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);

  const channels = [...new Set((data?.hours ?? []).map((h) => h.channel))];
  const hours = [...new Set((data?.hours ?? []).map((h) => h.hour))].sort((a, b) => a - b);
  const count = (hour: number, channel: Channel) => data?.hours.find((h) => h.hour === hour && h.channel === channel)?.count ?? 0;

  return (
    <>
      <PageTitle title="Vandaag">Vandaag</PageTitle>
      <Paragraph className="helder-lead">{data ? `${formatLongDate(data.date)}. ` : ''}Welke teams hebben terugbelverzoeken open, en hoe druk is het per kanaal? De cijfers worden elke minuut bijgewerkt.</Paragraph>
      {error ? <Alert type="error">{error.message}</Alert> : null}
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <Section title="Open terugbelverzoeken per team">
            {data.teams.length === 0 ? (
              <EmptyState>Er staan geen terugbelverzoeken open.</EmptyState>
            ) : (
              <div className="utrecht-table-container helder-table-container">
                <table className="utrecht-table utrecht-table--html-table helder-table">
                  <caption className="utrecht-table__caption">Open verzoeken, de teams met de meeste te late eerst</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="col">Team</th>
                      <th className="utrecht-table__header-cell" scope="col">Te laat</th>
                      <th className="utrecht-table__header-cell" scope="col">Vandaag uiterlijk</th>
                      <th className="utrecht-table__header-cell" scope="col">Open</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {data.teams.map((t) => (
                      <tr key={t.teamId} className="utrecht-table__row">
                        <th className="utrecht-table__cell" scope="row">{t.teamName}</th>
                        <td className="utrecht-table__cell" data-overdue={t.teamName}>
                          {t.overdue > 0 ? <span className="helder-kpi-status helder-kpi-status--off_track"><span aria-hidden="true">■</span> {t.overdue}</span> : 0}
                        </td>
                        <td className="utrecht-table__cell">{t.dueToday}</td>
                        <td className="utrecht-table__cell" data-open={t.teamName}>{t.open}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
          <Section title="Contacten per uur">
            {hours.length === 0 ? (
              <EmptyState>Vandaag zijn er nog geen contacten geregistreerd.</EmptyState>
            ) : (
              <>
                <HourChart hours={hours} channels={channels} count={count} />
                <div className="utrecht-table-container helder-table-container">
                  <table className="utrecht-table utrecht-table--html-table helder-table">
                    <caption className="utrecht-table__caption">Contacten per uur en kanaal</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="col">Uur</th>
                        {channels.map((c) => (
                          <th key={c} className="utrecht-table__header-cell" scope="col">{CHANNEL_LABELS[c]}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {hours.map((h) => (
                        <tr key={h} className="utrecht-table__row">
                          <th className="utrecht-table__cell" scope="row">{`${h}:00–${h + 1}:00`}</th>
                          {channels.map((c) => (
                            <td key={c} className="utrecht-table__cell">{count(h, c)}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </Section>
        </>
      ) : null}
    </>
  );
}

function HourChart({ hours, channels, count }: { hours: number[]; channels: Channel[]; count: (hour: number, channel: Channel) => number }) {
  const ref = useRef<HTMLDivElement>(null);
  const total = hours.reduce((sum, h) => sum + channels.reduce((s, c) => s + count(h, c), 0), 0);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 40, bottom: 28 },
      legend: { top: 0, textStyle: { color: '#333' } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: hours.map((h) => `${h}:00`), axisLabel: { color: '#333' } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
      series: channels.map((c, i) => ({
        type: 'bar',
        stack: 'contacts',
        name: CHANNEL_LABELS[c],
        data: hours.map((h) => count(h, c)),
        itemStyle: { color: PALETTE[i % PALETTE.length], borderColor: '#fff', borderWidth: 1 },
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [hours, channels, count]);
  return <div ref={ref} className="helder-chart" role="img" aria-label={`Contacten per uur vandaag: ${total} in totaal. De tabel hieronder geeft de aantallen per kanaal.`} />;
}

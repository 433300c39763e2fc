// Management and council: every KPI of the measurement plan for a period, organisation-wide or for
// one team, against its targets, with the trend per month and a plain verdict.
import { type Channel, CHANNEL_LABELS, CHANNELS, quarterOf, quartersUpTo, REPORT_CATEGORIES, REPORT_CATEGORY_SHORT, sumByQuarter } from '@helder/domain';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { query } from '../api/client';
import type { KpiFigure, ReportCategoryCount } from '../api/types';
import { useOrganisation, useSession } from '../app/session';
import { Alert, EmptyState, Loading } from '../ui/feedback';
import { RadioGroup, SelectField, TextField } from '../ui/fields';
import { todayInAmsterdam } from '../ui/format';
import { useApi } from '../ui/hooks';
import { PageTitle, Section } from '../ui/page';
import { figuresToCsv, formatMonth, formatQuarter, formatTarget, formatValue, STATUS_SYMBOL } from './format';
import { KpiChart } from './KpiChart';

export function DashboardPage() {
  const { teams, products } = useOrganisation();
  const today = todayInAmsterdam();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const { me, hasRole } = useSession();
  // A team lead starts with their own team against the targets; anyone can widen it.
  const [teamId, setTeamId] = useState(hasRole('team_lead') && me?.teamId ? me.teamId : '');
  const [channel, setChannel] = useState('');
  const [productId, setProductId] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const { data, error, loading } = useApi<KpiFigure[]>(valid ? `/api/kpis${query({ from, to, teamId, channel, productId })}` : null);
  const narrowing = [channel ? CHANNEL_LABELS[channel as Channel] : '', products.find((p) => p.id === productId)?.name ?? ''].filter(Boolean).join(', ');
  const teamName = teams.find((t) => t.id === teamId)?.name ?? 'hele organisatie';

  const download = () => {
    if (!data) return;
    const blob = new Blob([`\uFEFF${figuresToCsv(data, { from, to, team: teamName, narrowing })}`], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `helder-resultaten-${from}-${to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const quarters = quartersUpTo(quarterOf(today), 8).reverse();
  const [quarter, setQuarter] = useState(quarters[1] ?? quarters[0]!);

  return (
    <>
      <PageTitle title="Resultaten">Resultaten</PageTitle>
      <Paragraph className="helder-lead">
        Hoe staan we ervoor met de doelen van excellente dienstverlening? Elk cijfer is berekend volgens het meetplan, met de versie van de definitie die gold aan het begin van de periode.
      </Paragraph>
      <div className="helder-filters">
        <TextField label="Van" type="date" value={from} onChange={setFrom} size="medium" />
        <TextField label="Tot en met" type="date" value={to} onChange={setTo} size="medium" />
        <SelectField label="Team" value={teamId} onChange={setTeamId} options={teams.map((t) => ({ value: t.id, label: t.name }))} placeholder="Hele organisatie" />
        <SelectField label="Kanaal" value={channel} onChange={setChannel} options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} placeholder="Alle kanalen" />
        <SelectField
          label="Product of dienst"
          value={productId}
          onChange={setProductId}
          options={products.map((p) => ({ value: p.id, label: p.name, group: teams.find((t) => t.id === p.teamId)?.name ?? '' }))}
          placeholder="Alle producten en diensten"
        />
      </div>
      {!valid ? <Alert type="warning">Vul een begin- en einddatum in, zoals 2026-01-01.</Alert> : null}
      {error ? <Alert type="error">{error.message}</Alert> : null}
      {loading && !data ? <Loading /> : null}
      {data && !error ? (
        <>
          <Paragraph>
            <Button appearance="secondary-action-button" onClick={download}>
              Download als CSV
            </Button>
          </Paragraph>
          <ul className="helder-kpis" aria-busy={loading}>
            {data.map((f) => (
              <KpiCard key={f.id} figure={f} teamName={teamName} narrowing={narrowing} records={recordsLink(f, { from, to, teamId, channel, productId })} />
            ))}
          </ul>
        </>
      ) : null}
      {valid ? <ReportCategories from={from} to={to} teamId={teamId} teamName={teamName} /> : null}
      <Section title="Voortgangsrapportage voor de raad">
        <Paragraph>Per kwartaal: elk doel met het cijfer, de trend en een korte uitleg, en de definities in de bijlage.</Paragraph>
        <div className="helder-filters">
          <SelectField label="Kwartaal" value={quarter} onChange={setQuarter} options={quarters.map((q) => ({ value: q, label: formatQuarter(q) }))} />
        </div>
        <p className="helder-actions">
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/api/reports/progress?quarter=${quarter}&format=html`} target="_blank" rel="noopener">
            Bekijk als webpagina<span className="helder-visually-hidden"> (opent in een nieuw tabblad)</span>
          </a>{' '}
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href={`/api/reports/progress?quarter=${quarter}&format=pdf`} download>
            Download als PDF
          </a>
        </p>
      </Section>
    </>
  );
}

/** Residents' reports of miscommunication per category (rows) and quarter of the period (columns). */
function ReportCategories({ from, to, teamId, teamName }: { from: string; to: string; teamId: string; teamName: string }) {
  const { data, error, loading } = useApi<ReportCategoryCount[]>(`/api/kpis/report-categories${query({ from, to, teamId })}`);
  const first = quarterOf(from);
  const last = quarterOf(to);
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 4 + Number(last.slice(6)) - Number(first.slice(6)) + 1;
  const quarters = span > 0 ? quartersUpTo(last, span) : [];
  const count = (category: string, quarter: string) => data?.find((r) => r.category === category && r.quarter === quarter)?.count ?? 0;
  const total = (quarter: string) => (data ?? []).filter((r) => r.quarter === quarter).reduce((sum, r) => sum + r.count, 0);
  return (
    <Section title="Meldingen miscommunicatie per soort">
      <Paragraph>
        Wat inwoners meldden over onduidelijke of verkeerde communicatie, per kwartaal{teamId ? `, over team ${teamName}` : ''}. Kanaal en product gelden niet voor deze tabel.
      </Paragraph>
      {error ? <Alert type="error">{error.message}</Alert> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.length === 0 ? <EmptyState>Er zijn in deze periode geen meldingen over miscommunicatie.</EmptyState> : null}
      {data && data.length > 0 ? (
        <div className="utrecht-table-container helder-table-container">
          <table className="utrecht-table utrecht-table--html-table helder-table" aria-busy={loading}>
            <caption className="utrecht-table__caption">Aantal meldingen miscommunicatie per soort en kwartaal</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Soort</th>
                {quarters.map((q) => (
                  <th key={q} className="utrecht-table__header-cell" scope="col">{formatQuarter(q)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {REPORT_CATEGORIES.map((c) => (
                <tr key={c} className="utrecht-table__row">
                  <th className="utrecht-table__cell" scope="row">{REPORT_CATEGORY_SHORT[c]}</th>
                  {quarters.map((q) => (
                    <td key={q} className="utrecht-table__cell">{count(c, q)}</td>
                  ))}
                </tr>
              ))}
              <tr className="utrecht-table__row helder-total">
                <th className="utrecht-table__cell" scope="row">Totaal</th>
                {quarters.map((q) => (
                  <td key={q} className="utrecht-table__cell">{total(q)}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}
    </Section>
  );
}

/** Where the records behind a figure are listed, for the KPIs that count records staff can open. */
function recordsLink(f: KpiFigure, p: { from: string; to: string; teamId: string; channel: string; productId: string }): string | null {
  const team = f.scope === 'team' ? p.teamId : '';
  if (f.id === 'callbacks.late_share') {
    return `/terugbelverzoeken${query({ toon: 'alle', team, status: 'all', termijnvan: p.from, termijntot: p.to, laat: 1 })}`;
  }
  if (f.id === 'contacts.first_line_share') {
    return `/contacten${query({ van: p.from, tot: p.to, team, kanaal: p.channel, product: p.productId })}`;
  }
  return null;
}

function KpiCard({ figure: f, teamName, narrowing, records }: { figure: KpiFigure; teamName: string; narrowing: string; records: string | null }) {
  const [grain, setGrain] = useState<'month' | 'quarter'>('month');
  const months = f.months.filter((m) => m.denominator > 0);
  const rows = grain === 'month' ? f.months.map((m) => ({ label: formatMonth(m.month), ...m })) : sumByQuarter(f.months).map((q) => ({ ...q, label: formatQuarter(q.quarter) }));
  const points = rows.filter((r) => r.denominator > 0).map((r) => ({ label: r.label, value: r.value }));
  const per = grain === 'month' ? 'maand' : 'kwartaal';
  const summary = `${f.name} per ${per}: ${points.map((p) => `${p.label} ${formatValue(f.unit, p.value)}`).join(', ')}.`;
  const headingId = `kpi-${f.id.replace(/\W/g, '-')}`;
  return (
    <li className="helder-kpi">
      <div className="helder-kpi__header">
        <h2 id={headingId} className="utrecht-heading-3">{f.name}</h2>
        <span className={`helder-kpi-status helder-kpi-status--${f.status}`}>
          <span aria-hidden="true">{STATUS_SYMBOL[f.status]}</span> {f.statusLabel}
        </span>
      </div>
      <p className={`helder-kpi__value${f.value === null ? ' helder-kpi__value--empty' : ''}`} data-kpi={f.id}>
        {formatValue(f.unit, f.value)}
      </p>
      <p className="helder-muted">
        {f.scope === 'team' ? teamName : 'Hele organisatie'}
        {narrowing ? (f.filtered ? ` · alleen ${narrowing}` : ' · kanaal en product gelden niet voor dit cijfer') : ''}
        {f.denominator ? ` · ${f.numerator} van ${f.denominator}` : ''}
        {f.targets.length ? ` · Doel: ${f.targets.map((t) => formatTarget(f.unit, f.direction, t)).join('; ')}` : ''}
        {f.baseline ? ` · Nulmeting ${formatValue(f.unit, f.baseline.value)}` : ''}
      </p>
      <p>{f.explanation}</p>
      {records && f.denominator ? (
        <p>
          <Link className="utrecht-link" to={records}>
            {f.id === 'callbacks.late_share' ? 'Bekijk de verzoeken die te laat zijn' : 'Bekijk de contacten'}
            <span className="helder-visually-hidden"> achter dit cijfer</span>
          </Link>
        </p>
      ) : null}
      {months.length > 1 ? (
        <>
          <RadioGroup
            label="Trend"
            name={`${headingId}-grain`}
            inline
            value={grain}
            onChange={(v) => setGrain(v as 'month' | 'quarter')}
            options={[{ value: 'month', label: 'Per maand' }, { value: 'quarter', label: 'Per kwartaal' }]}
          />
          <KpiChart figure={f} points={points} summary={summary} />
        </>
      ) : null}
      <details className="helder-details">
        <summary>Definitie (versie {f.version}){months.length ? ` en cijfers per ${per}` : ''}</summary>
        <dl className="helder-definition">
          <dt>Teller</dt>
          <dd>{f.definition.numerator}</dd>
          <dt>Noemer</dt>
          <dd>{f.definition.denominator}</dd>
          <dt>Niet meegeteld</dt>
          <dd>{f.definition.excluded}</dd>
          <dt>Ambitie</dt>
          <dd>{f.ambitionLabel}</dd>
        </dl>
        {months.length ? (
          <table className="utrecht-table utrecht-table--html-table helder-table">
            <caption className="utrecht-table__caption">{f.name} per {per}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">{grain === 'month' ? 'Maand' : 'Kwartaal'}</th>
                <th className="utrecht-table__header-cell" scope="col">Waarde</th>
                <th className="utrecht-table__header-cell" scope="col">Teller</th>
                <th className="utrecht-table__header-cell" scope="col">Noemer</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((m) => (
                <tr key={m.label} className="utrecht-table__row">
                  <th className="utrecht-table__cell" scope="row">{m.label}</th>
                  <td className="utrecht-table__cell">{formatValue(f.unit, m.value)}</td>
                  <td className="utrecht-table__cell">{m.numerator}</td>
                  <td className="utrecht-table__cell">{m.denominator}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </details>
    </li>
  );
}


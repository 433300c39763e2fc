// The progress report as one self-contained, accessible HTML document: a pure function of the
// report model (no clock, no I/O), so the same data always give the same bytes. No scripts, no
// external resources; inline CSS that also prints well, since the PDF is this page printed.
import { AMBITION_LABELS, AMBITIONS, dutchDate, formatKpiValue, KPI_STATUS_LABELS, type KpiStatus, SMALLEST_PUBLIC_COUNT } from '@helder/domain';
import { esc } from './html.js';
import type { ProgressReport, ReportKpi, ReportMonth } from './service.js';
import { lineChartSvg } from './svg-chart.js';
import { formatTarget, formatTargets, formatValue, kpiText, monthLong, quarterShort } from './texts.js';

// The same symbols as the dashboard: a verdict never depends on colour alone.
const STATUS_SYMBOL: Record<KpiStatus, string> = { on_track: '✓', at_risk: '▲', off_track: '■', no_data: '–', no_target: '–' };

const UNIT_LABELS = { share: 'percentage', score: 'gemiddeld cijfer van 1 tot en met 10' } as const;
const DIRECTION_LABELS = { lower_is_better: 'lager is beter', higher_is_better: 'hoger is beter' } as const;

const CSS = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
html { color: #1a1a1a; background: #fff; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 15pt; line-height: 1.25; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #4a1fb8; break-after: avoid; }
h3 { font-size: 12.5pt; line-height: 1.3; margin: 1.75rem 0 0.4rem; break-after: avoid; }
p { margin: 0.4rem 0; }
a { color: #4a1fb8; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1rem; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; break-after: avoid; }
tr { break-inside: avoid; }
.keep { break-inside: avoid; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eeeaf8; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dt { font-weight: bold; }
dd { margin: 0; }
figure { margin: 0.75rem 0; break-inside: avoid; }
figcaption { font-size: 9.5pt; color: #333; }
.chart { display: block; max-width: 100%; height: auto; }
.lead { font-size: 12pt; }
.value { font-size: 14pt; font-weight: bold; }
.status { display: inline-block; padding: 0 0.4rem; border: 1px solid currentColor; border-radius: 3px; font-weight: bold; white-space: nowrap; }
.status--on_track { color: #0c451c; background: #e3f2e6; }
.status--at_risk { color: #6b4000; background: #fff1d6; }
.status--off_track { color: #8a1010; background: #fde6e6; }
.status--no_data, .status--no_target { color: #333; background: #eee; }
.text { font-size: 11.5pt; border-left: 4px solid #4a1fb8; padding-left: 0.6rem; }
.appendix { break-before: page; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

const anchor = (id: string) => `kpi-${id.replace(/[^a-z0-9]+/gi, '-')}`;

function status(kpi: ReportKpi): string {
  return `<span class="status status--${kpi.status}"><span aria-hidden="true">${STATUS_SYMBOL[kpi.status]}</span> ${esc(KPI_STATUS_LABELS[kpi.status])}</span>`;
}

function monthValue(kpi: ReportKpi, m: Pick<ReportMonth, 'value' | 'denominator'>): string {
  return m.denominator === 0 || m.value === null ? 'Geen gevallen' : formatKpiValue(kpi.definition, m.value);
}

function summaryTable(report: ProgressReport): string {
  const rows = report.kpis.map((k) => {
    const target = k.target ? formatTarget(k.definition, k.target) : 'Nog geen doel';
    return `<tr><th scope="row"><a href="#${anchor(k.definition.id)}">${esc(k.definition.name)}</a></th><td>${esc(formatValue(k.definition, k.value))}</td><td>${esc(target)}</td><td>${status(k)}</td></tr>`;
  });
  return `<table><caption>Alle doelen in het ${esc(quarterShort(report.year, report.number))}</caption>
<thead><tr><th scope="col">Onderwerp</th><th scope="col">Uitkomst</th><th scope="col">Doel</th><th scope="col">Oordeel</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function trendSection(kpi: ReportKpi): string {
  const d = kpi.definition;
  const counted = kpi.trend.filter((m) => m.denominator > 0);
  // Nothing counted in a whole year: the text above already says there are no data.
  if (counted.length === 0) return '';
  const first = monthLong(kpi.trend[0]!.month);
  const last = monthLong(kpi.trend[kpi.trend.length - 1]!.month);
  const targetText = kpi.target ? ` Het doel is ${formatTarget(d, kpi.target)}.` : '';
  // Only the months with cases: twelve times "geen gevallen" read aloud hides the trend.
  const empty = counted.length < kpi.trend.length ? ' In de andere maanden waren er geen gevallen.' : '';
  const label = `Lijngrafiek van ${d.name} per maand, van ${first} tot en met ${last}: ${counted
    .map((m) => `${monthLong(m.month)} ${monthValue(kpi, m)}`)
    .join(', ')}.${empty}${targetText}`;
  const svg = lineChartSvg({
    unit: d.unit,
    points: kpi.trend.map((m) => ({ month: m.month, value: m.denominator > 0 ? m.value : null })),
    target: kpi.target ? { value: kpi.target.value, label: `Doel ${formatKpiValue(d, kpi.target.value)}` } : undefined,
    label,
  });
  const rows = kpi.trend.map(
    (m) => `<tr><th scope="row">${esc(monthLong(m.month))}</th><td class="num">${esc(monthValue(kpi, m))}</td><td class="num">${m.numerator}</td><td class="num">${m.denominator}</td></tr>`,
  );
  return `<figure>${svg}<figcaption>${esc(d.name)} per maand, ${esc(first)} tot en met ${esc(last)}. De lijn met streepjes is het doel. De cijfers staan ook in de tabel hieronder.</figcaption></figure>
<table class="keep"><caption>${esc(d.name)} per maand, ${esc(first)} tot en met ${esc(last)}</caption>
<thead><tr><th scope="col">Maand</th><th scope="col">Uitkomst</th><th scope="col">Teller</th><th scope="col">Noemer</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function teamTable(report: ProgressReport, kpi: ReportKpi): string {
  // Council reports are public: a team figure on fewer than five cases could point to a person.
  const rows = (kpi.teams ?? []).map((t) => {
    const few = t.denominator > 0 && t.denominator < SMALLEST_PUBLIC_COUNT;
    const cells = few
      ? `<td class="num">Te weinig gevallen</td><td class="num">–</td><td class="num">minder dan ${SMALLEST_PUBLIC_COUNT}</td>`
      : `<td class="num">${esc(monthValue(kpi, t))}</td><td class="num">${t.numerator}</td><td class="num">${t.denominator}</td>`;
    return `<tr><th scope="row">${esc(t.name)}${t.active ? '' : ' (niet meer actief)'}</th>${cells}</tr>`;
  });
  return `<table><caption>${esc(kpi.definition.name)} per team, ${esc(quarterShort(report.year, report.number))}</caption>
<thead><tr><th scope="col">Team</th><th scope="col">Uitkomst</th><th scope="col">Teller</th><th scope="col">Noemer</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

function kpiSection(report: ProgressReport, kpi: ReportKpi): string {
  const d = kpi.definition;
  // For marks the numerator is a sum of marks: "812 van 100" would mislead, the count does not.
  const counts = kpi.value === null || !kpi.denominator
    ? ''
    : d.unit === 'share' ? ` <span>(${kpi.numerator} van ${kpi.denominator})</span>` : ` <span>(op basis van ${kpi.denominator} antwoorden)</span>`;
  const withTeams = kpi.teams !== null && kpi.teams.length > 0 && kpi.value !== null;
  const parts = [
    `<section aria-labelledby="${anchor(d.id)}">`,
    `<h3 id="${anchor(d.id)}">${esc(d.name)}</h3>`,
    `<p>${esc(d.explanation)}</p>`,
    '<dl>',
    `<dt>Uitkomst</dt><dd><span class="value">${esc(formatValue(d, kpi.value))}</span>${counts}</dd>`,
    `<dt>Doel</dt><dd>${esc(formatTargets(d))}</dd>`,
    d.baseline ? `<dt>Nulmeting</dt><dd>${esc(`${formatKpiValue(d, d.baseline.value)} (${d.baseline.note})`)}</dd>` : '',
    `<dt>Oordeel</dt><dd>${status(kpi)}</dd>`,
    `<dt>Geldt voor</dt><dd>${withTeams ? 'De hele organisatie; de teams staan in de tabel hieronder.' : 'De hele organisatie.'}</dd>`,
    '</dl>',
    `<p class="text">${esc(kpiText(report, kpi))}</p>`,
    kpi.measured ? trendSection(kpi) : '',
    withTeams ? teamTable(report, kpi) : '',
    '</section>',
  ];
  return parts.filter(Boolean).join('\n');
}

function appendix(report: ProgressReport): string {
  const entries = report.kpis.map((k) => {
    const d = k.definition;
    const v = k.version;
    const source = v.source.kind === 'not_yet_measured' ? `<dt>Gegevens</dt><dd>Komen met ${esc(v.source.arrivesWith)}. Tot die tijd staat hier: nog geen gegevens.</dd>` : '';
    return `<h3>${esc(d.name)}</h3>
<dl>
<dt>Kenmerk</dt><dd>${esc(d.id)}</dd>
<dt>Uitleg</dt><dd>${esc(d.explanation)}</dd>
<dt>Ambitie</dt><dd>${esc(AMBITION_LABELS[d.ambition])}</dd>
<dt>Eis</dt><dd>${esc(d.requirement)}</dd>
<dt>Eenheid</dt><dd>${esc(`${UNIT_LABELS[d.unit]}, ${DIRECTION_LABELS[d.direction]}`)}</dd>
<dt>Doelen</dt><dd>${esc(formatTargets(d))}</dd>
<dt>Versie</dt><dd>Versie ${v.version}, geldt vanaf ${esc(dutchDate(v.validFrom))}</dd>
<dt>Teller</dt><dd>${esc(v.numerator)}</dd>
<dt>Noemer</dt><dd>${esc(v.denominator)}</dd>
<dt>Niet meegeteld</dt><dd>${esc(v.excluded)}</dd>
${source}</dl>`;
  });
  return `<section class="appendix" aria-labelledby="bijlage">
<h2 id="bijlage">Bijlage: zo meten we</h2>
<p>We gebruiken de definitie die gold op de eerste dag van het kwartaal. De uitkomst is de teller gedeeld door de noemer.</p>
${entries.join('\n')}
</section>`;
}

/** The team plans (R5.1): each team's service goals as they stood when the figures end. */
function teamGoalsSection(report: ProgressReport): string {
  const without = report.teamGoals.filter((t) => t.goals.length === 0).map((t) => t.name);
  const withGoals = report.teamGoals.filter((t) => t.goals.length > 0);
  const rows = withGoals.flatMap((t) =>
    t.goals.map((g) => `<tr><th scope="row">${esc(t.name)}</th><td>${esc(g.title)}</td><td>${esc(g.measure)}</td><td>${esc(`${g.target} op ${dutchDate(g.deadline)}`)}</td></tr>`),
  );
  const table = rows.length
    ? `<table><caption>Doelen voor dienstverlening per team</caption>
<thead><tr><th scope="col">Team</th><th scope="col">Doel</th><th scope="col">Meetpunt</th><th scope="col">Streefwaarde</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
    : '';
  const count = `${withGoals.length} van de ${report.teamGoals.length} teams ${withGoals.length === 1 ? 'had' : 'hadden'} op ${dutchDate(report.dataUntil)} een SMART-doel voor dienstverlening in het teamplan.`;
  const missing = without.length ? `<p>Nog geen doel: ${esc(without.join(', '))}.</p>` : '';
  return `<section aria-labelledby="teamdoelen">
<h2 id="teamdoelen">Teamdoelen</h2>
<p>${esc(count)}</p>
${table}
${missing}
</section>`;
}

export function renderProgressReportHtml(report: ProgressReport): string {
  const title = progressReportTitle(report);
  const period = `${dutchDate(report.from)} tot en met ${dutchDate(report.to)}`;
  const data = report.complete
    ? `De cijfers gaan tot en met ${dutchDate(report.dataUntil)}.`
    : `Dit kwartaal loopt nog. De cijfers gaan tot en met ${dutchDate(report.dataUntil)}.`;
  const ambitions = AMBITIONS.map((ambition) => {
    const kpis = report.kpis.filter((k) => k.definition.ambition === ambition);
    if (kpis.length === 0) return '';
    return `<section aria-labelledby="ambitie-${ambition}">
<h2 id="ambitie-${ambition}">${esc(AMBITION_LABELS[ambition])}</h2>
${kpis.map((k) => kpiSection(report, k)).join('\n')}
</section>`;
  });
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="lead">Hoe staat de gemeente ervoor met de doelen voor goede dienstverlening? In dit overzicht ziet u per doel het cijfer, het doel en ons oordeel.</p>
<p>Periode: ${esc(period)}. ${esc(data)}</p>
<h2>Zo leest u deze rapportage</h2>
<ul>
<li><strong>Op koers</strong>: we halen het doel. Of we halen het op tijd als het zo doorgaat.</li>
<li><strong>Risico</strong>: we halen het doel nog niet. Het is niet zeker dat we het op tijd halen.</li>
<li><strong>Niet op koers</strong>: de datum van het doel is voorbij. Of het gaat de verkeerde kant op.</li>
<li><strong>Nog geen gegevens</strong>: dit meten we nog niet, of er was niets om te tellen.</li>
<li><strong>Geen doel</strong>: voor dit cijfer is er nog geen doel.</li>
</ul>
<p>Bij elk doel met cijfers staat een grafiek per maand over vier kwartalen. Dezelfde cijfers staan in een tabel. Achterin staat hoe we elk cijfer berekenen.</p>
<p>Het KCC (Klantcontactcentrum) is de plek waar vragen van inwoners als eerste binnenkomen.</p>
<h2>Samenvatting</h2>
${summaryTable(report)}
${ambitions.filter(Boolean).join('\n')}
${teamGoalsSection(report)}
${appendix(report)}
</main>
</body>
</html>
`;
}

export function progressReportTitle(report: Pick<ProgressReport, 'year' | 'number' | 'municipality'>): string {
  return `Voortgangsrapportage dienstverlening, ${quarterShort(report.year, report.number)}, gemeente ${report.municipality}`;
}

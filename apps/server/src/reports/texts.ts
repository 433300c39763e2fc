// The Dutch words of the progress report, generated from the figures: short sentences and plain
// words (B1), the same numbers as the dashboard (formatKpiValue), and no clock or Intl, so the same
// data always give the same text.
import { dutchDate, formatKpiValue, type KpiDefinition, type KpiTarget } from '@helder/domain';
import type { ProgressReport, ReportKpi } from './service.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde'];

/** `3e kwartaal 2026`, for titles and captions. */
export const quarterShort = (year: number, quarter: number) => `${quarter}e kwartaal ${year}`;
/** `het derde kwartaal van 2026`, for sentences. */
export const quarterPhrase = (year: number, quarter: number) => `het ${ORDINALS[quarter - 1]} kwartaal van ${year}`;

/** `mei 2026` for a month that starts on `2026-05-01`. */
export const monthLong = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
export const monthShort = (month: string) => MONTHS_SHORT[Number(month.slice(5, 7)) - 1]!;

export const formatValue = (definition: Pick<KpiDefinition, 'unit'>, value: number | null) =>
  value === null ? 'Nog geen gegevens' : formatKpiValue(definition, value);

export function formatTarget(definition: Pick<KpiDefinition, 'unit' | 'direction'>, target: KpiTarget): string {
  const bound = definition.direction === 'lower_is_better' ? 'hoogstens' : 'minstens';
  return `${bound} ${formatKpiValue(definition, target.value)}${target.by ? ` uiterlijk ${dutchDate(target.by)}` : ''}`;
}

export function formatTargets(definition: KpiDefinition): string {
  return definition.targets.length ? definition.targets.map((t) => formatTarget(definition, t)).join('; ') : 'Nog geen doel vastgesteld';
}

/**
 * What the figure says, as the rest of a sentence that starts with "In het derde kwartaal van
 * 2026". One phrase per KPI reads far better than a generic "was de uitkomst"; a KPI added later
 * falls back to that generic phrase until it gets its own.
 */
const FIGURE_PHRASES: Record<string, (value: string) => string> = {
  'callbacks.late_share': (v) => `werd ${v} van de terugbelverzoeken niet op tijd afgehandeld`,
  'contacts.first_line_share': (v) => `beantwoordde het KCC ${v} van de telefoontjes en contactformulieren meteen zelf`,
  'contacts.knowledge_base_share': (v) => `werd ${v} van de contacten beantwoord met een antwoord uit de kennisbank`,
  'experience.contact_score': (v) => `gaven inwoners het contact gemiddeld een ${v}`,
  'experience.timeliness_score': (v) => `gaven inwoners gemiddeld een ${v} voor hoe snel zij antwoord kregen`,
  'satisfaction.overall': (v) => `kreeg de dienstverlening het rapportcijfer ${v}`,
  'experience.top_products_score': (v) => `kregen de meest gebruikte producten van de teams gemiddeld een ${v}`,
  'communication.b1_share': (v) => `was ${v} van de teksten op taalniveau B1 geschreven`,
  'communication.bulk_letters_checked': (v) => `controleerde het KCC vooraf ${v} van de bulkbrieven`,
  'press.answered_in_time_share': (v) => `kreeg ${v} van de persvragen binnen twee werkdagen antwoord`,
  'teams.service_goal_share': (v) => `had ${v} van de teams een SMART-doel voor dienstverlening`,
};

/** The short text under a KPI: the figure, the quarter before, the target and whether we reach it. */
export function kpiText(report: ProgressReport, kpi: ReportKpi): string {
  const d = kpi.definition;
  const when = `In ${quarterPhrase(report.year, report.number)}${report.complete ? '' : `, tot en met ${dutchDate(report.dataUntil, { withYear: false })}`}`;
  if (kpi.value === null) {
    const none = 'Hiervoor zijn nog geen gegevens.';
    // Measured, but nothing happened that counts: say so, rather than suggest the data are missing.
    return kpi.measured ? `${when} waren er geen gevallen om te tellen. ${none}` : none;
  }
  const value = formatKpiValue(d, kpi.value);
  const phrase = FIGURE_PHRASES[d.id] ?? ((v: string) => `was de uitkomst ${v}`);
  const sentences = [`${when} ${phrase(value)}.`];
  if (kpi.previous && kpi.previous.value !== null) {
    sentences.push(`In ${quarterPhrase(kpi.previous.year, kpi.previous.number)} was dat ${formatKpiValue(d, kpi.previous.value)}.`);
  }
  const target = kpi.target;
  if (!target) {
    sentences.push('Voor dit cijfer is er nog geen doel.');
    return sentences.join(' ');
  }
  const bound = d.direction === 'lower_is_better' ? 'hoogstens' : 'minstens';
  const due = target.by !== null && target.by > report.dataUntil ? `, uiterlijk op ${dutchDate(target.by)}` : '';
  sentences.push(`Het doel is ${bound} ${formatKpiValue(d, target.value)}${due}.`);
  sentences.push(verdictText(kpi, report.dataUntil));
  return sentences.join(' ');
}

function verdictText(kpi: ReportKpi, reference: string): string {
  const target = kpi.target!;
  const met = kpi.definition.direction === 'lower_is_better' ? kpi.value! <= target.value : kpi.value! >= target.value;
  if (met) return 'Dat halen we.';
  switch (kpi.status) {
    case 'on_track':
      return 'Dat halen we nog niet. Maar als het zo doorgaat, halen we het op tijd.';
    case 'at_risk':
      return 'Dat halen we nog niet. Het is niet zeker dat we het op tijd halen.';
    case 'off_track':
      return target.by !== null && target.by < reference ? 'Dat halen we nog niet.' : 'Dat halen we nog niet. Het gaat de verkeerde kant op.';
    default:
      return 'Dat halen we nog niet.';
  }
}

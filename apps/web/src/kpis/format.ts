import { formatKpiValue, toCsv } from '@helder/domain';
import type { KpiFigure, KpiStatus, KpiTarget } from '../api/types';
import { formatLongDate } from '../ui/format';

export const formatValue = (unit: 'share' | 'score', value: number | null) => (value === null ? 'Nog geen gegevens' : formatKpiValue({ unit }, value));

export function formatTarget(unit: 'share' | 'score', direction: KpiFigure['direction'], target: KpiTarget): string {
  const bound = direction === 'lower_is_better' ? 'hoogstens' : 'minstens';
  const when = target.by ? ` uiterlijk ${formatLongDate(target.by).replace(/^\w+ /, '')}` : '';
  return `${bound} ${formatKpiValue({ unit }, target.value)}${when}`;
}

export const STATUS_SYMBOL: Record<KpiStatus, string> = {
  on_track: '✓',
  at_risk: '▲',
  off_track: '■',
  no_data: '–',
  no_target: '–',
};

/** `2026-Q3` → `Q3 2026`. */
export const formatQuarter = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
export const formatMonth = (month: string) => monthName.format(new Date(`${month}T12:00:00Z`));

/**
 * CSV (semicolon and decimal comma, as Dutch spreadsheets expect) of the figures as shown, with the
 * period and team. Texts (a team name, the narrowing) are neutralised against formulas by `toCsv`;
 * figures stay numbers.
 */
export function figuresToCsv(figures: KpiFigure[], period: { from: string; to: string; team: string; narrowing?: string }): string {
  const header = ['kenmerk', 'naam', 'versie', 'van', 'tot en met', 'team', 'alleen', 'waarde', 'getal', 'teller', 'noemer', 'status'];
  const rows = figures.map((f) => [f.id, f.name, f.version, period.from, period.to, f.scope === 'team' ? period.team : 'hele organisatie', f.filtered ? (period.narrowing ?? '') : '', formatValue(f.unit, f.value), f.value === null ? null : Math.round(f.value * 10_000) / 10_000, f.numerator, f.denominator, f.statusLabel]);
  return toCsv([header, ...rows], { separator: ';' });
}

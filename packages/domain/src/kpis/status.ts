// A plain verdict per KPI for managers and the council: where does it stand against its next
// target, judged from the trend, not from one lucky month.
import type { LocalDate } from '../calendar/local-date.js';
import type { KpiDefinition, KpiTarget } from './definitions.js';

export type KpiStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'no_target';
export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  on_track: 'Op koers',
  at_risk: 'Risico',
  off_track: 'Niet op koers',
  no_data: 'Nog geen gegevens',
  no_target: 'Geen doel',
};

export interface TrendPoint {
  /** The first day of the month or quarter. */
  start: LocalDate;
  value: number;
}

export function meetsTarget(definition: Pick<KpiDefinition, 'direction'>, value: number, target: number): boolean {
  return definition.direction === 'lower_is_better' ? value <= target : value >= target;
}

/** The target that counts on `today`: the first one not yet due, or else the last one. */
export function currentTarget(definition: Pick<KpiDefinition, 'targets'>, today: LocalDate): KpiTarget | undefined {
  const dated = [...definition.targets].sort((a, b) => (a.by ?? '').localeCompare(b.by ?? ''));
  return dated.find((t) => t.by === null || t.by >= today) ?? dated[dated.length - 1];
}

/**
 * On track: the target is met, or the trend reaches it by its date. At risk: moving the right way
 * but too slowly, or too few points to tell. Off track: the date has passed without reaching it,
 * or the trend moves the wrong way.
 */
export function kpiStatus(
  definition: Pick<KpiDefinition, 'direction' | 'targets'>,
  value: number | null,
  trend: readonly TrendPoint[],
  today: LocalDate,
): KpiStatus {
  if (value === null) return 'no_data';
  const target = currentTarget(definition, today);
  if (!target) return 'no_target';
  if (meetsTarget(definition, value, target.value)) return 'on_track';
  if (target.by !== null && target.by < today) return 'off_track';
  if (trend.length < 3 || target.by === null) return 'at_risk';
  const slope = slopePerDay(trend);
  const improving = definition.direction === 'lower_is_better' ? slope < 0 : slope > 0;
  if (!improving) return 'off_track';
  const last = trend[trend.length - 1]!;
  const projected = last.value + slope * daysBetween(last.start, target.by);
  return meetsTarget(definition, projected, target.value) ? 'on_track' : 'at_risk';
}

/** Least-squares slope of the trend, per day. */
function slopePerDay(trend: readonly TrendPoint[]): number {
  const origin = trend[0]!.start;
  const xs = trend.map((p) => daysBetween(origin, p.start));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = trend.reduce((a, p) => a + p.value, 0) / trend.length;
  let numerator = 0;
  let denominator = 0;
  trend.forEach((p, i) => {
    numerator += (xs[i]! - meanX) * (p.value - meanY);
    denominator += (xs[i]! - meanX) ** 2;
  });
  return denominator === 0 ? 0 : numerator / denominator;
}

function daysBetween(a: LocalDate, b: LocalDate): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** Public figures hide counts this small, so nobody can be recognised in them. */
export const SMALLEST_PUBLIC_COUNT = 5;

/** `2026-Q3` → its first and last day; undefined when it is not a quarter. */
export function quarterRange(quarter: string): { from: LocalDate; to: LocalDate } | undefined {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return undefined;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}` };
}

/** The quarter a date falls in: `2026-11-23` → `2026-Q4`. */
export function quarterOf(date: LocalDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** `count` quarters ending with `quarter`, oldest first: (`2026-Q1`, 3) → 2025-Q3, 2025-Q4, 2026-Q1. */
export function quartersUpTo(quarter: string, count: number): string[] {
  let year = Number(quarter.slice(0, 4));
  let q = Number(quarter.slice(6));
  const list: string[] = [];
  for (let i = 0; i < count; i += 1) {
    list.unshift(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return list;
}

export interface MonthFigure {
  /** `YYYY-MM-01`. */
  month: string;
  numerator: number;
  denominator: number;
}

/** Months added up per quarter, oldest first: numerators and denominators, so a share or a mean stays exact. */
export function sumByQuarter(months: readonly MonthFigure[]): Array<{ quarter: string; numerator: number; denominator: number; value: number | null }> {
  const quarters = new Map<string, { quarter: string; numerator: number; denominator: number; value: number | null }>();
  for (const m of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    const quarter = quarterOf(m.month);
    const row = quarters.get(quarter) ?? { quarter, numerator: 0, denominator: 0, value: null };
    row.numerator += m.numerator;
    row.denominator += m.denominator;
    row.value = row.denominator === 0 ? null : row.numerator / row.denominator;
    quarters.set(quarter, row);
  }
  return [...quarters.values()];
}

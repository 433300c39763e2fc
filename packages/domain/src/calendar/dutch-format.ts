// Dutch date wording for explanations and screens, without depending on the ICU data of a runtime.
import { type LocalDate, toUtcDate } from './local-date.js';

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

export function dutchWeekday(date: LocalDate): string {
  return WEEKDAYS[toUtcDate(date).getUTCDay()]!;
}

/** `29 december 2026`, or `29 december` with `withYear: false`. */
export function dutchDate(date: LocalDate, options: { withYear?: boolean; withWeekday?: boolean } = {}): string {
  const d = toUtcDate(date);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${options.withYear === false ? '' : ` ${d.getUTCFullYear()}`}`;
  return options.withWeekday ? `${dutchWeekday(date)} ${text}` : text;
}

/** Joins `a`, `a en b`, `a, b en c`. */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

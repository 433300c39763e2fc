// Working-day deadlines (R1.2): a term of N working days ends at the end of the Nth working day
// after the day the request was made. Working days are Monday to Friday except closing days.
import { amsterdamDate, endOfAmsterdamDay } from './amsterdam.js';
import { dutchDate, dutchList } from './dutch-format.js';
import { type LocalDate, addDays, isWeekend, toUtcDate, yearOf } from './local-date.js';
import { type ClosingDay, statutoryClosingDays } from './statutory-closing-days.js';

export const MAX_WORKING_DAYS = 250;

export interface ClosingDayCalendar {
  closingDay(date: LocalDate): ClosingDay | undefined;
}

/** The statutory closing days of every year plus the municipality's own. */
export function closingDayCalendar(municipalDays: readonly ClosingDay[] = []): ClosingDayCalendar {
  const municipal = new Map(municipalDays.map((d) => [d.date, d]));
  return {
    closingDay(date) {
      return statutoryClosingDays(yearOf(date)).find((d) => d.date === date) ?? municipal.get(date);
    },
  };
}

export function isWorkingDay(date: LocalDate, calendar: ClosingDayCalendar): boolean {
  return !isWeekend(date) && calendar.closingDay(date) === undefined;
}

export interface DueDate {
  /** The day the term started from (the day the request was made). */
  from: LocalDate;
  workingDays: number;
  /** The last day of the term. */
  dueDate: LocalDate;
  /** The end of that day in Amsterdam. */
  dueAt: Date;
  /** Closing days after `from` up to and including `dueDate`. */
  closingDays: ClosingDay[];
  /** Whether a Saturday or Sunday fell in the term. */
  crossesWeekend: boolean;
  /** Plain Dutch explanation, e.g. "Uiterlijk dinsdag 29 december 2026. ..." */
  explanation: string;
}

export function computeDueDate(from: LocalDate, workingDays: number, calendar: ClosingDayCalendar): DueDate {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(`workingDays must be an integer from 1 to ${MAX_WORKING_DAYS}`);
  }
  const closingDays: ClosingDay[] = [];
  let crossesWeekend = false;
  let date = from;
  let counted = 0;
  while (counted < workingDays) {
    date = addDays(date, 1);
    const closing = calendar.closingDay(date);
    if (closing) closingDays.push(closing);
    if (isWeekend(date)) crossesWeekend = true;
    else if (!closing) counted += 1;
  }
  const result = { from, workingDays, dueDate: date, dueAt: endOfAmsterdamDay(date), closingDays, crossesWeekend };
  return { ...result, explanation: explainDueDate(result) };
}

/** The deadline of a request made at this instant. */
export function dueDateForRequest(createdAt: Date, workingDays: number, calendar: ClosingDayCalendar): DueDate {
  return computeDueDate(amsterdamDate(createdAt), workingDays, calendar);
}

function explainDueDate(d: Omit<DueDate, 'explanation'>): string {
  const parts = [
    `Uiterlijk ${dutchDate(d.dueDate, { withWeekday: true })}.`,
    `Dat is ${d.workingDays} ${d.workingDays === 1 ? 'werkdag' : 'werkdagen'} na ${dutchDate(d.from, { withWeekday: true })}.`,
  ];
  if (d.closingDays.length > 0) {
    const dates = groupByMonth(d.closingDays.map((c) => c.date), yearOf(d.dueDate));
    const names = dutchList([...new Set(d.closingDays.map((c) => c.name))]);
    parts.push(
      d.closingDays.length === 1
        ? `${dates} is een sluitingsdag (${names}).`
        : `${dates} zijn sluitingsdagen (${names}).`,
    );
  }
  if (d.crossesWeekend) parts.push('Zaterdag en zondag tellen niet mee.');
  return parts.join(' ');
}

/** "25 en 26 december", "31 december 2026 en 1 januari 2027". */
function groupByMonth(dates: LocalDate[], referenceYear: number): string {
  const groups: { key: string; days: number[]; sample: LocalDate }[] = [];
  for (const date of dates) {
    const key = date.slice(0, 7);
    const last = groups[groups.length - 1];
    const day = toUtcDate(date).getUTCDate();
    if (last && last.key === key) last.days.push(day);
    else groups.push({ key, days: [day], sample: date });
  }
  const words = groups.map((g) => {
    const monthAndYear = dutchDate(g.sample, { withYear: yearOf(g.sample) !== referenceYear }).replace(/^\d+ /, '');
    return `${dutchList(g.days.map(String))} ${monthAndYear}`;
  });
  const text = dutchList(words);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

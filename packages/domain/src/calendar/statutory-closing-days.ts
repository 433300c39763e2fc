// The general holidays of the Algemene termijnenwet (art. 3, with Good Friday added by decree):
// on these days a statutory term does not end, so a municipality treats them as closing days.
// Every three years a Besluit gelijkstelling dagen Algemene termijnenwet makes some bridge days
// equal to them (`equalised`); the ones published so far are built in, an administrator adds the
// next decree's days as closing days of kind `equalised`.
import { type LocalDate, addDays, localDate, weekday } from './local-date.js';

export type ClosingDayKind = 'statutory' | 'equalised' | 'municipal';

export interface ClosingDay {
  date: LocalDate;
  name: string;
  kind: ClosingDayKind;
}

/** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/** King's Day is 27 April, or Saturday 26 April when the 27th is a Sunday. */
export function kingsDay(year: number): LocalDate {
  const date = localDate(year, 4, 27);
  return weekday(date) === 0 ? localDate(year, 4, 26) : date;
}

/** Days made equal to general holidays by the Besluiten gelijkstelling (2023–2025 and 2026–2028). */
export const EQUALISED_DAYS: readonly { date: LocalDate; name: string }[] = [
  { date: '2023-04-28', name: 'Vrijdag na Koningsdag' },
  { date: '2023-05-19', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2024-05-10', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2024-12-27', name: 'Vrijdag na Kerstmis' },
  { date: '2025-05-30', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2026-01-02', name: 'Vrijdag na Nieuwjaarsdag' },
  { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2027-05-07', name: 'Vrijdag na Hemelvaartsdag' },
  { date: '2028-04-28', name: 'Vrijdag na Koningsdag' },
  { date: '2028-05-26', name: 'Vrijdag na Hemelvaartsdag' },
];

const cache = new Map<number, ClosingDay[]>();

/** The statutory closing days of a year (with the days equalised by decree), in date order. */
export function statutoryClosingDays(year: number): ClosingDay[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days: ClosingDay[] = [
    { date: localDate(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: 'Koningsdag' },
    { date: localDate(year, 5, 5), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: localDate(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: localDate(year, 12, 26), name: 'Tweede Kerstdag' },
  ].map((day): ClosingDay => ({ ...day, kind: 'statutory' }));
  for (const day of EQUALISED_DAYS) if (day.date.startsWith(`${year}-`)) days.push({ ...day, kind: 'equalised' });
  // Ascension Day can fall on 5 May (e.g. 2016): keep one entry per date.
  const unique = [...new Map(days.map((d) => [d.date, d])).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  cache.set(year, unique);
  return unique;
}

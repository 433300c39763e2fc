// Conversions between instants and the wall clock of Europe/Amsterdam, the time zone every Dutch
// municipality works in. Uses Intl only, so it runs the same in Node and in the browser.
import { type LocalDate, toUtcDate } from './local-date.js';

export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: MUNICIPAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Since 1996 the EU moves clocks at 01:00 UTC on the last Sunday of March and of October, and
 * Amsterdam is UTC+1 in winter, UTC+2 in summer. That rule is plain arithmetic and much faster
 * than Intl, which lists and reports call many times per row; other years use Intl.
 */
const RULE_FIRST_YEAR = 1996;
const RULE_LAST_YEAR = 2099;

function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

const transitions = new Map<number, [number, number]>();

function ruleOffsetMinutes(time: number): number | undefined {
  const year = new Date(time).getUTCFullYear();
  if (year < RULE_FIRST_YEAR || year > RULE_LAST_YEAR) return undefined;
  let t = transitions.get(year);
  if (!t) {
    t = [lastSundayAt0100Utc(year, 2), lastSundayAt0100Utc(year, 9)];
    transitions.set(year, t);
  }
  return time >= t[0] && time < t[1] ? 120 : 60;
}

function wallClock(instant: Date): WallClock {
  const offset = ruleOffsetMinutes(instant.getTime());
  if (offset !== undefined) {
    const local = new Date(instant.getTime() + offset * 60000);
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
    };
  }
  return intlWallClock(instant);
}

/** The reference: what the runtime's time zone database says. */
export function intlWallClock(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Minutes Amsterdam is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const offset = ruleOffsetMinutes(instant.getTime());
  if (offset !== undefined) return offset;
  const w = intlWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const truncated = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - truncated) / 60000);
}

/** The Amsterdam calendar date of an instant. */
export function amsterdamDate(instant: Date): LocalDate {
  const w = wallClock(instant);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** The instant at which the Amsterdam wall clock shows this date and time. */
export function amsterdamInstant(date: LocalDate, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const base = toUtcDate(date);
  const wall = Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate(), hour, minute, second, ms);
  // Two passes settle the offset, also on the days the clock changes.
  let guess = wall - amsterdamOffsetMinutes(new Date(wall)) * 60000;
  guess = wall - amsterdamOffsetMinutes(new Date(guess)) * 60000;
  return new Date(guess);
}

/** The last millisecond of an Amsterdam day: a deadline "at the end of" that day. */
export function endOfAmsterdamDay(date: LocalDate): Date {
  return amsterdamInstant(date, 23, 59, 59, 999);
}

/** The first millisecond of an Amsterdam day. */
export function startOfAmsterdamDay(date: LocalDate): Date {
  return amsterdamInstant(date, 0, 0, 0, 0);
}

/** ISO 8601 with the Amsterdam offset and whole seconds, e.g. `2026-12-29T23:59:59+01:00`. */
export function formatAmsterdamIso(instant: Date): string {
  const w = wallClock(instant);
  const offset = amsterdamOffsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number, len = 2) => String(n).padStart(len, '0');
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

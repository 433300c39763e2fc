import { describe, expect, test } from 'vitest';
import {
  addDays,
  amsterdamDate,
  amsterdamInstant,
  closingDayCalendar,
  computeDueDate,
  dueDateForRequest,
  easterSunday,
  endOfAmsterdamDay,
  formatAmsterdamIso,
  isLocalDate,
  isWorkingDay,
  kingsDay,
  statutoryClosingDays,
  weekday,
} from '../src/index.js';

// Hand-checked against the published Dutch holiday calendars.
const EXPECTED: Record<number, string[]> = {
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-04-27', '2024-05-05', '2024-05-09', '2024-05-20', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-04-27', '2027-05-05', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26'],
  2028: ['2028-01-01', '2028-04-14', '2028-04-17', '2028-04-27', '2028-05-05', '2028-05-25', '2028-06-05', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-04-27', '2029-05-05', '2029-05-10', '2029-05-21', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-04-27', '2030-05-05', '2030-05-30', '2030-06-10', '2030-12-25', '2030-12-26'],
};

describe('statutory closing days (Algemene termijnenwet)', () => {
  test.each(Object.entries(EXPECTED))('%s has the nine general holidays', (year, dates) => {
    expect(statutoryClosingDays(Number(year)).filter((d) => d.kind === 'statutory').map((d) => d.date)).toEqual(dates);
  });

  test('Easter Sunday for known years', () => {
    expect(easterSunday(2016)).toBe('2016-03-27');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  test("King's Day moves to Saturday 26 April when the 27th is a Sunday", () => {
    expect(weekday('2025-04-27')).toBe(0);
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(weekday('2031-04-27')).toBe(0);
    expect(kingsDay(2031)).toBe('2031-04-26');
    expect(kingsDay(2027)).toBe('2027-04-27');
  });

  test('Ascension Day on 5 May gives one closing day, not two', () => {
    const days2016 = statutoryClosingDays(2016).filter((d) => d.date === '2016-05-05');
    expect(days2016).toHaveLength(1);
    expect(statutoryClosingDays(2016)).toHaveLength(8);
  });

  test('every closing day carries a Dutch name and its kind: statutory, or equalised by decree', () => {
    const names = statutoryClosingDays(2026).map((d) => d.name);
    expect(names).toContain('Koningsdag');
    expect(names).toContain('Goede Vrijdag');
    expect(statutoryClosingDays(2026).filter((d) => d.kind !== 'statutory')).toEqual([
      { date: '2026-01-02', name: 'Vrijdag na Nieuwjaarsdag', kind: 'equalised' },
      { date: '2026-05-15', name: 'Vrijdag na Hemelvaartsdag', kind: 'equalised' },
    ]);
    // Years without a decree yet have only the general holidays.
    expect(statutoryClosingDays(2030).every((d) => d.kind === 'statutory')).toBe(true);
  });
});

describe('working-day deadlines', () => {
  const calendar = closingDayCalendar();

  test('Thursday 24 December 2026 plus 2 working days is Tuesday 29 December', () => {
    const due = computeDueDate('2026-12-24', 2, calendar);
    expect(due.dueDate).toBe('2026-12-29');
    expect(formatAmsterdamIso(due.dueAt)).toBe('2026-12-29T23:59:59+01:00');
    expect(due.closingDays.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26']);
    expect(due.explanation).toContain('Uiterlijk dinsdag 29 december 2026.');
    expect(due.explanation).toContain('25 en 26 december zijn sluitingsdagen');
    expect(due.explanation).toContain('Eerste Kerstdag en Tweede Kerstdag');
  });

  test("Friday 23 April 2027 plus 2 is Wednesday 28 April (King's Day on Tuesday)", () => {
    const due = computeDueDate('2027-04-23', 2, calendar);
    expect(due.dueDate).toBe('2027-04-28');
    expect(due.explanation).toContain('27 april is een sluitingsdag (Koningsdag)');
    expect(due.explanation).toContain('Zaterdag en zondag tellen niet mee.');
  });

  test('Easter 2025: Good Friday and Easter Monday are skipped', () => {
    expect(computeDueDate('2025-04-17', 2, calendar).dueDate).toBe('2025-04-23');
  });

  test('New Year across the year boundary names the year of other dates', () => {
    const due = computeDueDate('2026-12-31', 1, calendar);
    expect(due.dueDate).toBe('2027-01-04');
    expect(due.explanation).toContain('1 januari is een sluitingsdag (Nieuwjaarsdag)');
    expect(computeDueDate('2026-12-24', 5, calendar).explanation).toContain('25 en 26 december 2026 en 1 januari');
  });

  test('Ascension Day, Liberation Day and Whit Monday are skipped', () => {
    expect(computeDueDate('2029-05-09', 1, calendar).dueDate).toBe('2029-05-11');
    expect(computeDueDate('2026-05-04', 1, calendar).dueDate).toBe('2026-05-06');
    expect(computeDueDate('2030-06-07', 1, calendar).dueDate).toBe('2030-06-11');
  });

  test("King's Day on a Saturday does not move a deadline", () => {
    const due = computeDueDate('2025-04-25', 1, calendar);
    expect(due.dueDate).toBe('2025-04-28');
    expect(due.closingDays.map((d) => d.date)).toEqual(['2025-04-26']);
  });

  test("the municipality's own closing days count as well", () => {
    const withBridgeDay = closingDayCalendar([{ date: '2029-05-11', name: 'Brugdag na Hemelvaart', kind: 'municipal' }]);
    const due = computeDueDate('2029-05-09', 2, withBridgeDay);
    expect(due.dueDate).toBe('2029-05-15');
    expect(due.explanation).toContain('10 en 11 mei zijn sluitingsdagen (Hemelvaartsdag en Brugdag na Hemelvaart)');
    expect(isWorkingDay('2029-05-11', withBridgeDay)).toBe(false);
    expect(isWorkingDay('2029-05-11', calendar)).toBe(true);
  });

  test('the days the Besluiten gelijkstelling make equal to holidays count without configuration, by name', () => {
    const equalised = ['2023-04-28', '2023-05-19', '2024-05-10', '2024-12-27', '2025-05-30', '2026-01-02', '2026-05-15', '2027-05-07', '2028-04-28', '2028-05-26'];
    for (const date of equalised) {
      expect(isWorkingDay(date, calendar), date).toBe(false);
      expect(statutoryClosingDays(Number(date.slice(0, 4))).find((d) => d.date === date)?.kind, date).toBe('equalised');
    }
    // Ascension Day 2026 is Thursday 14 May; Friday 15 May is equal to it: one working day later is Monday.
    const due = computeDueDate('2026-05-13', 1, calendar);
    expect(due.dueDate).toBe('2026-05-18');
    expect(due.explanation).toContain('14 en 15 mei zijn sluitingsdagen (Hemelvaartsdag en Vrijdag na Hemelvaartsdag)');
    expect(computeDueDate('2025-12-31', 1, calendar).dueDate).toBe('2026-01-05');
  });

  test('a request made on a weekend counts from the next working day', () => {
    expect(computeDueDate('2026-11-21', 1, calendar).dueDate).toBe('2026-11-23');
    expect(computeDueDate('2026-11-21', 2, calendar).explanation).toContain('Dat is 2 werkdagen na zaterdag 21 november 2026.');
  });

  test('one working day is written in the singular', () => {
    expect(computeDueDate('2026-11-23', 1, calendar).explanation).toBe(
      'Uiterlijk dinsdag 24 november 2026. Dat is 1 werkdag na maandag 23 november 2026.',
    );
  });

  test('rejects a term that is not a whole number of days from 1', () => {
    expect(() => computeDueDate('2026-11-23', 0, calendar)).toThrow(RangeError);
    expect(() => computeDueDate('2026-11-23', 1.5, calendar)).toThrow(RangeError);
    expect(() => computeDueDate('2026-11-23', 10000, calendar)).toThrow(RangeError);
  });

  test('every day from 2024 to 2030 gets a working day exactly N working days later', () => {
    for (let from = '2024-01-01'; from <= '2030-12-31'; from = addDays(from, 1)) {
      for (const n of [1, 2, 5]) {
        const due = computeDueDate(from, n, calendar);
        expect(isWorkingDay(due.dueDate, calendar)).toBe(true);
        let count = 0;
        for (let d = addDays(from, 1); d <= due.dueDate; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count += 1;
        expect(count).toBe(n);
        expect(amsterdamDate(due.dueAt)).toBe(due.dueDate);
      }
    }
  });
});

describe('Amsterdam time', () => {
  test('a request just after midnight Amsterdam time belongs to that Amsterdam day', () => {
    const createdAt = new Date('2026-12-23T23:30:00Z'); // 00:30 on 24 December in Amsterdam
    expect(amsterdamDate(createdAt)).toBe('2026-12-24');
    expect(dueDateForRequest(createdAt, 2, closingDayCalendar()).dueDate).toBe('2026-12-29');
  });

  test('the end of a summer day is 21:59:59.999 UTC and printed with +02:00', () => {
    const end = endOfAmsterdamDay('2027-04-28');
    expect(end.toISOString()).toBe('2027-04-28T21:59:59.999Z');
    expect(formatAmsterdamIso(end)).toBe('2027-04-28T23:59:59+02:00');
  });

  test('the days the clocks change', () => {
    expect(amsterdamInstant('2026-03-29', 3, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', 12, 0).toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(endOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  test('local dates are validated strictly', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-12-2026')).toBe(false);
  });
});

describe('the fast summer-time rule agrees with the time zone database', () => {
  test('every 5 hours from 1996 to 2040, and the moments around each change', async () => {
    const { intlWallClock, amsterdamOffsetMinutes: offset } = await import('../src/calendar/amsterdam.js');
    const mismatches: string[] = [];
    const check = (time: number) => {
      const instant = new Date(time);
      const w = intlWallClock(instant);
      const expected = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(time / 1000) * 1000) / 60000);
      if (offset(instant) !== expected) mismatches.push(instant.toISOString());
    };
    for (let t = Date.UTC(1996, 0, 1); t < Date.UTC(2041, 0, 1); t += 5 * 3600_000) check(t);
    for (let year = 1996; year <= 2040; year += 1) {
      for (const month of [2, 9]) {
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (const delta of [-3600_000, -1000, -1, 0, 1, 1000, 3600_000]) check(change + delta);
      }
    }
    expect(mismatches).toEqual([]);
  }, 30_000);
});

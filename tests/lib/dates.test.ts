import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  formatDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  todayIn,
} from '../../src/lib/dates';

// CI runs this suite in UTC; tests/lib/dates-tz.test.ts re-runs the date functions under other time zones.
const RUNS = { numRuns: 1000 };
const FIRST_DAY = -354285; // 1000-01-01
const LAST_DAY = 2932896; // 9999-12-31
const dayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const isoDate = dayNumber.map(fromDayNumber);

describe('isIsoDate and parseIsoDate', () => {
  it.each([
    ['2026-03-15', true],
    ['2024-02-29', true], // 2024 is divisible by 4
    ['2000-02-29', true], // 2000 is divisible by 400
    ['1000-01-01', true],
    ['9999-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false], // divisible by 100, not 400
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0999-12-31', false],
    ['2026-3-15', false],
    ['2026/03/15', false],
    [' 2026-03-15', false],
    ['2026-03-15T00:00', false],
    ['', false],
    [20260315, false],
    [null, false],
  ])('isIsoDate(%j) is %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it.each([
    ['2026-03-15', { ok: true, date: '2026-03-15' }],
    [' 2026-03-15 ', { ok: true, date: '2026-03-15' }],
    ['15/03/2026', { ok: false, error: 'Enter a real date, like 2026-03-15' }],
    ['2026-13-01', { ok: false, error: 'Enter a real date, like 2026-03-15' }],
    ['2026-02-30', { ok: false, error: 'February 2026 has 28 days' }],
    ['2024-02-30', { ok: false, error: 'February 2024 has 29 days' }],
    ['2026-04-31', { ok: false, error: 'April 2026 has 30 days' }],
    ['0099-01-01', { ok: false, error: 'Enter a year from 1000 to 9999' }],
  ])('parseIsoDate(%j) is %j', (s, expected) => {
    expect(parseIsoDate(s)).toEqual(expected);
  });
});

describe('day numbers', () => {
  // Unix epoch day numbers; 2026-03-15 = 20527 by Hinnant's days_from_civil (and Date.UTC(2026, 2, 15) / 86400000).
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-03-15', 20527],
    ['1000-01-01', FIRST_DAY],
    ['9999-12-31', LAST_DAY],
  ])('toDayNumber(%s) is %i', (d, n) => {
    expect(toDayNumber(d)).toBe(n);
    expect(fromDayNumber(n)).toBe(d);
  });

  it('agrees with Date.UTC for every day in range', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        expect(toDayNumber(d)).toBe(Date.UTC(y, m - 1, day) / 86_400_000);
      }),
      RUNS,
    );
  });

  it('fromDayNumber(toDayNumber(d)) === d, and fromDayNumber always gives a valid date', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const d = fromDayNumber(n);
        expect(isIsoDate(d)).toBe(true);
        expect(toDayNumber(d)).toBe(n);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
      RUNS,
    );
  });

  it.each([FIRST_DAY - 1, LAST_DAY + 1, 1.5, Number.NaN])('fromDayNumber(%d) throws RangeError', (n) => {
    expect(() => fromDayNumber(n)).toThrow(RangeError);
  });

  it.each(['2026-02-30', 'nope'])('toDayNumber(%j) throws RangeError', (d) => {
    expect(() => toDayNumber(d)).toThrow(RangeError);
  });
});

describe('addDays, daysBetween, compareDates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-15', 30, '2026-04-14'],
    ['2026-03-15', 0, '2026-03-15'],
  ])('addDays(%s, %i) is %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
    expect(daysBetween(d, expected)).toBe(n);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(dayNumber, dayNumber, (a, b) => {
        const from = fromDayNumber(a);
        const to = fromDayNumber(b);
        expect(addDays(from, daysBetween(from, to))).toBe(to);
        expect(daysBetween(from, addDays(from, b - a))).toBe(b - a);
      }),
      RUNS,
    );
  });

  it('compareDates orders like the day numbers and like the strings', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const expected = Math.sign(toDayNumber(a) - toDayNumber(b));
        expect(compareDates(a, b)).toBe(expected);
        expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      RUNS,
    );
  });

  it.each([
    ['2026-03-14', '2026-03-15', -1],
    ['2026-03-15', '2026-03-15', 0],
    ['2027-01-01', '2026-12-31', 1],
  ] as const)('compareDates(%s, %s) is %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // clamped to February's last day
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-31', 12, '2027-01-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-31', 25, '2028-02-29'],
  ])('addMonths(%s, %i) is %s', (d, n, expected) => {
    expect(addMonths(d, n)).toBe(expected);
  });

  it('never produces an invalid date, keeps the day when it exists and otherwise clamps to the month end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1100-01-01'), max: toDayNumber('9800-12-31') }),
        fc.integer({ min: -1200, max: 1200 }),
        (n, months) => {
          const d = fromDayNumber(n);
          const result = addMonths(d, months);
          expect(isIsoDate(result)).toBe(true);
          const day = Number(d.slice(8));
          const resultDay = Number(result.slice(8));
          if (resultDay !== day) {
            expect(resultDay).toBeLessThan(day);
            expect(isIsoDate(addDays(result, 1))).toBe(true);
            expect(addDays(result, 1).slice(8)).toBe('01'); // clamped to the month's last day
          }
          const monthIndex = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
          expect(monthIndex(result) - monthIndex(d)).toBe(months);
        },
      ),
      RUNS,
    );
  });

  it.each([
    ['9999-12-01', 1],
    ['1000-01-01', -1],
  ])('addMonths(%s, %i) throws RangeError out of range', (d, n) => {
    expect(() => addMonths(d, n)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  // 0 = Monday. 1970-01-01 was a Thursday; 2026-03-16 is a Monday (any calendar).
  it.each([
    ['1970-01-01', 3],
    ['2026-03-16', 0],
    ['2026-03-15', 6],
    ['2000-01-01', 5],
    ['1969-12-29', 0],
  ])('dayOfWeek(%s) is %i', (d, expected) => {
    expect(dayOfWeek(d)).toBe(expected);
  });

  it('agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(dayOfWeek(fromDayNumber(n))).toBe((new Date(n * 86_400_000).getUTCDay() + 6) % 7);
      }),
      RUNS,
    );
  });
});

describe('formatDate', () => {
  // CLDR's en-GB long dates, as Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }) writes them. formatDate builds
  // the text from the date's own parts, so these hold under TZ=America/New_York or Pacific/Kiritimati too.
  it.each([
    ['2026-03-15', '15 March 2026'],
    ['2026-03-08', '8 March 2026'], // New York's DST change day: a local Date would show 7 March
    ['2026-01-01', '1 January 2026'],
    ['2024-02-29', '29 February 2024'],
    ['1999-12-31', '31 December 1999'],
    ['1000-01-01', '1 January 1000'],
    ['9999-12-31', '31 December 9999'],
  ])('formatDate(%s) is %j', (d, expected) => {
    expect(formatDate(d)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });

  it('writes every date as Intl does in en-GB', () => {
    // Node's ICU is the oracle, over the whole range of years.
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(isoDate, (d) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const date = new Date(0);
        date.setUTCFullYear(y, m - 1, day);
        expect(formatDate(d)).toBe(intl.format(date));
      }),
      RUNS,
    );
  });
});

describe('todayIn', () => {
  it('returns the local calendar date of the Date it is given', () => {
    // Built from local fields, so this holds in any time zone: local noon is the same local day everywhere.
    expect(todayIn(new Date(2026, 2, 15, 12, 0, 0))).toBe('2026-03-15');
    expect(todayIn(new Date(2026, 0, 1, 0, 0, 0))).toBe('2026-01-01');
    expect(todayIn(new Date(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29');
  });
});

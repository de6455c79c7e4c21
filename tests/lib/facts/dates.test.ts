import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  comparePartialDates,
  earliestDay,
  formatPartialDate,
  isPartialDate,
  isVague,
  latestDay,
} from '../../../src/lib/facts/dates';
import { compareDates, fromDayNumber, toDayNumber } from '../../../src/lib/dates';

describe('partial dates', () => {
  it.each([
    // [date, earliest day, latest day, printed]
    ['2023-05-03', '2023-05-03', '2023-05-03', '3 May 2023'],
    ['2016-06', '2016-06-01', '2016-06-30', 'June 2016'],
    ['2024-02', '2024-02-01', '2024-02-29', 'February 2024'], // 2024 is a leap year
    ['2023-02', '2023-02-01', '2023-02-28', 'February 2023'],
    ['2025', '2025-01-01', '2025-12-31', '2025'],
  ])('%s spans %s to %s and prints as "%s"', (d, first, last, printed) => {
    expect([earliestDay(d), latestDay(d), formatPartialDate(d)]).toEqual([first, last, printed]);
  });

  it.each([
    ['2023-05-03', true, false],
    ['2016-06', true, true],
    ['2025', true, true],
    ['2016-13', false, true],
    ['2023-02-30', false, false],
    ['June 2016', false, true],
    ['', false, true],
  ])('%s: valid %s, vague %s', (d, valid, vague) => {
    expect(isPartialDate(d)).toBe(valid);
    if (valid) expect(isVague(d)).toBe(vague);
  });

  it('sorts by the first possible day, and a day before the month that starts on it', () => {
    expect(['2016-06', '2016-06-01', '2016'].sort(comparePartialDates)).toEqual(['2016', '2016-06-01', '2016-06']);
    expect(comparePartialDates('2016-05-31', '2016-06')).toBe(-1);
  });

  // 1900-01-01 .. 2199-12-31 as day numbers.
  const anyDay = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }).map(fromDayNumber);
  test.prop([anyDay])('a day lies inside its own month and year', (day) => {
    for (const vague of [day.slice(0, 7), day.slice(0, 4)]) {
      expect(compareDates(earliestDay(vague), day)).toBeLessThanOrEqual(0);
      expect(compareDates(day, latestDay(vague))).toBeLessThanOrEqual(0);
    }
  });
});

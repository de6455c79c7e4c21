import { addDays, addMonths, compareDates, formatDate, isIsoDate, type IsoDate } from '../dates';

/**
 * A date only as precise as its source: `YYYY-MM-DD` (that day), `YYYY-MM` (some day in that month, which the
 * source does not give) or `YYYY` (some day in that year). A fee period's bounds use it, so "June 2016" is never
 * stored as a made-up 1 June.
 */
export type PartialDate = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

export function isPartialDate(s: unknown): s is PartialDate {
  return typeof s === 'string' && (isIsoDate(s) || MONTH.test(s) || YEAR.test(s));
}

/** True when the date names a month or a year, not one day. */
export function isVague(d: PartialDate): boolean {
  return !isIsoDate(d);
}

/** The first day the date can be: 2016-06 → 2016-06-01; 2024 → 2024-01-01. */
export function earliestDay(d: PartialDate): IsoDate {
  if (YEAR.test(d)) return `${d}-01-01`;
  if (MONTH.test(d)) return `${d}-01`;
  return d;
}

/** The last day the date can be: 2016-06 → 2016-06-30; 2024 → 2024-12-31. */
export function latestDay(d: PartialDate): IsoDate {
  if (YEAR.test(d)) return `${d}-12-31`;
  if (MONTH.test(d)) return addDays(addMonths(`${d}-01`, 1), -1);
  return d;
}

/** "3 May 2023", "June 2016" or "2024": as precise as the data, never more. */
export function formatPartialDate(d: PartialDate): string {
  if (YEAR.test(d)) return d;
  if (MONTH.test(d)) return formatDate(`${d}-01`).replace(/^1 /, '');
  return formatDate(d);
}

/** Orders two partial dates by their earliest day, then by their latest (a day sorts before its month). */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  return compareDates(earliestDay(a), earliestDay(b)) || compareDates(latestDay(a), latestDay(b));
}

/**
 * Calendar dates as ISO strings with their own integer arithmetic. No Date object is built from a calendar date,
 * so every function here gives the same answer in every time zone; todayIn is the one place where the reader's
 * clock (and so their time zone) enters.
 */

/** A calendar date "YYYY-MM-DD" in the proleptic Gregorian calendar, years 1000 to 9999. */
export type IsoDate = string;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(y: number, m: number, d: number): IsoDate {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) {
    throw new RangeError(`Date out of range: year ${y} is outside ${MIN_YEAR}-${MAX_YEAR}`);
  }
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Splits a date already known to be valid; callers outside pass through `parts`. */
function split(d: IsoDate): [y: number, m: number, d: number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

function parts(d: IsoDate): [y: number, m: number, d: number] {
  if (!isIsoDate(d)) throw new RangeError(`Not a valid ISO date: ${String(d)}`);
  return split(d);
}

export function parseIsoDate(s: string): { ok: true; date: IsoDate } | { ok: false; error: string } {
  const text = typeof s === 'string' ? s.trim() : '';
  const invalid = { ok: false, error: 'Enter a real date, like 2026-03-15' } as const;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return invalid;
  const [y, m, d] = split(text);
  if (y < MIN_YEAR) return { ok: false, error: `Enter a year from ${MIN_YEAR} to ${MAX_YEAR}` };
  if (m < 1 || m > 12 || d < 1) return invalid;
  const length = daysInMonth(y, m);
  if (d > length) return { ok: false, error: `${MONTH_NAMES[m - 1]} ${y} has ${length} days` };
  return { ok: true, date: text };
}

export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && s.length === 10 && parseIsoDate(s).ok;
}

/**
 * Days since 1970-01-01 (negative before it), by Howard Hinnant's days_from_civil
 * (https://howardhinnant.github.io/date_algorithms.html), in integers only.
 */
export function toDayNumber(d: IsoDate): number {
  const [year, m, day] = parts(d);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (Hinnant's civil_from_days). @throws RangeError outside years 1000-9999. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day number must be an integer, got ${n}`);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return toIso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Adds calendar months, clamping to the month's last day: 2026-01-31 + 1 month = 2026-02-28. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Months must be an integer, got ${n}`);
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return toIso(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Whole days from a to b: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** 0 = Monday … 6 = Sunday (ISO 8601 order). 1970-01-01 was a Thursday. */
export function dayOfWeek(d: IsoDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  return ((((toDayNumber(d) + 3) % 7) + 7) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * "15 March 2026", as the site writes dates (British order, month in words). Built from the date's own parts, not
 * with Intl: the same text in every time zone and every browser, and no ICU data to load while a tool starts.
 */
export function formatDate(d: IsoDate): string {
  const [y, m, day] = parts(d);
  return `${day} ${MONTH_NAMES[m - 1]} ${y}`;
}

/**
 * The reader's local calendar date at `now` (pass `new Date()`). This is the one place where the reader's clock and
 * time zone enter; everything downstream works on the IsoDate it returns.
 */
export function todayIn(now: Date): IsoDate {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

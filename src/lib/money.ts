/**
 * Money as integers in minor units (cents, pence, fils). Parsing and formatting live here and nowhere else, so a
 * figure typed by the reader and a figure shown back always agree to the last minor unit.
 */
import { formatCount } from './numbers';

/**
 * Currencies freelancers are commonly paid in, with their minor-unit exponent.
 * Exponents follow ISO 4217 List One (SIX Financial Information, "Current currency & funds code list",
 * https://www.six-group.com/en/products-services/financial-information/data-standards.html). They are written
 * here rather than read from Intl because Intl shows 0 decimals for HUF, IDR and COP, whose ISO exponent is 2.
 */
const EXPONENTS = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  RON: 2,
  INR: 2,
  PKR: 2,
  BDT: 2,
  LKR: 2,
  NPR: 2,
  PHP: 2,
  IDR: 2,
  VND: 0,
  THB: 2,
  MYR: 2,
  SGD: 2,
  HKD: 2,
  CNY: 2,
  JPY: 0,
  KRW: 0,
  NGN: 2,
  KES: 2,
  GHS: 2,
  ZAR: 2,
  EGP: 2,
  MAD: 2,
  UAH: 2,
  TRY: 2,
  BRL: 2,
  MXN: 2,
  ARS: 2,
  COP: 2,
  CLP: 0,
  PEN: 2,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
  AED: 2,
  ILS: 2,
} as const satisfies Readonly<Record<string, 0 | 2 | 3>>;

export type CurrencyCode = keyof typeof EXPONENTS;

// English names, for currency pickers. They sit apart from the exponents so that code which only parses and
// formats amounts (an island) does not ship them.
const NAMES: Readonly<Record<CurrencyCode, string>> = {
  USD: 'US dollar',
  EUR: 'Euro',
  GBP: 'Pound sterling',
  CAD: 'Canadian dollar',
  AUD: 'Australian dollar',
  NZD: 'New Zealand dollar',
  CHF: 'Swiss franc',
  SEK: 'Swedish krona',
  NOK: 'Norwegian krone',
  DKK: 'Danish krone',
  PLN: 'Polish złoty',
  CZK: 'Czech koruna',
  HUF: 'Hungarian forint',
  RON: 'Romanian leu',
  INR: 'Indian rupee',
  PKR: 'Pakistani rupee',
  BDT: 'Bangladeshi taka',
  LKR: 'Sri Lankan rupee',
  NPR: 'Nepalese rupee',
  PHP: 'Philippine peso',
  IDR: 'Indonesian rupiah',
  VND: 'Vietnamese đồng',
  THB: 'Thai baht',
  MYR: 'Malaysian ringgit',
  SGD: 'Singapore dollar',
  HKD: 'Hong Kong dollar',
  CNY: 'Chinese yuan renminbi',
  JPY: 'Japanese yen',
  KRW: 'South Korean won',
  NGN: 'Nigerian naira',
  KES: 'Kenyan shilling',
  GHS: 'Ghanaian cedi',
  ZAR: 'South African rand',
  EGP: 'Egyptian pound',
  MAD: 'Moroccan dirham',
  UAH: 'Ukrainian hryvnia',
  TRY: 'Turkish lira',
  BRL: 'Brazilian real',
  MXN: 'Mexican peso',
  ARS: 'Argentine peso',
  COP: 'Colombian peso',
  CLP: 'Chilean peso',
  PEN: 'Peruvian sol',
  KWD: 'Kuwaiti dinar',
  BHD: 'Bahraini dinar',
  OMR: 'Omani rial',
  JOD: 'Jordanian dinar',
  TND: 'Tunisian dinar',
  LYD: 'Libyan dinar',
  IQD: 'Iraqi dinar',
  AED: 'UAE dirham',
  ILS: 'Israeli new shekel',
};

function joinCurrencyTables(): Readonly<Record<CurrencyCode, { exponent: 0 | 2 | 3; name: string }>> {
  const codes = Object.keys(EXPONENTS) as CurrencyCode[];
  return Object.fromEntries(codes.map((code) => [code, { exponent: EXPONENTS[code], name: NAMES[code] }])) as Record<
    CurrencyCode,
    { exponent: 0 | 2 | 3; name: string }
  >;
}

/** Every currency with its minor-unit exponent and English name. */
export const CURRENCIES = /* @__PURE__ */ joinCurrencyTables();

/** Largest amount, in major units, that parseAmount accepts; keeps every minor-unit total a safe integer. */
export const MAX_MAJOR_UNITS = 1_000_000_000;

/** The mark between whole units and the fraction: "1,234.50" uses '.', "1.234,50" uses ','. */
export type DecimalMark = '.' | ',';

/**
 * What reading an amount gives. `readings` is set when the text means two different amounts depending on the
 * decimal mark ("4,000" in a currency with 3 decimals is 4,000 dinars or 4 dinars): the reader must choose.
 */
export type ParseResult =
  | { ok: true; minor: number }
  | {
      ok: false;
      error: string;
      readings?: readonly [{ mark: DecimalMark; minor: number }, { mark: DecimalMark; minor: number }];
    };

export function isCurrencyCode(x: unknown): x is CurrencyCode {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(EXPONENTS, x);
}

export function exponentOf(code: CurrencyCode): 0 | 2 | 3 {
  return EXPONENTS[code];
}

/** An example of how to type an amount in this currency, for the hint under an amount field. */
export function describeAmountExample(code: CurrencyCode): string {
  const exponent = exponentOf(code);
  if (exponent === 0) return `${code} has no decimal places: type whole numbers, like 400000`;
  if (exponent === 3) return `${code} has 3 decimal places: type amounts like 4,000.000`;
  return `Type amounts like 4,000.00`;
}

// Grouping marks people type or paste: space, no-break space, narrow no-break space, thin space, apostrophes.
const GROUPING_MARKS = /[\s\u00a0\u202f\u2009'\u2019]/g;

/**
 * Which mark is decimal when the reader has not said. Both marks: the later one ("1.234,50"). One mark used more
 * than once: it groups ("1,000,000"). One mark once: it groups when exactly three digits follow and at most three
 * precede ("4,000"), unless the currency has three decimals, where "4,000" and "4.000" are both readings and the
 * answer is 'ambiguous'; otherwise it is decimal ("12,5", "1234,500").
 */
function inferDecimalMark(s: string, exponent: number): DecimalMark | 'ambiguous' {
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  if (commas > 0 && dots > 0) return s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  if (commas + dots === 0) return '.';
  const mark: DecimalMark = commas > 0 ? ',' : '.';
  const other: DecimalMark = mark === ',' ? '.' : ',';
  // Used twice it groups; trailing ("1000,") it cannot be decimal, and reading it as a group mark refuses it.
  if (commas + dots > 1 || s.endsWith(mark)) return other;
  // A group never starts with 0, so "0.500" is a fraction in every currency.
  if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(s)) return exponent === 3 ? 'ambiguous' : other;
  return mark;
}

/**
 * Reads an amount as typed into minor units. With `decimalMark` the reader has said which mark is decimal;
 * without it the mark is inferred (see inferDecimalMark), and text that two marks would read as two amounts is
 * refused with both readings rather than guessed. Spaces and apostrophes group digits; the currency's own code may
 * precede or follow the number ("1,234.50 USD"), so formatMoney output reads back.
 */
export function parseAmount(text: string, currency: CurrencyCode, opts?: { decimalMark?: DecimalMark }): ParseResult {
  const exponent = exponentOf(currency);
  const example = `Enter an amount, like ${exponent === 0 ? '1,250' : `1,250.${'0'.repeat(exponent)}`}`;
  if (typeof text !== 'string') return { ok: false, error: example };
  let s = text.trim();
  const upper = s.toUpperCase();
  if (upper.endsWith(currency)) s = s.slice(0, -3);
  else if (upper.startsWith(currency)) s = s.slice(3);
  s = s.replace(GROUPING_MARKS, '');
  if (s === '') return { ok: false, error: example };
  if (/^[-\u2212]/.test(s)) return { ok: false, error: 'Enter an amount of zero or more' };

  const decimal = opts?.decimalMark ?? inferDecimalMark(s, exponent);
  if (decimal === 'ambiguous') {
    // Only "d,ddd" or "d.ddd" (one to three digits, one mark, three digits) gets here: it reads both ways.
    const mark: DecimalMark = s.includes(',') ? ',' : '.';
    const asDecimal = Number(s.replace(mark, ''));
    const asGrouping = asDecimal * 10 ** exponent;
    return {
      ok: false,
      error: `Did you mean ${formatMoney(asGrouping, currency)} or ${formatMoney(asDecimal, currency)}? Choose one, or type both marks, like 4,000.000`,
      readings: [
        { mark: mark === ',' ? '.' : ',', minor: asGrouping },
        { mark, minor: asDecimal },
      ],
    };
  }
  return readWithMark(s, currency, decimal, example);
}

/** Reads digits and marks with a known decimal mark; `s` has no spaces, code or sign left. */
function readWithMark(s: string, currency: CurrencyCode, decimal: DecimalMark, example: string): ParseResult {
  const exponent = exponentOf(currency);
  const group = decimal === '.' ? ',' : '.';
  const [wholeTyped = '', ...rest] = s.split(decimal);
  // Group marks belong before the decimal mark, between groups of 2 or 3 digits (3 for most locales, 2 for the
  // Indian lakh style "12,34,567"); anything else, like "1,,000" or "1,5" with a decimal dot, is likely a typo.
  const groups = wholeTyped.split(group);
  const ungrouped = groups.slice(1).every((g) => /^\d{2,3}$/.test(g)) ? groups.join('') : '!';
  const match = /^(\d*)(?:\.(\d*))?$/.exec(rest.length ? `${ungrouped}.${rest.join('!')}` : ungrouped);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, error: example };
  if (fraction.length > exponent) {
    const error =
      exponent === 0
        ? `${currency} amounts have no decimal places`
        : `${currency} amounts have at most ${exponent} decimal places`;
    return { ok: false, error };
  }
  const digits = (whole + fraction.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const maxDigits = String(MAX_MAJOR_UNITS).length + exponent;
  // Compared as equal-length digit strings so the check needs no floating point and no huge Number.
  const maxMinor = String(MAX_MAJOR_UNITS) + '0'.repeat(exponent);
  if (digits.length > maxDigits || (digits.length === maxDigits && digits > maxMinor)) {
    return { ok: false, error: `Enter an amount no larger than ${formatCount(MAX_MAJOR_UNITS)}` };
  }
  return { ok: true, minor: Number(digits) };
}

function assertMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Expected an integer amount in minor units, got ${minor}`);
}

/** Splits integer minor units into "-", whole-part digits and fraction digits without any division. */
function splitMinor(minor: number, exponent: number): [sign: string, whole: string, fraction: string] {
  assertMinor(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const cut = digits.length - exponent;
  return [minor < 0 ? '-' : '', digits.slice(0, cut), digits.slice(cut)];
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The only money formatter: "1,234.50 USD" (en-US) or "1.234,50 EUR" (de-DE). The code follows the number so the
 * currency is unambiguous in every locale. Negative amounts get a leading "-".
 */
export function formatMoney(
  minor: number,
  currency: CurrencyCode,
  opts?: { locale?: string; withCode?: boolean },
): string {
  const exponent = exponentOf(currency);
  const locale = opts?.locale ?? 'en-US';
  const [sign, whole, fraction] = splitMinor(minor, exponent);
  const key = `${locale}|${exponent}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'decimal',
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    formatters.set(key, formatter);
  }
  // A decimal string keeps Intl exact for any safe integer (Intl.NumberFormat v3 formats strings without
  // converting them to a double first).
  const text = formatter.format((exponent ? `${whole}.${fraction}` : whole) as Intl.StringNumericLiteral);
  return `${sign}${text}${opts?.withCode === false ? '' : ` ${currency}`}`;
}

/**
 * A plain value for an <input>, like "1234.50", that parseAmount reads back to the same minor units when told the
 * decimal mark is '.' (without it, "4.000" in a 3-decimal currency is ambiguous and the reader is asked).
 */
export function formatMinorAsInput(minor: number, currency: CurrencyCode): string {
  const [sign, whole, fraction] = splitMinor(minor, exponentOf(currency));
  return sign + whole + (fraction ? `.${fraction}` : '');
}

/** Reads a finite non-negative double exactly as numerator / 2^shift. */
function toBinaryFraction(x: number): [numerator: bigint, shift: number] {
  let shift = 0;
  // Doubling is exact, and a non-integer double has fewer than 53 bits above the point, so this never overflows.
  while (!Number.isInteger(x)) {
    x *= 2;
    shift++;
  }
  return [BigInt(x), shift];
}

/**
 * Splits `total` minor units into integer parts in proportion to `weights`, by the largest-remainder method.
 * The parts always sum exactly to `total`. Ties between equal remainders go to the EARLIEST part, which the UI
 * states as "any odd cent goes to the earliest payment". The arithmetic is exact (weights are read as exact binary
 * fractions and compared with BigInt), so the result does not depend on floating-point rounding.
 * @throws RangeError if total is not a non-negative safe integer, or weights are empty, negative, not finite, or
 *   all zero.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be a non-negative safe integer');
  if (weights.length === 0 || !weights.every((w) => Number.isFinite(w) && w >= 0) || !weights.some((w) => w > 0)) {
    throw new RangeError('weights must be finite, non-negative and include at least one positive weight');
  }
  const fractions = weights.map(toBinaryFraction);
  const maxShift = Math.max(...fractions.map(([, shift]) => shift));
  const scaled = fractions.map(([n, shift]) => n << BigInt(maxShift - shift));
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const t = BigInt(total);
  const parts = scaled.map((w) => (t * w) / sum);
  const remainders = scaled.map((w) => (t * w) % sum);
  let left = total - parts.reduce((a, b) => a + Number(b), 0);
  const order = remainders
    .map((r, i) => [r, i] as const)
    .sort(([ra, ia], [rb, ib]) => (ra === rb ? ia - ib : ra > rb ? -1 : 1));
  const result = parts.map(Number);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
  }
  return result;
}

/** numerator / denominator rounded half away from zero ("half-up" for the positive amounts we handle). */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

/**
 * minor × basisPoints / 10,000, rounded half-up to an integer. A fee of 3.49% is 349 basis points; basis points
 * may carry up to 2 decimal places (12.5 bp), which are scaled to integers so no floating point enters.
 * @throws RangeError for a non-integer minor amount or basis points with more than 2 decimal places.
 */
export function applyBasisPoints(minor: number, basisPoints: number): number {
  assertMinor(minor);
  const hundredths = Math.round(basisPoints * 100);
  if (!Number.isSafeInteger(hundredths) || hundredths / 100 !== basisPoints) {
    throw new RangeError('basisPoints must be finite with at most 2 decimal places');
  }
  return Number(divideRoundHalfUp(BigInt(minor) * BigInt(hundredths), 1_000_000n));
}

/**
 * Converts minor units of `from` at `rate` ("1 FROM = rate TO", a plain decimal string such as "0.9231") into
 * minor units of `to`, rounded half-up. Returns undefined when the rate is not a positive decimal or the result
 * is not a safe integer.
 */
export function convertMinor(minor: number, from: CurrencyCode, to: CurrencyCode, rate: string): number | undefined {
  assertMinor(minor);
  const match = typeof rate === 'string' ? /^(\d{1,15})(?:\.(\d{1,15}))?$/.exec(rate.trim()) : null;
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  const rateUnits = BigInt((match[1] ?? '') + fraction);
  if (rateUnits === 0n) return undefined;
  const shift = exponentOf(to) - exponentOf(from) - fraction.length;
  const numerator = BigInt(minor) * rateUnits * (shift > 0 ? 10n ** BigInt(shift) : 1n);
  const result = Number(divideRoundHalfUp(numerator, shift < 0 ? 10n ** BigInt(-shift) : 1n));
  return Number.isSafeInteger(result) ? result : undefined;
}

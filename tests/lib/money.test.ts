import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  MAX_MAJOR_UNITS,
  applyBasisPoints,
  convertMinor,
  exponentOf,
  formatMinorAsInput,
  formatMoney,
  isCurrencyCode,
  parseAmount,
  splitByWeights,
  type CurrencyCode,
} from '../../src/lib/money';

const CODES = Object.keys(CURRENCIES) as CurrencyCode[];
const RUNS = { numRuns: 1000 };
const currency = fc.constantFrom(...CODES);
/** Any amount parseAmount accepts for the currency, in minor units. */
const minorFor = (code: CurrencyCode) => fc.integer({ min: 0, max: MAX_MAJOR_UNITS * 10 ** exponentOf(code) });
const currencyAndMinor = currency.chain((code) => fc.tuple(fc.constant(code), minorFor(code)));

describe('CURRENCIES', () => {
  it('lists the currencies the brief names', () => {
    const required =
      'USD EUR GBP CAD AUD NZD CHF SEK NOK DKK PLN CZK HUF RON INR PKR BDT LKR NPR PHP IDR VND THB MYR SGD HKD CNY JPY KRW NGN KES GHS ZAR EGP MAD UAH TRY BRL MXN ARS COP CLP PEN KWD BHD JOD TND AED ILS'.split(
        ' ',
      );
    expect(CODES).toEqual(expect.arrayContaining(required));
    expect(CODES.length).toBeGreaterThanOrEqual(32);
  });

  // Exponents from ISO 4217 List One (SIX). HUF, IDR and COP are 2 in ISO although Intl shows 0 decimals.
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['CLP', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['JOD', 3],
    ['TND', 3],
    ['HUF', 2],
    ['IDR', 2],
    ['COP', 2],
  ] as const)('%s has exponent %i', (code, exponent) => {
    expect(exponentOf(code)).toBe(exponent);
  });

  it.each([
    ['USD', true],
    ['usd', false],
    ['XXX', false],
    ['toString', false],
    ['__proto__', false],
    [42, false],
  ])('isCurrencyCode(%j) is %s', (x, expected) => {
    expect(isCurrencyCode(x)).toBe(expected);
  });
});

describe('parseAmount', () => {
  // Hand-worked: minor = whole × 10^exponent + fraction digits.
  it.each([
    ['1,234.50', 'USD', undefined, 123450],
    ['1234.5', 'USD', undefined, 123450],
    ['  1000 ', 'USD', undefined, 100000],
    ['0', 'USD', undefined, 0],
    ['0.00', 'USD', undefined, 0],
    ['.5', 'USD', undefined, 50],
    ['1,234', 'USD', undefined, 123400], // three digits after a lone comma: grouping
    ['1234,50', 'EUR', undefined, 123450], // inferred decimal comma
    ['12,5', 'EUR', undefined, 1250],
    ['1 234,50', 'EUR', undefined, 123450],
    ['1\u202f234,50', 'EUR', undefined, 123450], // narrow no-break space, as fr-FR prints
    ["1'234.50", 'CHF', undefined, 123450],
    ['1\u2019234.50', 'CHF', undefined, 123450], // de-CH apostrophe
    ['1.234,50', 'EUR', undefined, 123450], // both marks: the later one is decimal
    ['1.234,50', 'EUR', ',', 123450],
    ['1 234,50', 'EUR', ',', 123450],
    ['1234,50', 'EUR', ',', 123450],
    ['1.234', 'EUR', ',', 123400],
    ['12,34,567.89', 'INR', undefined, 123456789], // Indian lakh grouping
    ['1,234.50 USD', 'USD', undefined, 123450],
    ['usd 10', 'USD', undefined, 1000],
    ['1,500', 'JPY', undefined, 1500],
    ['1 500', 'JPY', undefined, 1500],
    ['1234,500', 'KWD', undefined, 1234500], // four digits before a lone comma cannot be a group: decimal comma
    ['4,000.000', 'KWD', undefined, 4000000], // both marks: the later is decimal
    ['4.000,500', 'TND', undefined, 4000500],
    ['4,000,000', 'KWD', undefined, 4000000000], // a mark used twice groups
    ['0.500', 'KWD', undefined, 500], // a group never starts with 0
    ['4,000', 'KWD', '.', 4000000], // the reader said the point is decimal
    ['4,000', 'KWD', ',', 4000],
    ['4.000', 'KWD', '.', 4000],
    ['4.000', 'KWD', ',', 4000000],
    ['1.234', 'USD', undefined, 123400], // three digits after a lone dot in a 2-decimal currency: grouping
    ['4.000', 'JPY', undefined, 4000],
    ['1000000000', 'USD', undefined, 100000000000],
    ['1000000000.000', 'KWD', undefined, 1000000000000],
  ] as const)('%j in %s (decimal %s) is %i minor units', (text, code, decimalMark, minor) => {
    const opts = decimalMark ? { decimalMark } : undefined;
    expect(parseAmount(text, code, opts)).toEqual({ ok: true, minor });
  });

  it.each([
    ['', 'USD', 'Enter an amount, like 1,250.00'],
    ['   ', 'USD', 'Enter an amount, like 1,250.00'],
    ['USD', 'USD', 'Enter an amount, like 1,250.00'],
    ['abc', 'USD', 'Enter an amount, like 1,250.00'],
    ['12a', 'USD', 'Enter an amount, like 1,250.00'],
    ['NaN', 'USD', 'Enter an amount, like 1,250.00'],
    ['Infinity', 'USD', 'Enter an amount, like 1,250.00'],
    ['1e5', 'USD', 'Enter an amount, like 1,250.00'],
    ['0x10', 'USD', 'Enter an amount, like 1,250.00'],
    ['1,,000', 'USD', 'Enter an amount, like 1,250.00'],
    ['1000,', 'USD', 'Enter an amount, like 1,250.00'],
    ['1.2.3', 'USD', 'Enter an amount, like 1,250.00'],
    ['1.5,6', 'USD', 'Enter an amount, like 1,250.00'],
    ['10 EUR', 'USD', 'Enter an amount, like 1,250.00'],
    ['abc', 'JPY', 'Enter an amount, like 1,250'],
    ['abc', 'KWD', 'Enter an amount, like 1,250.000'],
    ['-5', 'USD', 'Enter an amount of zero or more'],
    ['\u22125', 'USD', 'Enter an amount of zero or more'],
    ['1234.567', 'USD', 'USD amounts have at most 2 decimal places'],
    ['0.001', 'EUR', 'EUR amounts have at most 2 decimal places'],
    ['1.5', 'JPY', 'JPY amounts have no decimal places'],
    ['1,5', 'JPY', 'JPY amounts have no decimal places'],
    ['1.2345', 'KWD', 'KWD amounts have at most 3 decimal places'],
    ['1000000000.01', 'USD', 'Enter an amount no larger than 1,000,000,000'],
    ['1000000001', 'JPY', 'Enter an amount no larger than 1,000,000,000'],
    ['99999999999999999999', 'USD', 'Enter an amount no larger than 1,000,000,000'],
  ] as const)('rejects %j in %s: %s', (text, code, error) => {
    expect(parseAmount(text, code)).toEqual({ ok: false, error });
  });

  // Issue 12: "4,000" in a 3-decimal currency was read as 4.000 without a word. Either reading may be meant,
  // so the reader is asked, with both amounts spelled out.
  it.each([
    ['4,000', 'KWD', 4_000_000, 4_000, '.', ','],
    ['250,000', 'BHD', 250_000_000, 250_000, '.', ','],
    ['4.000', 'OMR', 4_000_000, 4_000, ',', '.'],
    ['12,500', 'JOD', 12_500_000, 12_500, '.', ','],
    ['4,000', 'TND', 4_000_000, 4_000, '.', ','],
    ['4,000', 'LYD', 4_000_000, 4_000, '.', ','],
    ['4,000', 'IQD', 4_000_000, 4_000, '.', ','],
  ] as const)('asks which amount %j in %s means', (text, code, big, small, bigMark, smallMark) => {
    const result = parseAmount(text, code);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.readings).toEqual([
      { mark: bigMark, minor: big },
      { mark: smallMark, minor: small },
    ]);
    expect(result.error).toBe(
      `Did you mean ${formatMoney(big, code)} or ${formatMoney(small, code)}? Choose one, or type both marks, like 4,000.000`,
    );
    // Each reading, once chosen, reads the same text to that amount.
    expect(parseAmount(text, code, { decimalMark: bigMark })).toEqual({ ok: true, minor: big });
    expect(parseAmount(text, code, { decimalMark: smallMark })).toEqual({ ok: true, minor: small });
  });

  it('never reads typed thousands separators as a change of magnitude, in any currency', () => {
    fc.assert(
      fc.property(currency, fc.integer({ min: 1000, max: MAX_MAJOR_UNITS }), (code, major) => {
        const plain = String(major);
        const grouped = major.toLocaleString('en-US');
        const result = parseAmount(grouped, code);
        // Either read at face value, or (3 decimals, one group) the reader is asked with face value as a choice.
        if (result.ok) expect(result.minor).toBe(major * 10 ** exponentOf(code));
        else expect(result.readings?.[0].minor).toBe(major * 10 ** exponentOf(code));
        expect(parseAmount(grouped, code, { decimalMark: '.' })).toEqual(parseAmount(plain, code));
      }),
      RUNS,
    );
  });

  it('never throws and only returns safe, non-negative integers for any text', () => {
    fc.assert(
      fc.property(fc.string(), currency, (text, code) => {
        const result = parseAmount(text, code);
        if (result.ok) {
          expect(Number.isSafeInteger(result.minor)).toBe(true);
          expect(result.minor).toBeGreaterThanOrEqual(0);
          expect(result.minor).toBeLessThanOrEqual(MAX_MAJOR_UNITS * 10 ** exponentOf(code));
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });
});

describe('formatMoney', () => {
  // Expected strings are the plain digit grouping of each locale (CLDR), with the ISO exponent forced.
  it.each([
    [123450, 'USD', {}, '1,234.50 USD'],
    [123450, 'USD', { withCode: false }, '1,234.50'],
    [0, 'USD', {}, '0.00 USD'],
    [5, 'USD', {}, '0.05 USD'],
    [-5, 'USD', {}, '-0.05 USD'],
    [-123450, 'EUR', {}, '-1,234.50 EUR'],
    [1234, 'JPY', {}, '1,234 JPY'],
    [1234567, 'KWD', {}, '1,234.567 KWD'],
    [123456789, 'HUF', {}, '1,234,567.89 HUF'], // 2 decimals although Intl's HUF default is 0
    [100, 'IDR', {}, '1.00 IDR'],
    [123450, 'EUR', { locale: 'de-DE' }, '1.234,50 EUR'],
    [12345678, 'INR', { locale: 'en-IN' }, '1,23,456.78 INR'],
    [Number.MAX_SAFE_INTEGER, 'USD', {}, '90,071,992,547,409.91 USD'], // exact: 2^53 − 1 cents
    [Number.MAX_SAFE_INTEGER, 'KWD', { withCode: false }, '9,007,199,254,740.991'],
  ] as const)('formatMoney(%i, %s, %j) is %j', (minor, code, opts, expected) => {
    expect(formatMoney(minor, code, opts)).toBe(expected);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('throws RangeError for %d', (minor) => {
    expect(() => formatMoney(minor, 'USD')).toThrow(RangeError);
  });

  it('reads back through parseAmount in every currency (en-US, with and without the code)', () => {
    fc.assert(
      fc.property(currencyAndMinor, ([code, minor]) => {
        const shown = formatMoney(minor, code);
        expect(shown.endsWith(` ${code}`)).toBe(true);
        expect(parseAmount(shown.slice(0, -code.length - 1), code, { decimalMark: '.' })).toEqual({ ok: true, minor });
        expect(parseAmount(shown, code, { decimalMark: '.' })).toEqual({ ok: true, minor });
        // Without the mark, the amount comes back, or (4.000 KWD) the reader is asked with it among the readings.
        const guessed = parseAmount(shown, code);
        if (guessed.ok) expect(guessed.minor).toBe(minor);
        else expect(guessed.readings?.map((r) => r.minor)).toContain(minor);
      }),
      RUNS,
    );
  });

  it.each(['de-DE', 'fr-FR', 'en-IN', 'de-CH'])('reads back through parseAmount in %s', (locale) => {
    const decimalMark = new Intl.NumberFormat(locale).format(1.5).includes(',') ? ',' : '.';
    fc.assert(
      fc.property(currencyAndMinor, ([code, minor]) => {
        const shown = formatMoney(minor, code, { locale, withCode: false });
        expect(parseAmount(shown, code, { decimalMark })).toEqual({ ok: true, minor });
      }),
      RUNS,
    );
  });
});

describe('formatMinorAsInput', () => {
  it.each([
    [123450, 'USD', '1234.50'],
    [5, 'USD', '0.05'],
    [0, 'JPY', '0'],
    [1500, 'JPY', '1500'],
    [1, 'KWD', '0.001'],
  ] as const)('formatMinorAsInput(%i, %s) is %j', (minor, code, expected) => {
    expect(formatMinorAsInput(minor, code)).toBe(expected);
  });

  it('round-trips through parseAmount for every currency', () => {
    fc.assert(
      fc.property(currencyAndMinor, ([code, minor]) => {
        expect(parseAmount(formatMinorAsInput(minor, code), code, { decimalMark: '.' })).toEqual({ ok: true, minor });
      }),
      RUNS,
    );
  });
});

describe('splitByWeights', () => {
  // Hand-worked largest remainder: quotas, floors, then leftover units to the largest remainders, earliest first.
  it.each([
    [100, [1, 1, 1], [34, 33, 33]], // 33.33 each, one cent left: earliest payment
    [101, [1, 1, 1], [34, 34, 33]],
    [100000, [30, 40, 30], [30000, 40000, 30000]],
    [1001, [0.1, 0.2, 0.7], [100, 200, 701]], // 100.1, 200.2, 700.7: 0.7 is the largest remainder
    [10, [1, 2], [3, 7]], // 3.33, 6.67: the larger remainder wins over the earlier part
    [5, [0, 1], [0, 5]],
    [0, [1, 2, 3], [0, 0, 0]],
    [7, [1], [7]],
    [1, [1e-300, 1e-300], [1, 0]], // tiny weights still compare exactly
    [3, [1e300, 1e300, 1e300], [1, 1, 1]],
  ])('splitByWeights(%i, %j) is %j', (total, weights, expected) => {
    expect(splitByWeights(total, weights)).toEqual(expected);
  });

  it.each([
    [100, []],
    [100, [0, 0]],
    [100, [1, -1]],
    [100, [1, Number.NaN]],
    [100, [1, Number.POSITIVE_INFINITY]],
    [-1, [1]],
    [1.5, [1]],
    [2 ** 53, [1]],
  ])('throws RangeError for total %d and weights %j', (total, weights) => {
    expect(() => splitByWeights(total, weights)).toThrow(RangeError);
  });

  const weights = fc.array(fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1e6, noNaN: true })), {
    minLength: 1,
    maxLength: 12,
  });

  it('parts are non-negative integers that sum exactly to the total, for every exponent-scaled total', () => {
    fc.assert(
      fc.property(currencyAndMinor, weights, ([, total], ws) => {
        fc.pre(ws.some((w) => w > 0));
        const parts = splitByWeights(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        ws.forEach((w, i) => {
          if (w === 0) expect(parts[i]).toBe(0);
        });
      }),
      RUNS,
    );
  });

  it('each part is within one unit of its exact share, and equal weights differ by at most one, earliest larger', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 9), fc.integer({ min: 1, max: 24 }), (total, n) => {
        const parts = splitByWeights(
          total,
          Array.from({ length: n }, () => 1),
        );
        const base = Math.floor(total / n);
        const extra = total % n;
        expect(parts).toEqual(Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0)));
      }),
      RUNS,
    );
  });
});

describe('applyBasisPoints', () => {
  // minor × bp / 10,000, half-up.
  it.each([
    [10000, 349, 349], // 3.49% of 100.00 = 3.49
    [150, 349, 5], // 5.235 → 5
    [1000, 50, 5], // 0.5% of 10.00 = 0.05
    [100, 50, 1], // 0.5 exactly → half-up → 1
    [300, 50, 2], // 1.5 → 2
    [100000, 12.5, 125], // 12.5 bp
    [1000, 0.29, 0], // 0.029
    [100000000, 0.01, 100],
    [0, 349, 0],
    [-100, 50, -1], // half away from zero
    [Number.MAX_SAFE_INTEGER, 10000, Number.MAX_SAFE_INTEGER],
  ])('applyBasisPoints(%i, %d) is %i', (minor, bp, expected) => {
    expect(applyBasisPoints(minor, bp)).toBe(expected);
  });

  it.each([
    [100, 0.001],
    [100, Number.NaN],
    [100, Number.POSITIVE_INFINITY],
    [1.5, 100],
  ])('throws RangeError for (%d, %d)', (minor, bp) => {
    expect(() => applyBasisPoints(minor, bp)).toThrow(RangeError);
  });

  it('matches exact rational rounding for integer basis points', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10000), (minor, bp) => {
        const product = BigInt(minor) * BigInt(bp);
        const expected = Number((product * 2n + 10000n) / 20000n);
        expect(applyBasisPoints(minor, bp)).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('convertMinor', () => {
  it.each([
    [10000, 'USD', 'JPY', '150.25', 15025], // 100.00 USD × 150.25 = 15,025 JPY
    [100, 'JPY', 'USD', '0.0066', 66], // 100 JPY × 0.0066 = 0.66 USD
    [1000, 'USD', 'KWD', '0.3071', 3071], // 10.00 USD × 0.3071 = 3.071 KWD
    [1000, 'KWD', 'USD', '3.2563', 326], // 1.000 KWD × 3.2563 = 3.2563 → 3.26 USD (half-up)
    [12345, 'EUR', 'EUR', '1', 12345],
    [1, 'USD', 'EUR', '0.5', 1], // 0.005 EUR → half-up → 0.01
    [123456, 'EUR', 'HUF', '400.123', 49397585], // 1,234.56 × 400.123 = 493,975.85 (…8488)
  ] as const)('convertMinor(%i, %s, %s, %j) is %i', (minor, from, to, rate, expected) => {
    expect(convertMinor(minor, from, to, rate)).toBe(expected);
  });

  it.each(['', 'abc', '0', '0.000', '-1.2', '1e3', '1,5', 'NaN', 'Infinity', '1.', '.5'])(
    'returns undefined for rate %j',
    (rate) => {
      expect(convertMinor(100, 'USD', 'EUR', rate)).toBeUndefined();
    },
  );

  it('rate 1 between currencies of equal exponent is the identity', () => {
    fc.assert(
      fc.property(currencyAndMinor, currency, ([from, minor], to) => {
        fc.pre(exponentOf(from) === exponentOf(to));
        expect(convertMinor(minor, from, to, '1')).toBe(minor);
      }),
      RUNS,
    );
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/numbers';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1,000'],
    [20_000, '20,000'],
    [1_234_567, '1,234,567'],
    [-2_080, '-2,080'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('formatCount(%i) is %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d, which is not a safe whole number', (n) => {
    expect(() => formatCount(n)).toThrow(RangeError);
  });

  // Node's ICU is the oracle: en-US groups by three with a comma, as the site writes numbers.
  const intl = new Intl.NumberFormat('en-US');
  test.prop([fc.maxSafeInteger()])('writes every safe whole number as Intl does in en-US', (n) => {
    expect(formatCount(n)).toBe(intl.format(n));
  });
});

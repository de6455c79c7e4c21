import { describe, expect, it } from 'vitest';
import { CURRENCY_NAMES } from '../../src/lib/currency-names';
import { CURRENCY_EXPONENTS } from '../../src/lib/money';

describe('CURRENCY_NAMES', () => {
  it('names every currency money.ts knows, and no other', () => {
    expect(Object.keys(CURRENCY_NAMES)).toEqual(Object.keys(CURRENCY_EXPONENTS));
    expect(Object.values(CURRENCY_NAMES).every((n) => n.trim().length > 2)).toBe(true);
  });

  it('keeps the ISO 4217 English names the select shows', () => {
    expect(CURRENCY_NAMES.GBP).toBe('Pound sterling');
    expect(CURRENCY_NAMES.VND).toBe('Vietnamese đồng');
  });
});

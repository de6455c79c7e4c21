import { describe, expect, it } from 'vitest';
import { compareStayOrLeave, computeConversionFee } from '../../../src/lib/plan/conversion-fee';
import { loadPlatform } from './fixtures';

const rule = loadPlatform('upwork').conversionFee!;

describe('computeConversionFee (facts.md §1b: 12% × rate × 2,080; min $1,000, max $50,000)', () => {
  it.each([
    // Upwork's own example: $20/h → $4,992.
    [2_000, 499_200, null],
    // Hand-worked: 12% × $40 × 2,080 = $9,984.
    [4_000, 998_400, null],
    // 12% × $3 × 2,080 = $748.80, below the $1,000 minimum.
    [300, 100_000, 'minimum'],
    // 12% × $250 × 2,080 = $62,400, above the $50,000 maximum.
    [25_000, 5_000_000, 'maximum'],
  ])('a rate of %i cents gives %i cents', (rate, fee, limitedBy) => {
    const r = computeConversionFee(rule, rate);
    expect(r.feeMinor).toBe(fee);
    expect(r.limitedBy).toBe(limitedBy);
    expect(r.currency).toBe('USD');
  });
});

describe('compareStayOrLeave', () => {
  it('finds the break-even billings for a $40 rate and a 10% platform fee', () => {
    // $9,984 / 10% = $99,840 of billings. Expecting $120,000: staying costs $12,000 > $9,984.
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 12_000_000,
      platformFeeBasisPoints: 1_000,
      routeFeeBasisPoints: 0,
    });
    expect(r.breakEvenMinor).toBe(9_984_000);
    expect(r.stayCostMinor).toBe(1_200_000);
    expect(r.cheaper).toBe('leave');
    expect(r.sentence).toBe(
      'Paying the Conversion Fee of 9,984.00 USD costs less than the platform fee of 10% once you bill this client 99,840.00 USD or more over the 24 months; you expect 120,000.00 USD, so paying the fee is cheaper.',
    );
  });

  it('counts the fees of the route used instead', () => {
    // Margin 10% − 3.49% = 6.51%; 998,400 × 10,000 / 651 = 15,336,405.5 → 15,336,406 cents.
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 0,
      platformFeeBasisPoints: 1_000,
      routeFeeBasisPoints: 349,
    });
    expect(r.breakEvenMinor).toBe(15_336_406);
    expect(r.cheaper).toBe('stay');
  });

  it('says staying is always cheaper when the platform fee is not above the route fee', () => {
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 100,
      platformFeeBasisPoints: 0,
      routeFeeBasisPoints: 0,
    });
    expect(r.breakEvenMinor).toBeNull();
    expect(r.sentence).toContain('staying always costs less');
  });
});

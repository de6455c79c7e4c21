import { describe, expect, it } from 'vitest';
import { compareStayOrLeave, computeConversionFee } from '../../../src/lib/plan/conversion-fee';
import { loadPlatform } from './fixtures';

const rule = loadPlatform('upwork').conversionFee!;

describe('computeConversionFee (Upwork Conversion Fee article and User Agreement §7.3: 12% × rate × 2,080; min $1,000, max $50,000)', () => {
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
  const free = { name: 'ACH', fees: { low: 0, high: 0 } };

  it('finds the break-even billings for a $40 rate and a 10% platform fee', () => {
    // $9,984 / 10% = $99,840 of billings. Expecting $120,000: staying costs $12,000 > $9,984.
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 12_000_000,
      platformFeeBasisPoints: 1_000,
      route: free,
    });
    expect(r.breakEvenMinor).toBe(9_984_000);
    expect(r.stayCostMinor).toBe(1_200_000);
    expect(r.leaveCost).toEqual({ low: 998_400, high: 998_400 });
    expect(r.cheaper).toBe('leave');
    expect(r.working).toBe('12% × 40.00 USD × 2,080 hours = 9,984.00 USD.');
    expect(r.sentence).toBe(
      "On 120,000.00 USD of billings, staying costs 12,000.00 USD in platform fees (10%); leaving costs 9,984.00 USD: the Conversion Fee of 9,984.00 USD plus ACH's fees. So paying the Conversion Fee costs less. Paying the fee becomes cheaper once you bill this client 99,840.00 USD or more within the 24 months.",
    );
  });

  it("counts the route's fees, from the data, on the same billings", () => {
    // PayPal-like 3.49% of $120,000 = $4,188. Margin 10% − 3.49% = 6.51%; 998,400 × 10,000 / 651 → 15,336,406 cents.
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 12_000_000,
      platformFeeBasisPoints: 1_000,
      route: { name: 'PayPal', fees: { low: 418_800, high: 418_800 } },
    });
    expect(r.leaveCost).toEqual({ low: 1_417_200, high: 1_417_200 });
    expect(r.breakEvenMinor).toBe(15_336_406);
    expect(r.cheaper).toBe('stay');
  });

  // Issue 12: a route with an unknown fee was counted as free.
  it('keeps a route with a missing figure as a range, and does not decide', () => {
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 12_000_000,
      platformFeeBasisPoints: 1_000,
      route: { name: 'Escrow.com', fees: { low: 0, high: null } },
    });
    expect(r.leaveCost).toEqual({ low: 998_400, high: null });
    expect(r.cheaper).toBe('unknown');
    expect(r.breakEvenMinor).toBeNull();
    expect(r.sentence).toContain("depends on Escrow.com's fees, which need your figure");
  });

  it.each([
    // 12% × $3 × 2,080 = $748.80 → the $1,000 minimum; 12% × $250 × 2,080 = $62,400 → the $50,000 maximum.
    [300, '12% × 3.00 USD × 2,080 hours = 748.80 USD, raised to the minimum of 1,000.00 USD.'],
    [25_000, '12% × 250.00 USD × 2,080 hours = 62,400.00 USD, lowered to the maximum of 50,000.00 USD.'],
  ])('says which bound changed the fee for a rate of %i cents', (rate, working) => {
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: rate,
      expectedBillingsMinor: 0,
      platformFeeBasisPoints: 0,
      route: free,
    });
    expect(r.working).toBe(working);
  });

  it('says staying is always cheaper when the platform fee is not above the route fee', () => {
    const r = compareStayOrLeave({
      rule,
      hourlyRateMinor: 4_000,
      expectedBillingsMinor: 100,
      platformFeeBasisPoints: 0,
      route: free,
    });
    expect(r.breakEvenMinor).toBeNull();
    expect(r.sentence).toContain('staying costs less at any billings');
  });
});

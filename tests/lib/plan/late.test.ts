import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeLateCharge, computeSimpleInterest } from '../../../src/lib/plan/late';
import { describeLateTerms } from '../../../src/lib/plan/late-terms';
import type { LateTerms } from '../../../src/lib/plan/schema';

const contract: LateTerms = { kind: 'contract', basisPoints: 150, per: 'month', graceDays: 7, capBasisPoints: 1_000 };
const uk: LateTerms = { kind: 'uk-statutory', referenceRateBasisPoints: 400, referenceRateAsOf: '2026-06-30' };
const eu: LateTerms = { kind: 'eu-statutory', referenceRateBasisPoints: 215, referenceRateAsOf: '2026-07-01' };

describe('contract interest', () => {
  it('charges 1.5% a month simple, after a 7-day grace period', () => {
    // Hand-worked: 1,000.00 USD, 45 days late, 7 grace → 38 days at 18% a year:
    // 100,000 × 0.18 × 38 / 365 = 1,873.97 cents → 18.74 USD.
    const r = computeLateCharge({ amountMinor: 100_000, currency: 'USD', daysLate: 45, late: contract });
    expect(r.interestMinor).toBe(1_874);
    expect(r.compensationMinor).toBe(0);
    expect(r.explanation.join(' ')).toContain('interest runs for 38 days');
  });

  it('stops at the cap', () => {
    // 10% cap of 1,000.00 = 100.00; a year late would be 18% × 358/365 = 176.55, so the cap applies.
    const r = computeLateCharge({ amountMinor: 100_000, currency: 'USD', daysLate: 365, late: contract });
    expect(r.interestMinor).toBe(10_000);
  });

  it('charges nothing within the grace period', () => {
    expect(
      computeLateCharge({ amountMinor: 100_000, currency: 'USD', daysLate: 7, late: contract }).interestMinor,
    ).toBe(0);
  });
});

describe('UK statutory interest and compensation (gov.uk late commercial payments: 8% over base rate; £40/£70/£100)', () => {
  it('on a £1,200 debt 30 days late with a 4% base rate', () => {
    // Hand-worked: 12% a year; 120,000 × 0.12 × 30 / 365 = 1,183.56 pence → 11.84 GBP. £1,200 is in the
    // £1,000–£9,999.99 band → £70.
    const r = computeLateCharge({ amountMinor: 120_000, currency: 'GBP', daysLate: 30, late: uk });
    expect(r.interestMinor).toBe(1_184);
    expect(r.compensationMinor).toBe(7_000);
    expect(r.compensationCurrency).toBe('GBP');
  });

  it.each([
    [99_999, 4_000],
    [100_000, 7_000],
    [999_999, 7_000],
    [1_000_000, 10_000],
  ])('a debt of %i pence gets %i pence', (debt, comp) => {
    expect(computeLateCharge({ amountMinor: debt, currency: 'GBP', daysLate: 1, late: uk }).compensationMinor).toBe(
      comp,
    );
  });

  it('does not guess the band for a debt in another currency', () => {
    const r = computeLateCharge({ amountMinor: 120_000, currency: 'USD', daysLate: 30, late: uk });
    expect(r.compensationMinor).toBeNull();
    expect(r.explanation.join(' ')).toContain('enter an exchange rate');
    // With 1 USD = 0.80 GBP, 1,200.00 USD is 960.00 GBP → the £40 band.
    const withRate = computeLateCharge({
      amountMinor: 120_000,
      currency: 'USD',
      daysLate: 30,
      late: uk,
      exchangeRate: '0.80',
    });
    expect(withRate.compensationMinor).toBe(4_000);
  });
});

describe('EU statutory', () => {
  it('is at least ECB + 8 points and at least €40', () => {
    // 2.15% + 8 = 10.15% a year; 500,000 × 0.1015 × 60 / 365 = 8,342.47 cents → 83.42 EUR.
    const r = computeLateCharge({ amountMinor: 500_000, currency: 'EUR', daysLate: 60, late: eu });
    expect(r.interestMinor).toBe(8_342);
    expect(r.compensationMinor).toBe(4_000);
    expect(r.compensationCurrency).toBe('EUR');
  });
});

describe('describeLateTerms', () => {
  it('states contract terms with the same rate, grace and cap the calculation uses', () => {
    expect(describeLateTerms(contract, 'USD')).toBe(
      'If a payment is late, the Client pays simple interest on the unpaid amount in USD at 1.5% per month (18% per year), counted per day over a 365-day year, from the 8th day after the due date (the first 7 days are a grace period) until the day it is paid. Interest on a payment never exceeds 10% of that payment.',
    );
  });

  it('names the UK Act, the base rate with its date, and the bands', () => {
    const text = describeLateTerms(uk, 'GBP');
    expect(text).toContain('Late Payment of Commercial Debts (Interest) Act 1998');
    expect(text).toContain('8% per year over the Bank of England base rate (4% on 30 June 2026, so 12% per year)');
    expect(text).toContain('40.00 GBP, 70.00 GBP or 100.00 GBP');
  });

  it('says "at least" for the EU minimums', () => {
    expect(describeLateTerms(eu, 'EUR')).toContain(
      'at least 8% per year over the European Central Bank reference rate',
    );
    expect(describeLateTerms(eu, 'EUR')).toContain('at least 40.00 EUR per late payment');
  });
});

test.prop([fc.integer({ min: 0, max: 1e11 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3650 })], {
  numRuns: 1000,
})('interest is a non-negative safe integer that grows with days', (amount, bp, days) => {
  const a = computeSimpleInterest(amount, bp, days);
  const b = computeSimpleInterest(amount, bp, days + 1);
  expect(Number.isSafeInteger(a) && a >= 0).toBe(true);
  expect(b).toBeGreaterThanOrEqual(a);
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CURRENCIES, exponentOf, type CurrencyCode } from '../../../src/lib/money';
import { compareDates } from '../../../src/lib/dates';
import { buildSchedule, computeHourlyTotal } from '../../../src/lib/plan/schedule';
import type { Plan } from '../../../src/lib/plan/schema';
import { WEBSITE_PLAN } from './fixtures';

function schedule(plan: Plan) {
  const result = buildSchedule(plan);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.schedule;
}

describe('buildSchedule on the website example', () => {
  const s = schedule(WEBSITE_PLAN);
  // Hand-worked: 4,000.00 × 25% = 1,000.00 deposit on the start date; Design delivered 2 Mar + 14 = 16 Mar, due
  // 14 days later on 30 Mar; Build 13 Apr → 27 Apr; Launch 4 May → 18 May. 25/25/30/20% of 4,000.00.
  it.each([
    [1, 'deposit', 'Deposit', null, '2026-03-02', 100_000, 100_000],
    [2, 'milestone', 'Design', '2026-03-16', '2026-03-30', 100_000, 200_000],
    [3, 'milestone', 'Build', '2026-04-13', '2026-04-27', 120_000, 320_000],
    [4, 'milestone', 'Launch', '2026-05-04', '2026-05-18', 80_000, 400_000],
  ])('payment %i is the %s %s', (index, kind, name, delivery, due, amount, cumulative) => {
    expect(s.payments[index - 1]).toEqual({
      index,
      kind,
      name,
      deliveryDate: delivery,
      dueDate: due,
      amountMinor: amount,
      cumulativeMinor: cumulative,
    });
  });
});

describe('odd cents', () => {
  it('gives the leftover cent of 100.00 / 3 to the earliest payment', () => {
    // Hand-worked: 10,000 cents / 3 = 3,333 r 1; the tie between equal remainders goes to the first payment.
    const plan: Plan = {
      ...WEBSITE_PLAN,
      pricing: { kind: 'fixed', totalMinor: 10_000 },
      deposit: { kind: 'none' },
      milestones: [1, 2, 3].map((n) => ({
        name: `Part ${n}`,
        share: { kind: 'percent', basisPoints: n === 1 ? 3_334 : 3_333 },
        due: { kind: 'days-after-start', days: n * 7 },
      })),
    };
    expect(schedule(plan).payments.map((p) => p.amountMinor)).toEqual([3_334, 3_333, 3_333]);
    const equal: Plan = {
      ...plan,
      milestones: plan.milestones.map((m) => ({ ...m, share: { kind: 'amount', minor: 0 } })),
    };
    expect(buildSchedule(equal).ok).toBe(false);
  });

  it('splits a deposit and equal milestones of a JPY total with no minor units', () => {
    // 1,000 JPY: deposit 10% = 100; three milestones of 30% = 300 each. Exponent 0 (ISO 4217).
    const plan: Plan = {
      ...WEBSITE_PLAN,
      currency: 'JPY',
      pricing: { kind: 'fixed', totalMinor: 1_000 },
      deposit: { kind: 'percent', basisPoints: 1_000 },
      milestones: [1, 2, 3].map((n) => ({
        name: `M${n}`,
        share: { kind: 'percent', basisPoints: 3_000 },
        due: { kind: 'days-after-start', days: n },
      })),
    };
    expect(schedule(plan).payments.map((p) => p.amountMinor)).toEqual([100, 300, 300, 300]);
  });
});

describe('hourly plans', () => {
  it('invoices every 2 weeks, with a shorter last period', () => {
    // 50.00/h × 37.5 h × 5 weeks = 9,375.00. Periods 2, 2, 1 weeks → 3,750.00, 3,750.00, 1,875.00.
    const plan: Plan = {
      ...WEBSITE_PLAN,
      pricing: { kind: 'hourly', rateMinor: 5_000, hoursPerWeek: 37.5, weeks: 5, invoiceEveryWeeks: 2 },
      deposit: { kind: 'none' },
      milestones: [],
      paymentTerms: { kind: 'on-delivery' },
    };
    const s = schedule(plan);
    expect(s.totalMinor).toBe(937_500);
    expect(s.payments.map((p) => [p.name, p.dueDate, p.amountMinor])).toEqual([
      ['Invoice 1 (weeks 1–2)', '2026-03-16', 375_000],
      ['Invoice 2 (weeks 3–4)', '2026-03-30', 375_000],
      ['Invoice 3 (week 5)', '2026-04-06', 187_500],
    ]);
  });

  it('rounds rate × hundredths of hours half up', () => {
    // 0.01 × 0.5 h × 1 week = 0.005 → 0.01 (half up).
    expect(computeHourlyTotal(1, 0.5, 1)).toBe(1);
    expect(computeHourlyTotal(1, 0.49, 1)).toBe(0);
  });
});

describe('bad plans give errors with field paths, never throw', () => {
  const base = WEBSITE_PLAN;
  it.each<[string, Plan, string]>([
    ['zero total', { ...base, pricing: { kind: 'fixed', totalMinor: 0 } }, 'pricing.totalMinor'],
    [
      'total over a billion',
      { ...base, pricing: { kind: 'fixed', totalMinor: 100_000_000_001 } },
      'pricing.totalMinor',
    ],
    // The error sits on the last share, the field a reader changes to make the shares add up.
    ['shares not adding to 100%', { ...base, deposit: { kind: 'percent', basisPoints: 3_000 } }, 'milestones.2.share'],
    ['deposit above the total', { ...base, deposit: { kind: 'amount', minor: 500_000 } }, 'deposit'],
    [
      'a milestone date before the start',
      { ...base, milestones: [{ ...base.milestones[0]!, due: { kind: 'date', date: '2026-01-01' } }] },
      'milestones.0.due',
    ],
    [
      'an hourly plan of 0 weeks',
      { ...base, pricing: { kind: 'hourly', rateMinor: 1_000, hoursPerWeek: 10, weeks: 0, invoiceEveryWeeks: 1 } },
      'pricing.weeks',
    ],
    [
      'more than 60 payments',
      { ...base, pricing: { kind: 'hourly', rateMinor: 1_000, hoursPerWeek: 10, weeks: 61, invoiceEveryWeeks: 1 } },
      'pricing.invoiceEveryWeeks',
    ],
    ['no milestones', { ...base, milestones: [] }, 'milestones'],
    ['a start date that does not exist', { ...base, startDate: '2026-02-30' }, 'startDate'],
  ])('%s', (_label, plan, field) => {
    const result = buildSchedule(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.field)).toContain(field);
  });

  it('accepts mixed amounts and shares only when they make the total exactly', () => {
    // 4,000.00: deposit 500.00 + Design 50% (2,000.00) + Build amount 1,500.00 = 4,000.00.
    const mixed: Plan = {
      ...base,
      deposit: { kind: 'amount', minor: 50_000 },
      milestones: [
        { ...base.milestones[0]!, share: { kind: 'percent', basisPoints: 5_000 } },
        { ...base.milestones[1]!, share: { kind: 'amount', minor: 150_000 } },
      ],
    };
    expect(schedule(mixed).payments.map((p) => p.amountMinor)).toEqual([50_000, 200_000, 150_000]);
    const wrong = { ...mixed, deposit: { kind: 'amount' as const, minor: 40_000 } };
    expect(buildSchedule(wrong).ok).toBe(false);
  });
});

const currencyArb = fc.constantFrom(...(Object.keys(CURRENCIES) as CurrencyCode[]));
const planArb = fc
  .record({
    currency: currencyArb,
    totalMajor: fc.integer({ min: 1, max: 1_000_000 }),
    extra: fc.integer({ min: 0, max: 999 }),
    depositBp: fc.integer({ min: 0, max: 9_000 }),
    weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 20 }),
    days: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 20, maxLength: 20 }),
    net: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ currency, totalMajor, extra, depositBp, weights, days, net }): Plan => {
    const exp = exponentOf(currency);
    const totalMinor = totalMajor * 10 ** exp + (exp === 0 ? 0 : extra % 10 ** exp);
    // Milestone shares in basis points that add up exactly to what the deposit leaves.
    const left = 10_000 - depositBp;
    const sum = weights.reduce((a, b) => a + b, 0);
    const bps = weights.map((w) => Math.floor((w * left) / sum));
    bps[0]! += left - bps.reduce((a, b) => a + b, 0);
    return {
      ...WEBSITE_PLAN,
      currency,
      pricing: { kind: 'fixed', totalMinor },
      deposit: depositBp === 0 ? { kind: 'none' } : { kind: 'percent', basisPoints: depositBp },
      milestones: bps
        .filter((bp) => bp > 0)
        .map((bp, i) => ({
          name: `M${i}`,
          share: { kind: 'percent', basisPoints: bp },
          due: { kind: 'days-after-start', days: days[i] ?? 0 },
        })),
      paymentTerms: net === 0 ? { kind: 'on-delivery' } : { kind: 'net', days: net },
    };
  });

describe('schedule properties', () => {
  test.prop([planArb], { numRuns: 1000 })('payments sum exactly to the total for every exponent', (plan) => {
    const s = schedule(plan);
    expect(s.payments.reduce((a, p) => a + p.amountMinor, 0)).toBe(s.totalMinor);
    expect(s.payments.at(-1)?.cumulativeMinor).toBe(s.totalMinor);
  });

  test.prop([planArb], { numRuns: 1000 })('no payment is negative and the schedule is in date order', (plan) => {
    const s = schedule(plan);
    expect(s.payments.every((p) => Number.isSafeInteger(p.amountMinor) && p.amountMinor >= 0)).toBe(true);
    for (let i = 1; i < s.payments.length; i++) {
      expect(compareDates(s.payments[i - 1]!.dueDate, s.payments[i]!.dueDate)).toBeLessThanOrEqual(0);
    }
  });

  test.prop(
    [
      fc.record({
        rate: fc.integer({ min: 1, max: 100_000 }),
        hundredths: fc.integer({ min: 1, max: 16_800 }),
        weeks: fc.integer({ min: 1, max: 60 }),
        every: fc.integer({ min: 1, max: 8 }),
        currency: currencyArb,
      }),
    ],
    { numRuns: 1000 },
  )('hourly invoices sum to the total', ({ rate, hundredths, weeks, every, currency }) => {
    const plan: Plan = {
      ...WEBSITE_PLAN,
      currency,
      pricing: { kind: 'hourly', rateMinor: rate, hoursPerWeek: hundredths / 100, weeks, invoiceEveryWeeks: every },
      deposit: { kind: 'none' },
      milestones: [],
    };
    const result = buildSchedule(plan);
    if (Math.ceil(weeks / every) > 60 || !result.ok) return;
    const s = result.schedule;
    expect(s.payments.reduce((a, p) => a + p.amountMinor, 0)).toBe(s.totalMinor);
  });
});

describe('messages say what the shares add up to', () => {
  const base = WEBSITE_PLAN;
  it.each([
    // 30 + 25 + 30 + 20 = 105%
    [
      { ...base, deposit: { kind: 'percent' as const, basisPoints: 3_000 } },
      'The deposit and milestone shares add up to 105%, more than 100%',
    ],
    // 20 + 25 + 30 + 20 = 95%
    [
      { ...base, deposit: { kind: 'percent' as const, basisPoints: 2_000 } },
      'The deposit and milestone shares add up to 95%; they must add up to 100%',
    ],
    [
      {
        ...base,
        deposit: { kind: 'none' as const },
        milestones: [
          {
            name: 'A',
            share: { kind: 'amount' as const, minor: 100_000 },
            due: { kind: 'days-after-start' as const, days: 7 },
          },
          {
            name: 'B',
            share: { kind: 'amount' as const, minor: 200_000 },
            due: { kind: 'days-after-start' as const, days: 14 },
          },
        ],
      },
      'The deposit and milestones add up to 3,000.00 USD; they must add up to the total of 4,000.00 USD',
    ],
  ])('%#: %s', (plan, message) => {
    const result = buildSchedule(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message)).toContain(message);
  });
});

describe('equal payments and the same day each month (issue 12: the retainer)', () => {
  const retainer = (total: number, start: string): Plan => ({
    ...WEBSITE_PLAN,
    pricing: { kind: 'fixed', totalMinor: total },
    startDate: start,
    deposit: { kind: 'none' },
    paymentTerms: { kind: 'on-delivery' },
    milestones: [1, 2, 3].map((n) => ({
      name: `Month ${n}`,
      share: { kind: 'equal' as const },
      due: { kind: 'months-after-start' as const, months: n },
    })),
  });

  // Hand-worked: 1,000.00 in three is 333.34 + 333.33 + 333.33 (the odd cent to the earliest); dates keep the 31st
  // where the month has one and clamp to the last day where it does not.
  it('splits 1,000.00 into three payments on the 31st or the month end', () => {
    const result = buildSchedule(retainer(100_000, '2027-01-31'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.schedule.payments.map((p) => [p.dueDate, p.amountMinor])).toEqual([
      ['2027-02-28', 33_334],
      ['2027-03-31', 33_333],
      ['2027-04-30', 33_333],
    ]);
  });

  it('keeps equal payments within one minor unit of each other, summing to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 100_000_000_000 }), (total) => {
        const result = buildSchedule(retainer(total, '2026-05-31'));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const amounts = result.schedule.payments.map((p) => p.amountMinor);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });

  // 4,000.00 with a 25% deposit (1,000.00) and one fixed 1,000.00 milestone leaves 2,000.00 for two equal parts.
  it('splits what a deposit and fixed milestones leave', () => {
    const plan: Plan = {
      ...WEBSITE_PLAN,
      milestones: [
        { name: 'Design', share: { kind: 'amount', minor: 100_000 }, due: { kind: 'days-after-start', days: 14 } },
        { name: 'Build', share: { kind: 'equal' }, due: { kind: 'days-after-start', days: 28 } },
        { name: 'Launch', share: { kind: 'equal' }, due: { kind: 'days-after-start', days: 42 } },
      ],
    };
    const result = buildSchedule(plan);
    expect(result.ok && result.schedule.payments.map((p) => p.amountMinor)).toEqual([
      100_000, 100_000, 100_000, 100_000,
    ]);
  });

  it('says how much is left when nothing is left for the equal payments', () => {
    const plan: Plan = { ...retainer(100_000, '2027-01-31'), deposit: { kind: 'percent', basisPoints: 10_000 } };
    const result = buildSchedule(plan);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toEqual({
        field: 'milestones.0.share',
        message:
          'The deposit and the other milestones leave 0.00 USD for the equal payments; lower them, or choose a share for each milestone',
      });
    }
  });
});

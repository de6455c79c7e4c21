import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  applyPreset,
  applySuggestion,
  computeFromForm,
  planFormSpec,
  readPlanForm,
  type PresetId,
} from '../../../src/lib/plan/form';
import { createEmptyForm, formFromPlan, type PlanFormValues } from '../../../src/lib/plan/form-values';
import type { Plan } from '../../../src/lib/plan/schema';
import { WEBSITE_PLAN } from './fixtures';

const spec = planFormSpec({ prefix: 'pp', routes: [{ id: 'paypal', name: 'PayPal' }] });
const base: PlanFormValues = { ...createEmptyForm('2026-03-02', ['paypal']), total: '4000' };
const compute = (values: PlanFormValues) => computeFromForm(spec, values);

describe('presets', () => {
  it.each<[PresetId, number[], string[]]>([
    // 4,000.00 split as each preset states.
    ['fifty-fifty', [200_000, 200_000], ['2026-03-02', '2026-04-13']],
    ['thirty-forty-thirty', [120_000, 160_000, 120_000], ['2026-03-02', '2026-03-30', '2026-04-13']],
    // 25% deposit, then 3,000.00 in three equal parts.
    ['deposit-three', [100_000, 100_000, 100_000, 100_000], ['2026-03-02', '2026-03-30', '2026-04-13', '2026-04-27']],
    // Issue 12: three equal payments (4,000.00 / 3 = 1,333.34 + 1,333.33 + 1,333.33, the odd cent to the earliest),
    // on the start's day of each month, not every 30 days.
    ['retainer', [133_334, 133_333, 133_333], ['2026-04-02', '2026-05-02', '2026-06-02']],
  ])('%s gives %j due %j', (preset, amounts, dates) => {
    const r = compute(applyPreset(base, preset));
    expect(r.result?.schedule.payments.map((p) => p.amountMinor)).toEqual(amounts);
    expect(r.result?.schedule.payments.map((p) => p.dueDate)).toEqual(dates);
  });

  // Issue 12: from 2027-01-31 the 30-day retainer gave 2 March; the month end is 28 February, then 31 March.
  it('keeps a retainer started on the 31st at each month end', () => {
    const r = compute({ ...applyPreset(base, 'retainer'), startDate: '2027-01-31' });
    expect(r.result?.schedule.payments.map((p) => p.dueDate)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
  });
});

describe('the trust check suggestion', () => {
  it('sets the deposit and splits the rest into equal milestones', () => {
    const form = applySuggestion(base, { depositBasisPoints: 4_000, milestoneCount: 3, band: 'high' });
    expect(form.depositPercent).toBe('40');
    expect(form.milestones.map((m) => m.shareKind)).toEqual(['equal', 'equal', 'equal']);
    // 40% of 4,000.00 = 1,600.00, then 2,400.00 in three.
    expect(compute(form).result?.schedule.payments.map((p) => p.amountMinor)).toEqual([
      160_000, 80_000, 80_000, 80_000,
    ]);
  });
});

describe('reading the form', () => {
  it('round-trips a plan through the form', () => {
    expect(readPlanForm(spec, formFromPlan(WEBSITE_PLAN))).toEqual({ ok: true, errors: [], plan: WEBSITE_PLAN });
  });

  it.each<[string, Partial<PlanFormValues>, string, string]>([
    ['an empty total', { total: '' }, 'pp-total', 'Enter the total price'],
    // Issue 12: "−5" where zero is refused said "zero or more".
    ['a negative total', { total: '-5' }, 'pp-total', 'Enter the total price above zero'],
    ['a zero total', { total: '0' }, 'pp-total', 'Enter the total price above zero'],
    ['too many decimals', { total: '10.1234' }, 'pp-total', 'USD amounts have at most 2 decimal places'],
    ['decimals in yen', { currency: 'JPY', total: '10.5' }, 'pp-total', 'JPY amounts have no decimal places'],
    ['over a billion', { total: '1000000000.01' }, 'pp-total', 'Enter an amount no larger than 1,000,000,000'],
    ['30 February', { startDate: '2026-02-30' }, 'pp-startDate', 'February 2026 has 28 days'],
    ['a start in 1900', { startDate: '1900-01-01' }, 'pp-startDate', 'Enter the start date on or after 1 January 2000'],
    [
      'a deposit over 100%',
      { depositKind: 'percent', depositPercent: '101' },
      'pp-depositPercent',
      'Enter the deposit of 100% or less',
    ],
    [
      '0 weeks',
      { pricingKind: 'hourly', rate: '50', hours: '10', weeks: '0' },
      'pp-weeks',
      'Enter the number of weeks above zero',
    ],
    ['0 net days', { netDays: '0' }, 'pp-netDays', 'Enter the days to pay above zero'],
    ['no route', { routes: [] }, 'pp-routes', 'Choose at least one payment route'],
  ])('reports %s next to its field', (_label, patch, field, message) => {
    expect(compute({ ...base, ...patch }).errors).toContainEqual({ field, message });
  });

  // Issue 12: "4,000" in Kuwaiti dinars was read as 4.000 without a word.
  it('asks which amount "4,000" KWD means, and reads the choice at face value', () => {
    const kwd = { ...base, currency: 'KWD', total: '4,000' };
    const asked = compute(kwd);
    expect(asked.errors[0]).toMatchObject({
      field: 'pp-total',
      readings: [
        { mark: '.', minor: 4_000_000 },
        { mark: ',', minor: 4_000 },
      ],
    });
    expect(compute({ ...kwd, decimalMark: '.' }).result?.schedule.totalMinor).toBe(4_000_000);
    expect(compute({ ...kwd, decimalMark: ',' }).result?.schedule.totalMinor).toBe(4_000);
  });

  it('puts a sum that does not add up on the last share, saying what the shares add up to', () => {
    const form: PlanFormValues = {
      ...base,
      depositKind: 'percent',
      depositPercent: '30',
      milestones: applyPreset(base, 'thirty-forty-thirty').milestones.map((m) => ({ ...m, sharePercent: '30' })),
    };
    expect(compute(form).errors).toEqual([
      {
        field: 'pp-milestones-1-sharePercent',
        message: 'The deposit and milestone shares add up to 90%; they must add up to 100%',
      },
    ]);
  });

  it('orders errors as the fields appear', () => {
    const r = compute({ ...base, total: '', startDate: 'soon', netDays: 'x' });
    expect(r.errors.map((e) => e.field)).toEqual(['pp-total', 'pp-startDate', 'pp-netDays']);
  });
});

const planArb: fc.Arbitrary<Plan> = fc.record({
  currency: fc.constantFrom('USD', 'KWD', 'JPY', 'EUR'),
  pricing: fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), totalMinor: fc.integer({ min: 1, max: 10 ** 9 }) }),
    fc.record({
      kind: fc.constant('hourly' as const),
      rateMinor: fc.integer({ min: 1, max: 10 ** 7 }),
      hoursPerWeek: fc.integer({ min: 1, max: 16_800 }).map((h) => h / 100),
      weeks: fc.integer({ min: 1, max: 520 }),
      invoiceEveryWeeks: fc.integer({ min: 1, max: 52 }),
    }),
  ),
  startDate: fc.constantFrom('2026-01-31', '2027-02-28', '2030-12-31'),
  deposit: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 1, max: 10_000 }) }),
    fc.record({ kind: fc.constant('amount' as const), minor: fc.integer({ min: 1, max: 10 ** 9 }) }),
  ),
  milestones: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== ''),
      share: fc.oneof(
        fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 1, max: 10_000 }) }),
        fc.record({ kind: fc.constant('amount' as const), minor: fc.integer({ min: 1, max: 10 ** 9 }) }),
        fc.constant({ kind: 'equal' as const }),
      ),
      due: fc.oneof(
        fc.record({ kind: fc.constant('days-after-start' as const), days: fc.integer({ min: 0, max: 3650 }) }),
        fc.record({ kind: fc.constant('months-after-start' as const), months: fc.integer({ min: 1, max: 120 }) }),
        fc.record({ kind: fc.constant('date' as const), date: fc.constantFrom('2031-01-01', '2040-06-30') }),
      ),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  paymentTerms: fc.oneof(
    fc.constant({ kind: 'on-delivery' as const }),
    fc.record({ kind: fc.constant('net' as const), days: fc.integer({ min: 1, max: 120 }) }),
  ),
  routes: fc.constant(['paypal']),
  feePayer: fc.constantFrom('freelancer' as const, 'client' as const, 'split' as const),
  late: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('contract' as const),
      basisPoints: fc.integer({ min: 1, max: 10_000 }),
      per: fc.constantFrom('month' as const, 'year' as const),
      graceDays: fc.integer({ min: 0, max: 365 }),
      capBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    }),
    fc.record({
      kind: fc.constantFrom('uk-statutory' as const, 'eu-statutory' as const),
      referenceRateBasisPoints: fc.integer({ min: -1000, max: 10_000 }),
      referenceRateAsOf: fc.constant('2026-07-01'),
    }),
  ),
}) as fc.Arbitrary<Plan>;

// What the agreement and the calculator share: a plan shown in the form reads back as the same plan, in every
// currency, so the agreement's payment clause is the calculator's plan word for word.
test.prop([planArb], { numRuns: 1000 })('any plan reads back from its form unchanged', (plan) => {
  const normalised = plan.pricing.kind === 'hourly' ? { ...plan, milestones: [] } : plan;
  expect(readPlanForm(spec, formFromPlan(normalised))).toEqual({ ok: true, errors: [], plan: normalised });
});

test.prop(
  [
    fc.record({
      total: fc.string({ maxLength: 14 }),
      depositPercent: fc.string({ maxLength: 6 }),
      startDate: fc.string({ maxLength: 12 }),
    }),
  ],
  { numRuns: 1000 },
)('any typed text gives a schedule or field errors, never an exception', (patch) => {
  const r = compute({ ...base, depositKind: 'percent', ...patch });
  expect(r.result !== undefined || r.errors.length > 0).toBe(true);
  if (r.result) expect(r.result.schedule.payments.every((p) => Number.isSafeInteger(p.amountMinor))).toBe(true);
});

describe('an hourly plan typed into the form', () => {
  it('invoices every 2 weeks at rate × hours', () => {
    // 45.50 × 20 h × 3 weeks = 2,730.00; periods of 2 and 1 weeks → 1,820.00 and 910.00 (no deposit).
    const form: PlanFormValues = { ...base, pricingKind: 'hourly', rate: '45.50', hours: '20', weeks: '3', every: '2' };
    expect(compute(form).result?.schedule.payments.map((p) => [p.name, p.amountMinor])).toEqual([
      ['Invoice 1 (weeks 1–2)', 182_000],
      ['Invoice 2 (week 3)', 91_000],
    ]);
  });
});

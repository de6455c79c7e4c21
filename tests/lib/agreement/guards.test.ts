import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePlan, planHandoffCodec, planValidator } from '../../../src/lib/agreement/guards';
import { createInitialState, parseAgreementState } from '../../../src/lib/agreement/form';
import { planCodec } from '../../../src/lib/plan/handoff';
import { planSchema, type Plan } from '../../../src/lib/plan/schema';
import { FIXTURE_NAMES, loadFixture } from './library';

const hourly = loadFixture('development-hourly-retainer').money.calculatorPlan as Plan;

/** Valid plans, then the same plans with one value swapped for something arbitrary. */
const validPlan: fc.Arbitrary<Plan> = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'),
  pricing: fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), totalMinor: fc.nat() }),
    fc.record({
      kind: fc.constant('hourly' as const),
      rateMinor: fc.nat(),
      hoursPerWeek: fc.double({ min: 0, max: 168, noNaN: true }),
      weeks: fc.integer({ min: 1, max: 520 }),
      invoiceEveryWeeks: fc.integer({ min: 1, max: 52 }),
    }),
  ),
  startDate: fc.constantFrom('2026-01-31', '2024-02-29', '1999-12-31'),
  deposit: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
    fc.record({ kind: fc.constant('amount' as const), minor: fc.nat() }),
  ),
  milestones: fc.array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 80 }),
      share: fc.oneof(
        fc.record({ kind: fc.constant('percent' as const), basisPoints: fc.integer({ min: 0, max: 10_000 }) }),
        fc.record({ kind: fc.constant('amount' as const), minor: fc.nat() }),
      ),
      due: fc.oneof(
        fc.record({ kind: fc.constant('date' as const), date: fc.constantFrom('2026-03-01', '2026-02-30') }),
        fc.record({ kind: fc.constant('days-after-start' as const), days: fc.integer({ min: -1, max: 3651 }) }),
      ),
    }),
    { maxLength: 4 },
  ),
  paymentTerms: fc.oneof(
    fc.constant({ kind: 'on-delivery' as const }),
    fc.record({ kind: fc.constant('net' as const), days: fc.integer({ min: 0, max: 121 }) }),
  ),
  routes: fc.array(fc.constantFrom('wise', 'sepa', 'Bad Id', ''), { maxLength: 3 }),
  feePayer: fc.constantFrom('freelancer', 'client', 'split'),
  late: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('contract' as const),
      basisPoints: fc.integer({ min: -1, max: 10_001 }),
      per: fc.constantFrom('month', 'year'),
      graceDays: fc.integer({ min: 0, max: 366 }),
      capBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
    }),
    fc.record({
      kind: fc.constantFrom('uk-statutory' as const, 'eu-statutory' as const),
      referenceRateBasisPoints: fc.integer({ min: -100, max: 1000 }),
      referenceRateAsOf: fc.constantFrom('2026-01-01', '2026-13-01'),
    }),
  ),
}) as fc.Arbitrary<Plan>;

const mutated = fc
  .tuple(
    validPlan,
    fc.constantFrom('currency', 'pricing', 'startDate', 'deposit', 'milestones', 'routes', 'late', 'extra'),
    fc.jsonValue(),
  )
  .map(([plan, key, value]) => ({ ...plan, [key]: value }));

describe('parsePlan mirrors planSchema', () => {
  test('accepts and rejects exactly what the zod schema does, keeping the same data', () => {
    fc.assert(
      fc.property(fc.oneof(validPlan, mutated, fc.jsonValue()), (input) => {
        const ours = planValidator.safeParse(input);
        const theirs = planSchema.safeParse(input);
        expect(ours.success).toBe(theirs.success);
        if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  test('the hand-off codec decodes every fragment as planCodec does', () => {
    fc.assert(
      fc.property(fc.oneof(validPlan, mutated), fc.string(), (plan, noise) => {
        let fragment: string;
        try {
          fragment = planCodec.encode(plan as Plan);
        } catch {
          fragment = `payment-plan=v1.${noise}`;
        }
        for (const f of [fragment, `#${fragment}`, fragment.slice(0, -2), `payment-plan=${noise}`]) {
          expect(planHandoffCodec.decode(f)).toEqual(planCodec.decode(f));
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('a real calculator plan passes', () => {
    expect(parsePlan(hourly)).toEqual(hourly);
  });
});

describe('parseAgreementState', () => {
  test.each(FIXTURE_NAMES)('accepts the %s fixture unchanged', (name) => {
    const state = loadFixture(name);
    expect(parseAgreementState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  test('accepts the blank form', () => {
    const blank = createInitialState('2026-01-01');
    expect(parseAgreementState(blank)).toEqual(blank);
  });

  test('never throws, and whatever it accepts has the full shape', () => {
    const base = loadFixture('design-fixed-deposit');
    const groups = Object.keys(base);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.tuple(fc.constantFrom(...groups), fc.jsonValue()).map(([k, v]) => ({ ...base, [k]: v })),
        ),
        (input) => {
          const result = parseAgreementState(input);
          if (result !== undefined) {
            expect(typeof result.freelancer.name).toBe('string');
            expect(result.money.milestones.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('rejects a milestone list over the form limit and unknown choices', () => {
    const base = loadFixture('design-fixed-deposit');
    const many = {
      ...base,
      money: { ...base.money, milestones: Array.from({ length: 13 }, () => ({ name: 'x', date: '' })) },
    };
    expect(parseAgreementState(many)).toBeUndefined();
    expect(parseAgreementState({ ...base, rights: { ip: 'work-for-hire' } })).toBeUndefined();
    expect(parseAgreementState({ ...base, chosen: { portfolio: 'yes' } })).toBeUndefined();
  });

  test('drops keys it does not know', () => {
    const base = loadFixture('design-fixed-deposit');
    const parsed = parseAgreementState({ ...base, extra: 1, freelancer: { ...base.freelancer, evil: '<b>' } });
    expect(parsed).toEqual(base);
  });
});

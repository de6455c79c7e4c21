import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  applyPreset,
  applySuggestion,
  createEmptyForm,
  fieldId,
  formFromPlan,
  type PlanForm,
  type PresetId,
} from '../../../src/lib/plan/form';
import { computeFromForm, parsePercent, readPlanForm } from '../../../src/lib/plan/form-read';
import { WEBSITE_PLAN } from './fixtures';

const base: PlanForm = { ...createEmptyForm('2026-03-02'), total: '4000' };

describe('presets', () => {
  it.each<[PresetId, number[]]>([
    // 4,000.00 split as each preset states.
    ['fifty-fifty', [200_000, 200_000]],
    ['thirty-forty-thirty', [120_000, 160_000, 120_000]],
    ['deposit-three', [100_000, 100_000, 100_000, 100_000]],
    // 10,000 bp / 3 = 3,334 + 3,333 + 3,333 → 1,333.60, 1,333.20, 1,333.20.
    ['retainer', [133_360, 133_320, 133_320]],
  ])('%s gives %j', (preset, amounts) => {
    const r = computeFromForm(applyPreset(base, preset));
    expect(r.result?.schedule.payments.map((p) => p.amountMinor)).toEqual(amounts);
  });
});

describe('the trust check suggestion', () => {
  it('sets the deposit and splits the rest into equal milestones', () => {
    const form = applySuggestion(base, { depositBasisPoints: 4_000, milestoneCount: 3, band: 'high' });
    expect(form.deposit).toBe('40');
    expect(form.milestones.map((m) => m.share)).toEqual(['20', '20', '20']);
    expect(computeFromForm(form).result?.schedule.payments).toHaveLength(4);
  });
});

describe('reading the form', () => {
  it('round-trips a plan through the form', () => {
    const r = readPlanForm(formFromPlan(WEBSITE_PLAN));
    expect(r).toEqual({ ok: true, plan: WEBSITE_PLAN });
  });

  it.each<[string, Partial<PlanForm>, string, string]>([
    ['an empty total', { total: '' }, 'pricing.totalMinor', 'Enter the total price'],
    ['a negative total', { total: '-5' }, 'pricing.totalMinor', 'Enter an amount of zero or more'],
    ['too many decimals', { total: '10.123' }, 'pricing.totalMinor', 'USD amounts have at most 2 decimal places'],
    ['decimals in yen', { currency: 'JPY', total: '10.5' }, 'pricing.totalMinor', 'JPY amounts have no decimal places'],
    [
      'over a billion',
      { total: '1000000000.01' },
      'pricing.totalMinor',
      'Enter an amount no larger than 1,000,000,000',
    ],
    ['30 February', { startDate: '2026-02-30' }, 'startDate', 'February 2026 has 28 days'],
    ['a share over 100%', { deposit: '101' }, 'deposit', 'Enter a percentage no larger than 100'],
    [
      '0 weeks',
      { pricingKind: 'hourly', rate: '50', hours: '10', weeks: '0' },
      'pricing.weeks',
      'Enter the number of weeks of 1 or more',
    ],
    ['0 net days', { netDays: '0' }, 'paymentTerms', 'Enter the number of days of 1 or more'],
  ])('reports %s next to its field', (_label, patch, field, message) => {
    const r = computeFromForm({ ...base, ...patch });
    expect(r.errors).toContainEqual({ field, message });
  });

  it('reports shares that do not add up to 100%', () => {
    const r = computeFromForm({ ...base, deposit: '30' });
    expect(r.errors.map((e) => e.field)).toEqual(['milestones']);
    expect(fieldId('milestones')).toBe('pp-m0-share');
  });

  it('maps every field path to a control id', () => {
    expect(fieldId('milestones.3.due')).toBe('pp-m3-due');
    expect(fieldId('pricing.totalMinor')).toBe('pp-total');
  });
});

test.prop([fc.string({ maxLength: 12 })], { numRuns: 1000 })(
  'parsePercent never returns a fraction of a basis point',
  (s) => {
    const r = parsePercent(s, { allowNegative: true });
    if (r.ok) expect(Number.isSafeInteger(r.bp)).toBe(true);
  },
);

test.prop(
  [
    fc.record({
      total: fc.string({ maxLength: 14 }),
      deposit: fc.string({ maxLength: 6 }),
      startDate: fc.string({ maxLength: 12 }),
    }),
  ],
  { numRuns: 1000 },
)('any typed text gives a schedule or field errors, never an exception', (patch) => {
  const r = computeFromForm({ ...base, ...patch });
  expect(r.result !== undefined || r.errors.length > 0).toBe(true);
  if (r.result) expect(r.result.schedule.payments.every((p) => Number.isSafeInteger(p.amountMinor))).toBe(true);
});

describe('an hourly plan typed into the form', () => {
  it('invoices every 2 weeks at rate × hours', () => {
    // 45.50 × 20 h × 3 weeks = 2,730.00; periods of 2 and 1 weeks → 1,820.00 and 910.00 (no deposit).
    const form: PlanForm = {
      ...base,
      pricingKind: 'hourly',
      rate: '45.50',
      hours: '20',
      weeks: '3',
      every: '2',
      depositKind: 'none',
    };
    const r = computeFromForm(form);
    expect(r.result?.schedule.payments.map((p) => [p.name, p.amountMinor])).toEqual([
      ['Invoice 1 (weeks 1–2)', 182_000],
      ['Invoice 2 (week 3)', 91_000],
    ]);
  });
});

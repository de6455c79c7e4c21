import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { buildSchedule } from '../../../src/lib/plan/schedule';
import { computeRisk } from '../../../src/lib/plan/risk';
import type { Plan } from '../../../src/lib/plan/schema';
import { WEBSITE_PLAN } from './fixtures';

function schedule(plan: Plan) {
  const r = buildSchedule(plan);
  if (!r.ok) throw new Error('fixture must build');
  return r.schedule;
}

describe('computeRisk', () => {
  it('values each delivery by its share of the milestones and finds the peak', () => {
    // Hand-worked: milestones 1,000 / 1,200 / 800 (75% of 4,000) carry the whole 4,000 of work: 1,333.33,
    // 1,600.00, 1,066.67. Deposit 1,000 paid on 2 Mar. Design delivered 16 Mar: delivered 1,333.33, paid 1,000 →
    // 333.33 at risk. Paid 30 Mar → paid 2,000, client exposure 666.67. Build 13 Apr → delivered 2,933.33 → 933.33.
    // Paid 27 Apr → 3,200 → exposure 266.67. Launch 4 May → 4,000 delivered → 800.00 at risk. Paid 18 May → 0.
    const risk = computeRisk(schedule(WEBSITE_PLAN));
    expect(risk.points.map((p) => [p.date, p.event, p.atRiskMinor, p.clientExposureMinor])).toEqual([
      ['2026-03-02', 'Deposit paid', 0, 100_000],
      ['2026-03-16', 'Design delivered', 33_333, 0],
      ['2026-03-30', 'Design paid', 0, 66_667],
      ['2026-04-13', 'Build delivered', 93_333, 0],
      ['2026-04-27', 'Build paid', 0, 26_667],
      ['2026-05-04', 'Launch delivered', 80_000, 0],
      ['2026-05-18', 'Launch paid', 0, 0],
    ]);
    expect(risk.maxAtRiskMinor).toBe(93_333);
    expect(risk.maxClientExposureMinor).toBe(100_000);
  });

  it('puts a delivery before a payment on the same day (on-delivery terms)', () => {
    const risk = computeRisk(
      schedule({
        ...WEBSITE_PLAN,
        deposit: { kind: 'none' },
        paymentTerms: { kind: 'on-delivery' },
        milestones: [
          { name: 'All', share: { kind: 'percent', basisPoints: 10_000 }, due: { kind: 'days-after-start', days: 10 } },
        ],
      }),
    );
    expect(risk.points.map((p) => p.event)).toEqual(['All delivered', 'All paid']);
    expect(risk.maxAtRiskMinor).toBe(400_000);
  });
});

test.prop([fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 9_000 }), fc.integer({ min: 1, max: 12 })], {
  numRuns: 1000,
})('everything is delivered and paid at the end, and nothing is negative', (total, depositBp, n) => {
  const each = Math.floor((10_000 - depositBp) / n);
  const milestones = Array.from({ length: n }, (_, i) => ({
    name: `M${i}`,
    share: { kind: 'percent' as const, basisPoints: i === 0 ? 10_000 - depositBp - each * (n - 1) : each },
    due: { kind: 'days-after-start' as const, days: (i + 1) * 7 },
  }));
  const plan: Plan = {
    ...WEBSITE_PLAN,
    pricing: { kind: 'fixed', totalMinor: total },
    deposit: depositBp ? { kind: 'percent', basisPoints: depositBp } : { kind: 'none' },
    milestones,
  };
  const r = buildSchedule(plan);
  if (!r.ok) return;
  const last = computeRisk(r.schedule).points.at(-1)!;
  expect([last.deliveredMinor, last.paidMinor, last.atRiskMinor, last.clientExposureMinor]).toEqual([
    total,
    total,
    0,
    0,
  ]);
});

import { afterAll, describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../src/lib/plan/schedule';
import { computeRisk } from '../../../src/lib/plan/risk';
import { describePayments } from '../../../src/lib/plan/describe';
import { computeLateCharge } from '../../../src/lib/plan/late';
import { describeLateTerms } from '../../../src/lib/plan/late-terms';
import { computeRouteFees } from '../../../src/lib/plan/fees';
import { scheduleToCsv, scheduleToIcs } from '../../../src/lib/plan/exports';
import { loadPaymentMethod, WEBSITE_PLAN } from './fixtures';

// Node applies a change to process.env.TZ immediately in the main thread of a process (Vitest's default "forks"
// pool); the offset check below proves the zone really changed, so this test cannot pass by doing nothing.
const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati'];
const original = process.env['TZ'];
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

function computeEverything(): string {
  const r = buildSchedule({ ...WEBSITE_PLAN, startDate: '2026-03-08' });
  if (!r.ok) throw new Error('fixture must build');
  const s = r.schedule;
  return JSON.stringify({
    s,
    risk: computeRisk(s),
    words: describePayments(s),
    late: computeLateCharge({
      amountMinor: 120_000,
      currency: 'GBP',
      daysLate: 30,
      late: { kind: 'uk-statutory', referenceRateBasisPoints: 400, referenceRateAsOf: '2026-06-30' },
    }),
    lateWords: describeLateTerms(WEBSITE_PLAN.late, 'USD'),
    fees: computeRouteFees(loadPaymentMethod('paypal'), s, {
      date: s.payments[0]!.dueDate,
      region: 'US',
      international: true,
      conversion: false,
      feePayer: 'split',
      rates: {},
      inputs: {},
      switches: {},
    }),
    csv: scheduleToCsv(s),
    ics: scheduleToIcs(s, { now: new Date(Date.UTC(2026, 2, 8, 6, 30)) }),
  });
}

describe('results do not depend on the time zone', () => {
  it('is identical in UTC, New York and Kiritimati (UTC+14)', () => {
    const results = ZONES.map((zone) => {
      process.env['TZ'] = zone;
      return { offset: new Date(Date.UTC(2026, 2, 8, 12)).getTimezoneOffset(), out: computeEverything() };
    });
    expect(results.map((r) => r.offset)).toEqual([0, 240, -840]);
    expect(results[1]!.out).toBe(results[0]!.out);
    expect(results[2]!.out).toBe(results[0]!.out);
  });
});

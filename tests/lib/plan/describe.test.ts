import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../src/lib/plan/schedule';
import { describePayments, describePaymentTerms } from '../../../src/lib/plan/describe';
import { summarisePlan } from '../../../src/lib/plan/summary';
import { WEBSITE_PLAN } from './fixtures';

const result = buildSchedule(WEBSITE_PLAN);
if (!result.ok) throw new Error('fixture must build');
const schedule = result.schedule;

describe('describePayments', () => {
  it('writes one sentence per payment, in the agreement wording', () => {
    // Amounts and dates hand-worked in schedule.test.ts for the same fixture.
    expect(describePayments(schedule)).toEqual([
      'Deposit: 1,000.00 USD, due on 2 March 2026.',
      'Design: 1,000.00 USD, due on 30 March 2026.',
      'Build: 1,200.00 USD, due on 27 April 2026.',
      'Launch: 800.00 USD, due on 18 May 2026.',
    ]);
  });
});

describe('describePaymentTerms', () => {
  it.each([
    [{ kind: 'on-delivery' } as const, 'Each payment after the deposit is due on the day its work is delivered.'],
    [{ kind: 'net', days: 1 } as const, 'Each payment after the deposit is due 1 day after its work is delivered.'],
    [{ kind: 'net', days: 30 } as const, 'Each payment after the deposit is due 30 days after its work is delivered.'],
  ])('%o', (terms, text) => expect(describePaymentTerms(terms)).toBe(text));
});

describe('summarisePlan', () => {
  it('states what is billed and the largest unpaid amount', () => {
    expect(summarisePlan({ schedule, maxAtRiskMinor: 150_000 })).toBe(
      'The plan bills 4,000.00 USD in 4 payments; at most 1,500.00 USD of delivered work is unpaid at any time.',
    );
  });

  it('states what is received after a route whose fees are all known', () => {
    const route = { name: 'PayPal', receives: { low: 386_000, high: 386_000 } };
    expect(summarisePlan({ schedule, maxAtRiskMinor: 0, route })).toBe(
      'You receive 3,860.00 USD after PayPal fees in 4 payments; no delivered work is ever unpaid, as long as each payment arrives on time.',
    );
  });

  // Issue 12: "You receive 4,000.00 USD after Upwork fees" while Upwork's fee was unknown.
  it('never gives a headline amount from a route with a figure missing', () => {
    const route = { name: 'Upwork', receives: { low: 340_000, high: 400_000 } };
    const sentence = summarisePlan({ schedule, maxAtRiskMinor: 150_000, route });
    expect(sentence).not.toContain('You receive');
    expect(sentence).toBe(
      'The plan bills 4,000.00 USD in 4 payments; at most 1,500.00 USD of delivered work is unpaid at any time. What you receive after Upwork fees needs your figure for its fees: 3,400.00 to 4,000.00 USD.',
    );
  });
});

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

  it('formats with a given locale', () => {
    expect(describePayments(schedule, 'de-DE')[2]).toBe('Build: 1.200,00 USD, due on 27. April 2026.');
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
  it('states what is received and the largest unpaid amount', () => {
    expect(summarisePlan({ schedule, receivedMinor: 451_230, maxAtRiskMinor: 150_000 })).toBe(
      'You receive 4,512.30 USD in 4 payments; at most 1,500.00 USD of delivered work is unpaid at any time.',
    );
    expect(summarisePlan({ schedule, receivedMinor: 400_000, maxAtRiskMinor: 0, routeName: 'PayPal' })).toBe(
      'You receive 4,000.00 USD after PayPal fees in 4 payments; no delivered work is ever unpaid, as long as each payment arrives on time.',
    );
  });
});

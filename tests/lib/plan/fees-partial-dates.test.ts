/**
 * A fee change the data knows only to the month or year: the calculator lists every fee that may apply, adds none
 * of them until the reader chooses, and says the route's total needs that choice.
 */
import { describe, expect, it } from 'vitest';
import { computeRouteFees, type FeeSettings } from '../../../src/lib/plan/fees';
import type { Schedule } from '../../../src/lib/plan/schema';
import { loadPaymentMethod } from './fixtures';

const upwork = loadPaymentMethod('upwork');

const oneThousand: Schedule = {
  currency: 'USD',
  totalMinor: 100_000,
  payments: [
    {
      index: 1,
      kind: 'milestone',
      name: 'P1',
      deliveryDate: '2025-06-10',
      dueDate: '2025-06-10',
      amountMinor: 100_000,
      cumulativeMinor: 100_000,
    },
  ],
};

const base: FeeSettings = {
  date: '2025-06-02',
  region: 'US',
  international: false,
  conversion: false,
  feePayer: 'freelancer',
  rates: {},
  inputs: {},
  switches: {},
};

// Upwork's client fees: the 3% processing fee (help article 360024220133, from 12 June 2019) ended some time in
// 2025, when the marketplace fee reported by secondary sources began; no source gives the day.
describe('Upwork client fees on a day in 2025', () => {
  it('lists both possible fees, adds neither, and asks the reader which applied', () => {
    const r = computeRouteFees(upwork, oneThousand, base);
    const clientLines = r.lines.filter((l) => l.party === 'client' && l.key.includes('client-'));
    const periods = new Set(clientLines.map((l) => l.key.split('/')[1]));
    expect(periods).toEqual(
      new Set(['client-processing-2019', 'client-marketplace-current', 'client-contract-initiation-current']),
    );
    const undecided = clientLines.filter((l) => !l.key.includes('contract-initiation'));
    expect(undecided.every((l) => !l.included)).toBe(true);
    expect(r.missing).toContain(
      'Which fee applied on this date: Client payment processing fee 3% or Client marketplace fee (the data gives the change only to the month or year)',
    );
  });

  it('uses the one the reader switches on, and then no longer asks', () => {
    const r = computeRouteFees(upwork, oneThousand, {
      ...base,
      switches: { 'upwork/client-processing-2019/processing': true },
    });
    const processing = r.lines.find((l) => l.key === 'upwork/client-processing-2019/processing');
    // Hand-worked: 1,000.00 × 3% = 30.00.
    expect(processing?.totalMinor).toBe(3_000);
    expect(r.missing.some((m) => m.startsWith('Which fee applied'))).toBe(false);
  });

  it('asks nothing on a day the data is sure of (2026: the marketplace fee only)', () => {
    const r = computeRouteFees(upwork, oneThousand, { ...base, date: '2026-03-02' });
    expect(r.lines.some((l) => l.key.startsWith('upwork/client-processing-2019/'))).toBe(false);
    expect(r.missing.some((m) => m.startsWith('Which fee applied'))).toBe(false);
  });
});

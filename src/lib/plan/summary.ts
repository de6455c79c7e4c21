/**
 * The calculator's result in one sentence, for its status region. Apart from describe.ts, whose sentences the
 * agreement also uses, so the agreement does not ship it.
 */
import { formatMoney } from '../money';
import { describeRange, isExact, type MinorRange } from './fees';
import type { Schedule } from './schema';

/**
 * The one-sentence result for the status region: "You receive 4,512.30 USD after PayPal fees in 4 payments; at
 * most 1,500.00 USD of delivered work is unpaid at any time." A route with a figure still missing never gives a
 * headline amount: the sentence says what is billed, and what the reader must add to know what arrives.
 */
export function summarisePlan(input: {
  schedule: Schedule;
  maxAtRiskMinor: number;
  /** The route the plan is paid through, with what the freelancer receives after its fees. */
  route?: { name: string; receives: MinorRange };
}): string {
  const { schedule, maxAtRiskMinor, route } = input;
  const n = schedule.payments.length;
  const payments = n === 1 ? '1 payment' : `${n} payments`;
  const risk =
    maxAtRiskMinor === 0
      ? 'no delivered work is ever unpaid, as long as each payment arrives on time'
      : `at most ${formatMoney(maxAtRiskMinor, schedule.currency)} of delivered work is unpaid at any time`;
  const total = formatMoney(schedule.totalMinor, schedule.currency);
  if (route && isExact(route.receives)) {
    return `You receive ${formatMoney(route.receives.low, schedule.currency)} after ${route.name} fees in ${payments}; ${risk}.`;
  }
  const billed = `The plan bills ${total} in ${payments}; ${risk}.`;
  if (!route) return billed;
  return `${billed} What you receive after ${route.name} fees needs your figure for its fees: ${describeRange(route.receives, schedule.currency)}.`;
}

/**
 * The calculator's result in one sentence, for its status region. Apart from describe.ts, whose sentences the
 * agreement also uses, so the agreement does not ship it.
 */
import { formatMoney } from '../money';
import type { Schedule } from './schema';

/**
 * The one-sentence result for the status region: "You receive 4,512.30 USD in 4 payments; at most 1,500.00 USD
 * of delivered work is unpaid at any time."
 */
export function summarisePlan(input: {
  schedule: Schedule;
  receivedMinor: number;
  maxAtRiskMinor: number;
  /** Name of the route whose fees `receivedMinor` is after, if any. */
  routeName?: string;
}): string {
  const { schedule, receivedMinor, maxAtRiskMinor, routeName } = input;
  const n = schedule.payments.length;
  const payments = n === 1 ? '1 payment' : `${n} payments`;
  const after = routeName ? ` after ${routeName} fees` : '';
  const risk =
    maxAtRiskMinor === 0
      ? 'no delivered work is ever unpaid, as long as each payment arrives on time'
      : `at most ${formatMoney(maxAtRiskMinor, schedule.currency)} of delivered work is unpaid at any time`;
  return `You receive ${formatMoney(receivedMinor, schedule.currency)}${after} in ${payments}; ${risk}.`;
}

/**
 * The plan in words. The agreement's payment clause uses these sentences word for word, so the calculator, the
 * agreement and the exports can never disagree about an amount or a date.
 */
import { formatMoney } from '../money';
import { formatDate } from '../dates';
import type { PaymentTerms, Schedule } from './schema';

/** One sentence per payment: "Deposit: 1,000.00 USD, due on 15 March 2026." */
export function describePayments(schedule: Schedule, locale?: string): string[] {
  return schedule.payments.map((p) => {
    const amount = formatMoney(p.amountMinor, schedule.currency, locale ? { locale } : undefined);
    return `${p.name}: ${amount}, due on ${formatDate(p.dueDate, locale)}.`;
  });
}

/** When an invoice falls due relative to the work it bills. */
export function describePaymentTerms(terms: PaymentTerms): string {
  if (terms.kind === 'on-delivery') return 'Each payment after the deposit is due on the day its work is delivered.';
  const days = terms.days === 1 ? '1 day' : `${terms.days} days`;
  return `Each payment after the deposit is due ${days} after its work is delivered.`;
}

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

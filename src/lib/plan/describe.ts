/**
 * The plan in words. The agreement's payment clause uses these sentences word for word, so the calculator, the
 * agreement and the exports can never disagree about an amount or a date.
 */
import { formatMoney } from '../money';
import { formatDate } from '../dates';
import type { PaymentTerms, Schedule } from './schema';

/** One sentence per payment: "Deposit: 1,000.00 USD, due on 15 March 2026." */
export function describePayments(schedule: Schedule): string[] {
  return schedule.payments.map(
    (p) => `${p.name}: ${formatMoney(p.amountMinor, schedule.currency)}, due on ${formatDate(p.dueDate)}.`,
  );
}

/** When an invoice falls due relative to the work it bills. */
export function describePaymentTerms(terms: PaymentTerms): string {
  if (terms.kind === 'on-delivery') return 'Each payment after the deposit is due on the day its work is delivered.';
  const days = terms.days === 1 ? '1 day' : `${terms.days} days`;
  return `Each payment after the deposit is due ${days} after its work is delivered.`;
}

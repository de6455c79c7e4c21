/**
 * The payment routes' fee data, fetched from this site once, when the calculator first has a plan to price. The
 * build wrote the file from the validated paymentMethods collection (src/pages/data/payment-methods.json.ts).
 */
import type { PaymentMethod } from '../../../lib/facts/schema';
import { PAYMENT_METHODS_URL } from '../../../lib/plan/routes';

let pending: Promise<PaymentMethod[]> | null = null;

/** The fee data; a failed fetch is forgotten, so the next call tries again. */
export function loadPaymentMethods(): Promise<PaymentMethod[]> {
  pending ??= fetch(PAYMENT_METHODS_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`${PAYMENT_METHODS_URL}: ${r.status}`);
      return r.json() as Promise<PaymentMethod[]>;
    })
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}

/**
 * The payment routes the calculator compares, in the order it lists them: routes off the platform first, since
 * the first one ticked is the route the agreement names, then staying.
 */
export const ROUTE_ORDER = [
  'paypal',
  'stripe',
  'wise',
  'payoneer',
  'bank-wire',
  'ach',
  'sepa',
  'escrow-com',
  'upwork-direct-contracts',
  'upwork',
] as const;

/** Sorts by ROUTE_ORDER; routes it does not name come last, in their own order. */
export function sortRoutes<T extends { id: string }>(routes: readonly T[]): T[] {
  const rank = (id: string) => {
    const i = (ROUTE_ORDER as readonly string[]).indexOf(id);
    return i < 0 ? ROUTE_ORDER.length : i;
  };
  return [...routes].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Where the built site serves the payment routes' fee data, for the calculator to fetch when it needs it. */
export const PAYMENT_METHODS_URL = '/data/payment-methods.json';

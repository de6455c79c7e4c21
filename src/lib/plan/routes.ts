import type { PaymentMethod, Platform } from '../facts/schema';

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

/**
 * A platform whose fees the platforms collection holds (Fiverr, Freelancer.com, PeoplePerHour…) as a route to
 * compare: staying on it, at its own fees. Upwork's fees live in the paymentMethods collection already.
 */
export function platformAsRoute(platform: Platform): PaymentMethod | null {
  if (platform.feesPaymentMethodId || platform.feePeriods.length === 0) return null;
  return {
    id: platform.id,
    name: `${platform.name} (staying on the platform)`,
    kind: 'platform',
    summary: platform.offPlatformRule.summary,
    feePeriods: platform.feePeriods,
    protections: platform.protections,
  };
}

/** Every route the calculator compares: the payment methods, then the platforms with fees of their own. */
export function listRoutes(methods: readonly PaymentMethod[], platforms: readonly Platform[]): PaymentMethod[] {
  const fromPlatforms = platforms.map(platformAsRoute).filter((r): r is PaymentMethod => r !== null);
  return [...sortRoutes(methods), ...fromPlatforms.sort((a, b) => a.name.localeCompare(b.name))];
}

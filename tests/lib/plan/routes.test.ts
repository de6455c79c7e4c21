import { describe, expect, it } from 'vitest';
import { computeRouteFees } from '../../../src/lib/plan/fees';
import { listRoutes, platformAsRoute, ROUTE_ORDER } from '../../../src/lib/plan/routes';
import type { Schedule } from '../../../src/lib/plan/schema';
import { loadPaymentMethod, loadPlatform } from './fixtures';

const payment = (amountMinor: number): Schedule => ({
  currency: 'USD',
  totalMinor: amountMinor,
  payments: [
    {
      index: 1,
      kind: 'milestone',
      name: 'P1',
      deliveryDate: '2026-12-01',
      dueDate: '2026-12-01',
      amountMinor,
      cumulativeMinor: amountMinor,
    },
  ],
});
const settings = {
  date: '2026-12-01',
  region: 'US' as const,
  international: false,
  conversion: false,
  feePayer: 'freelancer' as const,
  rates: {},
  inputs: {},
  switches: {},
};

describe('platforms as routes to compare (issue 12: readers on other platforms)', () => {
  it('makes Fiverr a route at its own fees: 20% commission, 5.5% to the buyer', () => {
    const fiverr = platformAsRoute(loadPlatform('fiverr'));
    expect(fiverr?.kind).toBe('platform');
    // Facts: seller keeps 80% (20% commission); buyer pays 5.5% of the purchase; the $3 small-order fee is for
    // orders under $100 only, and this one is 1,000.00.
    const r = computeRouteFees(fiverr!, payment(100_000), settings);
    expect(r.freelancerFees).toEqual({ low: 20_000, high: 20_000 });
    expect(r.clientFees.low).toBe(5_500);
  });

  it('leaves out Upwork, whose fees are a payment method already, and lists platforms after the payment routes', () => {
    expect(platformAsRoute(loadPlatform('upwork'))).toBeNull();
    const routes = listRoutes(ROUTE_ORDER.map(loadPaymentMethod), ['fiverr', 'upwork'].map(loadPlatform));
    expect(routes.map((r) => r.id)).toEqual([...ROUTE_ORDER, 'fiverr']);
  });
});

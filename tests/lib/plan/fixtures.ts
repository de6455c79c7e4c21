import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { paymentMethodSchema, type PaymentMethod, type Platform } from '../../../src/lib/facts/schema';
import type { Plan } from '../../../src/lib/plan/schema';

const dataRoot = join(import.meta.dirname, '../../../src/content/data');

export function loadPaymentMethod(id: string): PaymentMethod {
  return paymentMethodSchema.parse(parse(readFileSync(join(dataRoot, 'payment-methods', `${id}.yaml`), 'utf8')));
}

/** Not validated here: the facts tests validate the data; these tests only read the Conversion Fee from it. */
export function loadPlatform(id: string): Platform {
  return parse(readFileSync(join(dataRoot, 'platforms', `${id}.yaml`), 'utf8')) as Platform;
}

/**
 * A website build for 4,000.00 USD: 25% deposit, then three milestones (design 25%, build 30%, launch 20%),
 * net 14 days. Used by the unit tests as a worked example.
 */
export const WEBSITE_PLAN: Plan = {
  currency: 'USD',
  pricing: { kind: 'fixed', totalMinor: 400_000 },
  startDate: '2026-03-02',
  deposit: { kind: 'percent', basisPoints: 2_500 },
  milestones: [
    { name: 'Design', share: { kind: 'percent', basisPoints: 2_500 }, due: { kind: 'days-after-start', days: 14 } },
    { name: 'Build', share: { kind: 'percent', basisPoints: 3_000 }, due: { kind: 'date', date: '2026-04-13' } },
    { name: 'Launch', share: { kind: 'percent', basisPoints: 2_000 }, due: { kind: 'date', date: '2026-05-04' } },
  ],
  paymentTerms: { kind: 'net', days: 14 },
  routes: ['paypal'],
  feePayer: 'freelancer',
  late: { kind: 'contract', basisPoints: 150, per: 'month', graceDays: 7, capBasisPoints: 1_000 },
};

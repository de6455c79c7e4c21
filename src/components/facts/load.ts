import { getCollection } from 'astro:content';
import type { FactData } from '../../lib/facts/present';

let cached: Promise<FactData> | undefined;

/** All fact collections, read once per build; the components in this folder look values up in them. */
export function loadFactData(): Promise<FactData> {
  cached ??= Promise.all([getCollection('rules'), getCollection('platforms'), getCollection('paymentMethods')]).then(
    ([rules, platforms, paymentMethods]) => ({
      rules: rules.map((e) => e.data),
      platforms: platforms.map((e) => e.data),
      paymentMethods: paymentMethods.map((e) => e.data),
    }),
  );
  return cached;
}

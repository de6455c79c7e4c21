import { addMonths, compareDates, type IsoDate } from '../dates';
import type { Confidence, FeeParty, FeePeriod } from './schema';

/**
 * The fee period in force on `date` for `party`. Bounds are inclusive; a null bound is open. A period without a
 * region applies everywhere; when `region` is given, a period for exactly that region wins over a region-less
 * one. Without `region`, regional periods are skipped, because picking one would be a guess. `schedule` narrows
 * the search when one entry holds several fees (service fee, withdrawal fees, ...).
 */
export function findFeePeriod<P extends FeePeriod>(
  periods: readonly P[],
  party: FeeParty,
  date: IsoDate,
  region?: string,
  schedule?: string,
): P | undefined {
  const inForce = periods.filter(
    (p) =>
      p.party === party &&
      (schedule === undefined || p.schedule === schedule) &&
      (p.from === null || compareDates(p.from, date) <= 0) &&
      (p.to === null || compareDates(date, p.to) <= 0),
  );
  if (region !== undefined) {
    const exact = inForce.find((p) => p.region === region);
    if (exact) return exact;
  }
  return inForce.find((p) => p.region === undefined);
}

export interface StaleFact {
  collection: string;
  id: string;
  /** Dotted path to the sourced value inside the entry, e.g. `feePeriods[2]` or `conversionFee.minimum`. */
  path: string;
  checked: IsoDate;
}

export interface FactEntry {
  collection: string;
  id: string;
  data: unknown;
}

/**
 * Every sourced value (any object with `checked` and `confidence`) whose `checked` date is more than
 * `maxAgeMonths` calendar months before `buildDate`. Exactly `maxAgeMonths` old is still fresh.
 */
export function listStaleFacts(entries: readonly FactEntry[], buildDate: IsoDate, maxAgeMonths = 12): StaleFact[] {
  const oldestFresh = addMonths(buildDate, -maxAgeMonths);
  const stale: StaleFact[] = [];
  const visit = (entry: FactEntry, value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(entry, item, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const checked = record['checked'];
    if (typeof checked === 'string' && 'confidence' in record && compareDates(checked, oldestFresh) < 0) {
      stale.push({ collection: entry.collection, id: entry.id, path: path === '' ? '.' : path, checked });
    }
    for (const [key, child] of Object.entries(record)) {
      visit(entry, child, path === '' ? key : `${path}.${key}`);
    }
  };
  for (const entry of entries) visit(entry, entry.data, '');
  return stale;
}

const confidenceLabels: Record<Confidence, string> = {
  high: 'Verified from the primary source',
  medium: 'Primary source, undated or partial',
  low: 'Unverified: secondary sources only',
  'not-found': 'Not found',
};

export function describeConfidence(confidence: Confidence): string {
  return confidenceLabels[confidence];
}

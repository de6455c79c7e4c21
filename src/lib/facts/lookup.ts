import { addMonths, compareDates, type IsoDate } from '../dates';
import { earliestDay, latestDay } from './dates';
import type { Confidence, FeeParty, FeePeriod } from './schema';

/**
 * What the data says about the fee in force on one day:
 * - `found`: exactly one period, and the day is inside its bounds for certain;
 * - `uncertain`: the day falls where a bound is known only to the month or the year (e.g. "from June 2016"), so
 *   more than one period may have applied, or one may have applied or not; `periods` lists every one that may
 *   have, oldest first. A caller must not pick one of them silently;
 * - `none`: no period covers the day.
 */
export type FeePeriodMatch<P extends FeePeriod = FeePeriod> =
  { status: 'found'; period: P } | { status: 'uncertain'; periods: P[] } | { status: 'none' };

/** The day is inside the period's bounds whatever day a month or year bound turns out to be. */
function certainlyInForce(p: FeePeriod, date: IsoDate): boolean {
  return (
    (p.from === null || compareDates(latestDay(p.from), date) <= 0) &&
    (p.to === null || compareDates(date, earliestDay(p.to)) <= 0)
  );
}

/** The day is inside the period's bounds for at least one reading of a month or year bound. */
function possiblyInForce(p: FeePeriod, date: IsoDate): boolean {
  return (
    (p.from === null || compareDates(earliestDay(p.from), date) <= 0) &&
    (p.to === null || compareDates(date, latestDay(p.to)) <= 0)
  );
}

/**
 * The fee periods that may apply on `date` for `party`, and whether the data can tell which. Bounds are inclusive;
 * a null bound is open. A period without a region applies everywhere; when `region` is given, periods for exactly
 * that region win over region-less ones. Without `region`, regional periods are skipped, because picking one would
 * be a guess. `schedule` narrows the search when one entry holds several fees (service fee, withdrawal fees, ...).
 */
export function matchFeePeriod<P extends FeePeriod>(
  periods: readonly P[],
  party: FeeParty,
  date: IsoDate,
  region?: string,
  schedule?: string,
): FeePeriodMatch<P> {
  const possible = periods
    .filter((p) => p.party === party && (schedule === undefined || p.schedule === schedule))
    .filter((p) => possiblyInForce(p, date));
  const exact = region === undefined ? [] : possible.filter((p) => p.region === region);
  const tier = exact.length > 0 ? exact : possible.filter((p) => p.region === undefined);
  const only = tier.length === 1 ? tier[0] : undefined;
  if (only && certainlyInForce(only, date)) return { status: 'found', period: only };
  if (tier.length === 0) return { status: 'none' };
  const start = (p: P) => (p.from === null ? '' : earliestDay(p.from));
  return { status: 'uncertain', periods: [...tier].sort((a, b) => start(a).localeCompare(start(b))) };
}

/**
 * The one fee period in force on `date` (see matchFeePeriod for the rules), or undefined when none is, or when
 * the day falls in a window where a month- or year-only bound leaves more than one possible: this never guesses.
 * Use matchFeePeriod to tell those two cases apart.
 */
export function findFeePeriod<P extends FeePeriod>(
  periods: readonly P[],
  party: FeeParty,
  date: IsoDate,
  region?: string,
  schedule?: string,
): P | undefined {
  const match = matchFeePeriod(periods, party, date, region, schedule);
  return match.status === 'found' ? match.period : undefined;
}

/** True when the period may be in force on `date`, for "in force now" lists that must show uncertain ones too. */
export function isPossiblyInForce(period: FeePeriod, date: IsoDate): boolean {
  return possiblyInForce(period, date);
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

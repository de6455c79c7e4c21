/**
 * What each payment route costs, payment by payment, from the paymentMethods collection. Percentage parts apply
 * to each payment's amount and fixed parts once per payment, so more payments cost more fixed fees. Figures the
 * data marks low confidence or not found, and ranges, are the reader's inputs with an "unverified" mark: they
 * never enter a total silently. A fixed fee set in another currency is converted only at a rate the reader typed;
 * otherwise it is listed as not converted and left out of the totals.
 */
import { applyBasisPoints, convertMinor, formatMoney, isCurrencyCode, type CurrencyCode } from '../money';
import type { IsoDate } from '../dates';
import { matchFeePeriod } from '../facts/lookup';
import type { Confidence, FeeComponent, FeePeriod, PaymentMethod, Source } from '../facts/schema';
import type { FeePayer, Schedule } from './schema';

/** Regions the fee data distinguishes. */
export const FEE_REGIONS = ['US', 'UK', 'EEA'] as const;
export type FeeRegion = (typeof FEE_REGIONS)[number];

/** A sensible first guess from the plan currency; the reader can change it. */
export function guessRegion(currency: CurrencyCode): FeeRegion {
  if (currency === 'GBP') return 'UK';
  return currency === 'EUR' ? 'EEA' : 'US';
}

/** Periods that apply only to some accounts and so start switched off (the reader can switch them on). */
const OFF_BY_DEFAULT = new Set(['wise/same-currency-cross-border']);

/** Fees charged per payment received, or once; dispute, withdrawal and monthly fees are listed, not added. */
const APPLIED_WHEN = new Set<FeeComponent['when']>([
  'every-payment',
  'international',
  'currency-conversion',
  'once-per-contract',
]);

export interface FeeSettings {
  /** Day the fees in force are looked up for (the plan's start date). */
  date: IsoDate;
  region: FeeRegion;
  /** The client pays from another country. */
  international: boolean;
  /** The money is converted from another currency on the way. */
  conversion: boolean;
  feePayer: FeePayer;
  /** "1 XXX = rate <plan currency>", keyed by the other currency (USD, EUR, GBP). */
  rates: Record<string, string>;
  /** The reader's figures, keyed by lineKey: basis points for percentages, minor units of the line's currency for fixed parts. */
  inputs: Record<string, number>;
  /** Lines the reader switched on (true) or off (false), keyed by lineKey. */
  switches: Record<string, boolean>;
}

export interface FeeLine {
  /** `${methodId}/${periodId}/${componentId}`: stable key for inputs and switches. */
  key: string;
  label: string;
  party: 'freelancer' | 'client';
  when: FeeComponent['when'];
  kind: 'percent' | 'fixed';
  /** The figure used: basis points or minor units of `currency`; null when the reader has not given it yet. */
  value: number | null;
  /** Currency of a fixed value (and of min/max caps). */
  currency: string | null;
  /** A range the source gives, shown as a hint. */
  range: { low: number; high: number } | null;
  /** The figure must come from the reader (low confidence, not found, or a range). */
  needsInput: boolean;
  /** Shown with an "unverified" mark: low confidence or not found in the sources, or typed by the reader. */
  unverified: boolean;
  included: boolean;
  /** Fee for each payment in the plan currency (0 where it does not apply); null when it could not be converted. */
  perPaymentMinor: number[] | null;
  totalMinor: number | null;
  note: string | null;
  appliesTo: string | null;
  source: Source | null;
  sourceDate: string;
  checked: IsoDate;
  confidence: Confidence;
}

/**
 * A total that may depend on a figure nobody has given yet. Exact when low equals high. A missing figure with a
 * range in the data (Upwork's variable fee, 0% to 15%) gives both bounds; one with no range leaves a bound null.
 */
export interface MinorRange {
  low: number | null;
  high: number | null;
}

export function isExact(r: MinorRange): r is { low: number; high: number } {
  return r.low !== null && r.low === r.high;
}

/** "96.46 USD", "850.00 to 1,000.00 USD", "at most 1,000.00 USD", "at least 34.90 INR", or "not known yet". */
export function describeRange(r: MinorRange, currency: CurrencyCode): string {
  const money = (n: number) => formatMoney(n, currency);
  if (r.low !== null && r.high !== null)
    return r.low === r.high ? money(r.low) : `${formatMoney(r.low, currency, { withCode: false })} to ${money(r.high)}`;
  if (r.high !== null) return `at most ${money(r.high)}`;
  if (r.low !== null) return `at least ${money(r.low)}`;
  return 'not known yet';
}

export interface RouteFees {
  methodId: string;
  name: string;
  lines: FeeLine[];
  /** Fees the freelancer ends up paying, in the plan currency (converted, included lines only). */
  freelancerFees: MinorRange;
  /** Fees the client pays on top of the plan total. */
  clientFees: MinorRange;
  freelancerReceives: MinorRange;
  clientPays: MinorRange;
  /** Every figure is known: the four totals are exact. */
  complete: boolean;
  /** A figure in the totals is unverified: low confidence in the data, or typed by the reader. */
  unverified: boolean;
  /** Labels of fees left out because they are in another currency and no rate was given. */
  notConverted: string[];
  /** Labels of figures still needed from the reader. */
  missing: string[];
  /** Labels of fees that exist but are not per payment (disputes, withdrawals), listed for completeness. */
  notIncluded: string[];
  /** No figures were found for the reader's region (a conversion spread alone is no figure for the route). */
  noData: boolean;
}

/**
 * The periods in force on the plan's date. Where the data knows a change only to the month or year and the date
 * falls in that window, every period that may apply is listed, switched off until the reader chooses one, and
 * named in `uncertain` so no total silently uses either.
 */
function pickPeriods(
  method: PaymentMethod,
  settings: FeeSettings,
): { periods: FeePeriod[]; uncertain: { label: string; keys: string[] }[] } {
  const keys = new Set(method.feePeriods.map((p) => `${p.party}|${p.schedule}`));
  const periods: FeePeriod[] = [];
  const uncertain: { label: string; keys: string[] }[] = [];
  for (const key of keys) {
    const [party, schedule] = key.split('|') as [FeePeriod['party'], string];
    const match = matchFeePeriod(method.feePeriods, party, settings.date, settings.region, schedule);
    if (match.status === 'found') periods.push(match.period);
    if (match.status === 'uncertain') {
      periods.push(...match.periods);
      uncertain.push({
        label: `Which fee applied on this date: ${match.periods.map((p) => p.label).join(' or ')} (the data gives the change only to the month or year)`,
        keys: match.periods.map((p) => `${method.id}/${p.id}/`),
      });
    }
  }
  return { periods, uncertain };
}

function convertTo(
  minor: number,
  from: string | null,
  to: CurrencyCode,
  rates: Record<string, string>,
): number | undefined {
  if (from === null || from === to) return minor;
  if (!isCurrencyCode(from)) return undefined;
  const rate = rates[from];
  return rate ? convertMinor(minor, from, to, rate) : undefined;
}

function isApplicable(c: FeeComponent, settings: FeeSettings): boolean {
  if (c.when === 'international') return settings.international;
  if (c.when === 'currency-conversion') return settings.conversion;
  return true;
}

/**
 * Which components of a period apply by default. Where the source lists alternatives for one payment (card or
 * bank debit; Checkout or goods and services), they carry an `appliesTo`; the first percentage and the first
 * fixed alternative are the usual way to pay, and the reader can switch to another.
 */
function defaultOn(period: FeePeriod, c: FeeComponent, methodId: string): boolean {
  if (OFF_BY_DEFAULT.has(`${methodId}/${period.id}`)) return false;
  if (!APPLIED_WHEN.has(c.when) || c.band) return false;
  const sameWhen = period.components.filter((o) => o.when === c.when && o.kind === c.kind);
  // Alternatives (with an appliesTo) are a choice: the first applies. A component without one always applies, so
  // a Swift fee and the deductions of the banks in the middle of that Swift payment add up.
  if (c.appliesTo === undefined) return true;
  return sameWhen.find((o) => o.appliesTo !== undefined) === c;
}

function makeLine(
  method: PaymentMethod,
  period: FeePeriod,
  c: FeeComponent | null,
  settings: FeeSettings,
): Omit<FeeLine, 'perPaymentMinor' | 'totalMinor'> {
  const confidence = c?.confidence ?? period.confidence;
  const key = `${method.id}/${period.id}/${c?.id ?? 'not-found'}`;
  const range = c?.range ?? null;
  const needsInput = c === null || confidence === 'low' || confidence === 'not-found' || range !== null;
  const dataValue =
    c === null || range !== null ? null : c.kind === 'percent' ? (c.basisPoints ?? null) : (c.fixedMinor ?? null);
  const typed = settings.inputs[key];
  // Low-confidence point figures start filled in (visible, marked unverified); ranges and not-found start empty.
  const value =
    typed !== undefined && Number.isFinite(typed) && typed >= 0
      ? typed
      : needsInput && confidence !== 'low'
        ? null
        : dataValue;
  const kind = c?.kind ?? 'percent';
  const fallbackOn =
    c === null
      ? period.schedule === 'currency-conversion' || !method.feePeriods.some((p) => p.components.length > 0)
      : defaultOn(period, c, method.id);
  const on = settings.switches[key] ?? fallbackOn;
  const applicable =
    c === null
      ? period.schedule !== 'currency-conversion' || settings.conversion
      : isApplicable(c, settings) && APPLIED_WHEN.has(c.when) && !c.band;
  return {
    key,
    label: c?.label ?? period.label,
    party: period.party,
    when: c?.when ?? (period.schedule === 'currency-conversion' ? 'currency-conversion' : 'every-payment'),
    kind,
    value,
    currency: c?.currency ?? null,
    range,
    needsInput,
    unverified: needsInput,
    included: on && applicable,
    note: [c?.note, period.note].filter(Boolean).join(' ') || null,
    appliesTo: c?.appliesTo ?? null,
    source: period.sources[0] ?? null,
    sourceDate: period.sourceDate,
    checked: period.checked,
    confidence,
  };
}

function applyLine(
  line: Omit<FeeLine, 'perPaymentMinor' | 'totalMinor'>,
  c: FeeComponent | null,
  schedule: Schedule,
  settings: FeeSettings,
  value: number | null = line.value,
): Pick<FeeLine, 'perPaymentMinor' | 'totalMinor'> & { converted: boolean } {
  const payments = schedule.payments;
  if (!line.included || value === null) return { perPaymentMinor: null, totalMinor: null, converted: true };
  const to = schedule.currency;
  let per: number[];
  if (line.kind === 'percent') {
    const min = c?.minMinor === undefined ? 0 : convertTo(c.minMinor, line.currency, to, settings.rates);
    const max = c?.maxMinor === undefined ? Infinity : convertTo(c.maxMinor, line.currency, to, settings.rates);
    if (min === undefined || max === undefined) return { perPaymentMinor: null, totalMinor: null, converted: false };
    per = payments.map((p) =>
      p.amountMinor > 0 ? Math.min(max, Math.max(min, applyBasisPoints(p.amountMinor, value))) : 0,
    );
  } else {
    const fixed = convertTo(value, line.currency, to, settings.rates);
    if (fixed === undefined) return { perPaymentMinor: null, totalMinor: null, converted: false };
    const firstPaid = payments.findIndex((p) => p.amountMinor > 0);
    per = payments.map((p, i) =>
      p.amountMinor <= 0 ? 0 : line.when === 'once-per-contract' ? (i === firstPaid ? fixed : 0) : fixed,
    );
  }
  return { perPaymentMinor: per, totalMinor: per.reduce((a, b) => a + b, 0), converted: true };
}

/** Who bears a route's own fees: all the freelancer's, all passed on, or half each (odd unit to the freelancer). */
function shareFees(freelancerSide: number, clientSide: number, payer: FeePayer): [freelancer: number, client: number] {
  const passedOn = payer === 'client' ? freelancerSide : payer === 'split' ? Math.floor(freelancerSide / 2) : 0;
  return [freelancerSide - passedOn, clientSide + passedOn];
}

/** Fees of one route for the schedule. */
export function computeRouteFees(method: PaymentMethod, schedule: Schedule, settings: FeeSettings): RouteFees {
  const lines: FeeLine[] = [];
  const notConverted: string[] = [];
  const missing: string[] = [];
  const notIncluded: string[] = [];
  /** Each included line's total at the low and the high end of what it may cost; null where no bound is known. */
  const bounds: { party: FeeLine['party']; low: number | null; high: number | null }[] = [];
  const { periods, uncertain } = pickPeriods(method, settings);
  const undecided = uncertain.filter((u) =>
    // Decided once the reader switches on a line of one of the possible periods.
    Object.entries(settings.switches).every(([key, on]) => !on || !u.keys.some((k) => key.startsWith(k))),
  );
  for (const period of periods) {
    const components: (FeeComponent | null)[] =
      period.components.length > 0 ? period.components : period.confidence === 'not-found' ? [null] : [];
    // A rate that is the whole rate for some payments (a card from abroad) takes the usual rate's place.
    const replaced = new Set(
      period.components.flatMap((c) =>
        c.replaces && makeLine(method, period, c, settings).included ? c.replaces : [],
      ),
    );
    for (const c of components) {
      if (c !== null && !APPLIED_WHEN.has(c.when)) {
        notIncluded.push(c.label);
        continue;
      }
      if (
        c === null &&
        period.schedule !== 'currency-conversion' &&
        method.feePeriods.some((p) => p.components.length > 0)
      ) {
        notIncluded.push(`${period.label} (not found)`);
        continue;
      }
      const base = makeLine(method, period, c, settings);
      // Unless the reader switched it on themselves.
      if (c !== null && replaced.has(c.id) && settings.switches[base.key] !== true) base.included = false;
      const possible = uncertain.some((u) => u.keys.includes(`${method.id}/${period.id}/`));
      if (possible && settings.switches[base.key] === undefined) base.included = false;
      const applied = applyLine(base, c, schedule, settings);
      if (!applied.converted) notConverted.push(base.label);
      if (base.included && base.value === null) missing.push(base.label);
      lines.push({ ...base, perPaymentMinor: applied.perPaymentMinor, totalMinor: applied.totalMinor });
      if (!base.included) continue;
      if (applied.totalMinor !== null)
        bounds.push({ party: base.party, low: applied.totalMinor, high: applied.totalMinor });
      else if (base.value === null && base.range) {
        const at = (v: number) => applyLine(base, c, schedule, settings, v).totalMinor;
        bounds.push({ party: base.party, low: at(base.range.low), high: at(base.range.high) });
      } else bounds.push({ party: base.party, low: 0, high: null }); // a fee is never below zero; above, unknown
    }
  }
  // The conversion spread is an extra on a route's own fees, never the whole of them: without any other period in
  // force there are no figures for this region, and the fees are unknown, not zero.
  const noData = !periods.some((p) => p.schedule !== 'currency-conversion');
  if (noData) bounds.push({ party: 'freelancer', low: 0, high: null });
  missing.push(...undecided.map((u) => u.label));
  // Which of two periods applied is the reader's to say; until then the fees have no upper bound.
  if (undecided.length > 0) bounds.push({ party: 'freelancer', low: 0, high: null });
  const sum = (party: FeeLine['party'], end: 'low' | 'high'): number | null =>
    bounds
      .filter((b) => b.party === party)
      .reduce<number | null>((a, b) => (a === null || b[end] === null ? null : a + b[end]), 0);
  const total = schedule.totalMinor;
  const ends = (['low', 'high'] as const).map((end) => {
    const freelancerSide = sum('freelancer', end);
    const clientSide = sum('client', end);
    if (freelancerSide === null || clientSide === null) return null;
    return shareFees(freelancerSide, clientSide, settings.feePayer);
  });
  const [low, high] = ends;
  const freelancerFees = { low: low ? low[0] : null, high: high ? high[0] : null };
  const clientFees = { low: low ? low[1] : null, high: high ? high[1] : null };
  return {
    methodId: method.id,
    name: method.name,
    lines,
    freelancerFees,
    clientFees,
    freelancerReceives: {
      low: freelancerFees.high === null ? null : total - freelancerFees.high,
      high: freelancerFees.low === null ? null : total - freelancerFees.low,
    },
    clientPays: {
      low: clientFees.low === null ? null : total + clientFees.low,
      high: clientFees.high === null ? null : total + clientFees.high,
    },
    unverified: lines.some((l) => l.included && l.unverified),
    complete:
      !noData && missing.length === 0 && notConverted.length === 0 && isExact(freelancerFees) && isExact(clientFees),
    notConverted,
    missing,
    notIncluded,
    noData,
  };
}

export function computeAllRouteFees(
  methods: readonly PaymentMethod[],
  schedule: Schedule,
  settings: FeeSettings,
): RouteFees[] {
  return methods.map((m) => computeRouteFees(m, schedule, settings));
}

import { addMonths, compareDates, formatDate, type IsoDate } from '../dates';
import { exponentOf, formatMoney, isCurrencyCode, type CurrencyCode } from '../money';
import { computeConversionFee } from '../plan/conversion-fee';
import { formatCount } from '../numbers';
import { formatBasisPoints } from '../percent';
import { formatPartialDate, isVague, type PartialDate } from './dates';
import type {
  Confidence,
  ConversionFee,
  FactFigures,
  FeeComponent,
  FeePeriod,
  PaymentMethod,
  Platform,
  Rule,
  RuleFact,
  Source,
  SourceDate,
  SourcedRule,
} from './schema';

/*
 * Turns the sourced data into the words and numbers a page prints. The .astro components in
 * src/components/facts only lay these out, so every figure on the site is formatted in one place.
 */

/** What every sourced value carries, whichever collection it comes from. */
export interface Provenance {
  sources: readonly Source[];
  sourceDate: SourceDate;
  confidence: Confidence;
  checked: IsoDate;
  note?: string | undefined;
}

/** A value ready to print, with where it came from. */
export interface PresentedFact extends Provenance {
  /** Short heading in plain English. */
  label: string;
  /** Our sentences (block use). */
  text: string;
  /** The single figure asked for (inline use); equals `text` when no figure was asked for. */
  value: string;
}

function toCode(minor: number, currency: string | undefined): CurrencyCode {
  if (currency === undefined || !isCurrencyCode(currency)) {
    throw new Error(`Unknown currency "${String(currency)}" for amount ${minor}`);
  }
  return currency;
}

/** Table form, the same in every column: "1,000.00 USD". */
function tableMoney(minor: number, currency: string | undefined): string {
  return formatMoney(minor, toCode(minor, currency));
}

// Symbols only where they are unambiguous to a reader anywhere: "$" alone could be several dollars, so the
// currencies shown this way are the ones the fact data holds, and each one's symbol is how its sources write it.
const TEXT_SYMBOLS: Partial<Record<CurrencyCode, string>> = { USD: '$', GBP: '£', EUR: '€' };

/**
 * Money as people write it in a sentence: "$1,000", "$0.49", "£40", "€0.25"; other currencies as "1,000 KWD".
 * Whole amounts lose their ".00"; the data's amounts are never rounded.
 */
export function formatMoneyInText(minor: number, currency: string | undefined): string {
  const code = toCode(minor, currency);
  const exponent = exponentOf(code);
  const full = formatMoney(minor, code, { withCode: false });
  // en-US: the last `exponent` digits and the point before them are the minor units.
  const trimmed = exponent > 0 && minor % 10 ** exponent === 0 ? full.slice(0, -(exponent + 1)) : full;
  const symbol = TEXT_SYMBOLS[code];
  if (symbol === undefined) return `${trimmed} ${code}`;
  return trimmed.startsWith('-') ? `-${symbol}${trimmed.slice(1)}` : `${symbol}${trimmed}`;
}

/**
 * One part of a fee as printed. `table` (the default): "3.49%", "0.49 USD", "1% (at most 10.00 USD)",
 * "0.99 USD to 14.99 USD". `text`, for a sentence: "$0.49", "1% (at most $10)", "$0.99 to $14.99".
 */
export function describeFeeComponent(c: FeeComponent, style: 'table' | 'text' = 'table'): string {
  const money = style === 'text' ? formatMoneyInText : tableMoney;
  let amount: string;
  if (c.range) {
    amount =
      c.kind === 'percent'
        ? `${formatBasisPoints(c.range.low)} to ${formatBasisPoints(c.range.high)}`
        : `${money(c.range.low, c.currency)} to ${money(c.range.high, c.currency)}`;
  } else if (c.kind === 'percent') {
    amount = formatBasisPoints(c.basisPoints ?? 0);
  } else {
    amount = money(c.fixedMinor ?? 0, c.currency);
  }
  const limits: string[] = [];
  if (c.minMinor !== undefined) limits.push(`at least ${money(c.minMinor, c.currency)}`);
  if (c.maxMinor !== undefined) limits.push(`at most ${money(c.maxMinor, c.currency)}`);
  return limits.length > 0 ? `${amount} (${limits.join(', ')})` : amount;
}

const whenLabels: Record<FeeComponent['when'], string> = {
  'every-payment': 'Each payment',
  international: 'International payments',
  'currency-conversion': 'When currency is converted',
  'manual-entry': 'Card details typed in by hand',
  'once-per-contract': 'Once per contract',
  'per-withdrawal': 'Each withdrawal or payment sent',
  'per-dispute': 'Each dispute',
  'per-invoice': 'Each paid invoice',
  'per-month': 'Each month',
};

export function describeFeeWhen(when: FeeComponent['when']): string {
  return whenLabels[when];
}

/** "undated", "2017", "September 2026" or "20 September 2026", as the source shows it. */
export function formatSourceDate(date: SourceDate): string {
  return date === 'undated' ? 'undated' : formatPartialDate(date);
}

/**
 * "From 3 May 2023", "June 2016 to 2 May 2023", "Until June 2016", "From 2024": as precise as the source, with
 * "(day not known)" where a bound is only a month or a year, so a reader never mistakes it for an exact day.
 */
export function formatPeriodDates(from: PartialDate | null, to: PartialDate | null): string {
  const vague = (from !== null && isVague(from)) || (to !== null && isVague(to));
  const suffix = vague ? ' (day not known)' : '';
  if (from && to) return `${formatPartialDate(from)} to ${formatPartialDate(to)}${suffix}`;
  if (from) return `From ${formatPartialDate(from)}${suffix}`;
  if (to) return `Until ${formatPartialDate(to)}${suffix}`;
  return 'No known start or end date';
}

/**
 * True when a value was last checked more than `maxAgeMonths` calendar months before `now`; the same rule as
 * listStaleFacts, so a page and the stale-data report never disagree.
 */
export function isStale(checked: IsoDate, now: IsoDate, maxAgeMonths = 12): boolean {
  return compareDates(checked, addMonths(now, -maxAgeMonths)) < 0;
}

/** The badge a reader sees next to a value, or undefined when the value is verified enough to state plainly. */
export function describeBadge(confidence: Confidence): { label: string; className: string } | undefined {
  if (confidence === 'low') return { label: 'Unverified', className: 'badge badge--low' };
  if (confidence === 'not-found') return { label: 'Not found', className: 'badge badge--low badge--not-found' };
  return undefined;
}

const referenceNames: Record<NonNullable<FactFigures['interest']>['reference'], string> = {
  'bank-of-england-base-rate': 'the Bank of England base rate',
  'ecb-reference-rate': 'the European Central Bank reference rate',
};

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * One figure of a rule fact, by name: threshold, window, payment-due-days, max-term-days, interest, effective-from,
 * damages, minimum-compensation, compensation-bands, limitation-years, record-keeping-years, or amount:<id>.
 */
export function presentFigure(figures: FactFigures | undefined, figure: string): string | undefined {
  if (!figures) return undefined;
  if (figure.startsWith('amount:')) {
    const found = figures.amounts?.find((a) => a.id === figure.slice('amount:'.length));
    return found && `${found.upTo ? 'up to ' : ''}${formatMoneyInText(found.amountMinor, found.currency)}`;
  }
  switch (figure) {
    case 'threshold':
      return figures.threshold && formatMoneyInText(figures.threshold.amountMinor, figures.threshold.currency);
    case 'window': {
      const w = figures.threshold?.window;
      if (!w) return undefined;
      return w.kind === 'rolling-days' ? `the prior ${plural(w.days, 'day')}` : 'a calendar year';
    }
    case 'payment-due-days':
      return figures.paymentDueDays === undefined ? undefined : plural(figures.paymentDueDays, 'day');
    case 'max-term-days':
      return figures.maxTermDays === undefined ? undefined : plural(figures.maxTermDays, 'day');
    case 'interest': {
      const i = figures.interest;
      if (!i) return undefined;
      const points = String(i.basisPointsOverReference / 100);
      return `${i.kind === 'minimum' ? 'at least ' : ''}${referenceNames[i.reference]} plus ${points} percentage points`;
    }
    case 'effective-from':
      return figures.effectiveFrom && formatDate(figures.effectiveFrom);
    case 'damages': {
      const d = figures.damages;
      if (!d) return undefined;
      const times = d.multiplier === 2 ? 'double the unpaid amount' : `${d.multiplier} times the unpaid amount`;
      return d.upTo ? `up to ${times}` : times;
    }
    case 'minimum-compensation':
      return (
        figures.minimumCompensation &&
        formatMoneyInText(figures.minimumCompensation.amountMinor, figures.minimumCompensation.currency)
      );
    case 'compensation-bands':
      return figures.compensationBands
        ?.map((b) => {
          const range =
            b.debtToMinor === null
              ? `${formatMoneyInText(b.debtFromMinor, b.currency)} or more`
              : b.debtFromMinor === 0
                ? `up to ${formatMoneyInText(b.debtToMinor, b.currency)}`
                : `${formatMoneyInText(b.debtFromMinor, b.currency)} to ${formatMoneyInText(b.debtToMinor, b.currency)}`;
          return `${formatMoneyInText(b.amountMinor, b.currency)} for a debt of ${range}`;
        })
        .join('; ');
    case 'limitation-years':
      return figures.limitationYears === undefined ? undefined : plural(figures.limitationYears, 'year');
    case 'record-keeping-years':
      return figures.recordKeepingYears === undefined ? undefined : plural(figures.recordKeepingYears, 'year');
    default:
      return undefined;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const payerNames = { client: 'the client', freelancer: 'the freelancer' } as const;

/**
 * Conversion Fee figures by name: rate, annual-hours, minimum, maximum, payer, long-relationship-fee,
 * long-relationship-months, long-relationship-from, long-relationship-conflict, or for-rate:<hourly rate in minor
 * units> (a worked amount, e.g. for-rate:2000 → "$4,992 at $20 an hour").
 */
export function presentConversionFee(fee: ConversionFee, figure: string | undefined): PresentedFact | undefined {
  const hours = formatCount(fee.annualHours);
  const base = {
    label: 'Upwork Conversion Fee',
    text: `${formatBasisPoints(fee.rateBasisPoints)} × (hourly rate × ${hours} hours). The hourly rate is ${lowerFirst(fee.hourlyRateBasis)} ${fee.payer}`,
    sources: fee.sources,
    sourceDate: fee.sourceDate,
    confidence: fee.confidence,
    checked: fee.checked,
    note: fee.note,
  };
  const money = (minor: number) => formatMoneyInText(minor, fee.currency);
  if (figure?.startsWith('for-rate:')) {
    const rate = Number(figure.slice('for-rate:'.length));
    if (!Number.isSafeInteger(rate) || rate <= 0) return undefined;
    const worked = computeConversionFee(fee, rate);
    const limit = worked.limitedBy === null ? '' : ` (the ${worked.limitedBy})`;
    return { ...base, value: `${money(worked.feeMinor)}${limit} at ${money(rate)} an hour` };
  }
  switch (figure) {
    case undefined:
      return { ...base, value: base.text };
    case 'rate':
      return { ...base, value: formatBasisPoints(fee.rateBasisPoints) };
    case 'annual-hours':
      return { ...base, value: hours };
    case 'payer':
      return {
        ...base,
        value: `usually paid by ${payerNames[fee.usualPayer]}${fee.otherPayer ? `, though ${payerNames[fee.otherPayer]} may pay it instead` : ''}`,
      };
    case 'minimum':
    case 'maximum': {
      const limit = fee[figure];
      const value = money(limit.amountMinor);
      return {
        ...limit,
        label: `Conversion Fee ${figure}`,
        text: `The ${figure} Conversion Fee is ${value} per relationship.`,
        value,
      };
    }
    case 'long-relationship-fee':
    case 'long-relationship-months':
    case 'long-relationship-from': {
      const long = fee.longRelationship;
      const { conflict: _conflict, ...sourcing } = long;
      const value =
        figure === 'long-relationship-fee'
          ? money(long.feeMinor)
          : figure === 'long-relationship-months'
            ? plural(long.afterMonths, 'month')
            : formatDate(long.effectiveFrom);
      const due = long.stillDue ? ' It is still due: the relationship does not become free to move.' : '';
      return {
        ...sourcing,
        label: 'Conversion Fee after a long relationship',
        text: `After ${plural(long.afterMonths, 'month')}, the Conversion Fee is ${money(long.feeMinor)} (from ${formatDate(long.effectiveFrom)}).${due}`,
        value,
      };
    }
    case 'long-relationship-conflict': {
      const conflict = fee.longRelationship.conflict;
      return conflict && { ...conflict, value: conflict.text };
    }
    default:
      return undefined;
  }
}

function fromRule(rule: SourcedRule | RuleFact, figure: string | undefined): PresentedFact | undefined {
  const value = figure === undefined ? rule.text : presentFigure('figures' in rule ? rule.figures : undefined, figure);
  if (value === undefined) return undefined;
  return {
    label: rule.label,
    text: rule.text,
    value,
    sources: rule.sources,
    sourceDate: rule.sourceDate,
    confidence: rule.confidence,
    checked: rule.checked,
    note: rule.note,
  };
}

function fromPeriod(period: FeePeriod, componentId: string | undefined): PresentedFact | undefined {
  const parts = componentId === undefined ? period.components : period.components.filter((c) => c.id === componentId);
  if (componentId !== undefined && parts.length === 0) return undefined;
  const text =
    period.confidence === 'not-found'
      ? 'Not found in any source we could check.'
      : parts.map((c) => `${c.label}: ${describeFeeComponent(c)}`).join('; ');
  const only = parts.length === 1 ? parts[0] : undefined;
  return {
    label: period.label,
    text,
    value: only ? describeFeeComponent(only, 'text') : text,
    sources: period.sources,
    sourceDate: period.sourceDate,
    confidence: only?.confidence ?? period.confidence,
    checked: period.checked,
    note: only?.note ?? period.note,
  };
}

/** Where a <Fact> points. Exactly one of rule / platform / method. */
export interface FactQuery {
  rule?: string | undefined;
  platform?: string | undefined;
  method?: string | undefined;
  /** Fact, rule or protection id; for platforms also `off-platform-rule` or `conversion-fee`. */
  id?: string | undefined;
  /** A fee period id (platform or payment method). */
  period?: string | undefined;
  /** A component of that fee period. */
  component?: string | undefined;
  /** One named figure (see presentFigure and presentConversionFee). */
  figure?: string | undefined;
}

export interface FactData {
  rules: readonly Rule[];
  platforms: readonly Platform[];
  paymentMethods: readonly PaymentMethod[];
}

/**
 * Finds the value a <Fact> asks for, or throws with a message naming the query, so a typo in a guide fails the
 * build instead of printing nothing.
 */
export function presentFact(data: FactData, q: FactQuery): PresentedFact {
  const found = findFact(data, q);
  if (!found) throw new Error(`No fact matches ${JSON.stringify(q)}`);
  return found;
}

function findFact(data: FactData, q: FactQuery): PresentedFact | undefined {
  const targets = [q.rule, q.platform, q.method].filter((t) => t !== undefined);
  if (targets.length !== 1)
    throw new Error(`A fact needs exactly one of rule, platform or method: ${JSON.stringify(q)}`);
  if (q.rule !== undefined) {
    const fact = data.rules.find((r) => r.id === q.rule)?.facts.find((f) => f.id === q.id);
    return fact && fromRule(fact, q.figure);
  }
  if (q.platform !== undefined) {
    const platform = data.platforms.find((p) => p.id === q.platform);
    if (!platform) return undefined;
    if (q.period !== undefined) {
      const period = platform.feePeriods.find((p) => p.id === q.period);
      return period && fromPeriod(period, q.component);
    }
    if (q.id === 'off-platform-rule') {
      const r = platform.offPlatformRule;
      return { ...r, label: `${platform.name}: dealing off the platform`, text: r.summary, value: r.summary };
    }
    if (q.id === 'conversion-fee')
      return platform.conversionFee && presentConversionFee(platform.conversionFee, q.figure);
    const rule = [...platform.rules, ...platform.protections].find((r) => r.id === q.id);
    return rule && fromRule(rule, q.figure);
  }
  const method = data.paymentMethods.find((m) => m.id === q.method);
  if (!method) return undefined;
  if (q.period !== undefined) {
    const period = method.feePeriods.find((p) => p.id === q.period);
    return period && fromPeriod(period, q.component);
  }
  const rule = method.protections.find((r) => r.id === q.id);
  return rule && fromRule(rule, q.figure);
}

/**
 * The hourly rates (minor units) where the Conversion Fee formula meets its bounds: below `minimumBelow` the
 * minimum applies, above `maximumAbove` the maximum does. Lets a page say where the bounds start to matter
 * without hand-working them.
 */
export function findConversionFeeBoundRates(
  fee: Pick<ConversionFee, 'rateBasisPoints' | 'annualHours' | 'minimum' | 'maximum'>,
): {
  minimumBelow: number;
  maximumAbove: number;
} {
  // fee(rate) = rate × hours × bp / 10,000; solve for the rate at each bound, in whole minor units.
  const perMinorOfRate = (fee.annualHours * fee.rateBasisPoints) / 10_000;
  return {
    minimumBelow: Math.ceil(fee.minimum.amountMinor / perMinorOfRate),
    maximumAbove: Math.floor(fee.maximum.amountMinor / perMinorOfRate),
  };
}

/**
 * Late-payment interest and compensation on one payment, with the working. The terms are worded by late-terms.ts
 * from the same LateTerms object, so what the calculator computes is what the agreement says.
 */
import { applyBasisPoints, convertMinor, formatMoney, type CurrencyCode } from '../money';
import { formatDate } from '../dates';
import type { LateTerms } from './schema';
import { formatBasisPoints } from '../percent';
import { EU_LATE_PAYMENT, UK_LATE_PAYMENT, type StatutoryLateRule } from './statutory';
import { DAYS_PER_YEAR, annualRateBasisPoints } from './late-terms';

export interface LateChargeInput {
  /** The unpaid payment, in minor units of `currency`. */
  amountMinor: number;
  currency: CurrencyCode;
  /** Whole days after the due date; 0 or less means not late. */
  daysLate: number;
  late: LateTerms;
  /**
   * "1 plan currency = rate GBP" (UK) or "= rate EUR" (EU), typed by the reader; needed only when the plan is
   * not in the currency the statutory compensation is set in.
   */
  exchangeRate?: string;
  /** Figures to use instead of the built-in statutory ones (from the rules collection). */
  statutory?: { uk?: StatutoryLateRule; eu?: StatutoryLateRule };
}

export interface LateCharge {
  /** Interest in minor units of the plan currency. */
  interestMinor: number;
  /** Fixed compensation in `compensationCurrency`; null when it could not be worked out (no exchange rate). */
  compensationMinor: number | null;
  compensationCurrency: CurrencyCode;
  /** The working, one step per line, for the reader. */
  explanation: string[];
}

/** amount × annual rate × days / 365, rounded half-up, in integers only. */
export function computeSimpleInterest(amountMinor: number, annualBasisPoints: number, days: number): number {
  if (amountMinor <= 0 || annualBasisPoints <= 0 || days <= 0) return 0;
  const numerator = BigInt(amountMinor) * BigInt(Math.round(annualBasisPoints)) * BigInt(days);
  const denominator = 10_000n * BigInt(DAYS_PER_YEAR);
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

function findBand(rule: StatutoryLateRule, debtMinor: number) {
  return rule.compensationBands.find(
    (b) => debtMinor >= b.debtFromMinor && (b.debtToMinor === null || debtMinor <= b.debtToMinor),
  );
}

function compensationFor(
  rule: StatutoryLateRule,
  input: LateChargeInput,
  lines: string[],
): { compensationMinor: number | null; compensationCurrency: CurrencyCode } {
  const bandCurrency = (rule.compensationBands[0]?.currency ?? 'GBP') as CurrencyCode;
  const only = rule.compensationBands.length === 1 ? rule.compensationBands[0] : undefined;
  let debt: number | undefined = input.amountMinor;
  if (input.currency !== bandCurrency) {
    debt = input.exchangeRate
      ? convertMinor(input.amountMinor, input.currency, bandCurrency, input.exchangeRate)
      : undefined;
    if (debt !== undefined) {
      lines.push(
        `At your rate of 1 ${input.currency} = ${input.exchangeRate?.trim()} ${bandCurrency}, the debt is ${formatMoney(debt, bandCurrency)}.`,
      );
    }
  }
  // A single band (the EU's €40) does not depend on the debt, so it needs no conversion.
  const band = only ?? (debt === undefined ? undefined : findBand(rule, debt));
  if (!band) {
    lines.push(
      `Compensation: not worked out. It is set in ${bandCurrency} by the size of the debt, and this plan is in ${input.currency}; enter an exchange rate to work it out.`,
    );
    return { compensationMinor: null, compensationCurrency: bandCurrency };
  }
  const atLeast = rule.compensationKind === 'minimum' ? 'at least ' : '';
  const note = input.currency !== bandCurrency ? ` (in ${bandCurrency}, not converted to ${input.currency})` : '';
  lines.push(`Fixed compensation: ${atLeast}${formatMoney(band.amountMinor, bandCurrency)}${note}.`);
  return { compensationMinor: band.amountMinor, compensationCurrency: band.currency };
}

/** Interest and compensation on one late payment, with the working. Never throws for schema-valid terms. */
export function computeLateCharge(input: LateChargeInput): LateCharge {
  const { amountMinor, currency, late } = input;
  const daysLate = Number.isSafeInteger(input.daysLate) ? Math.max(0, input.daysLate) : 0;
  const lines: string[] = [];
  const money = (m: number) => formatMoney(m, currency);
  if (late.kind === 'none') {
    return {
      interestMinor: 0,
      compensationMinor: 0,
      compensationCurrency: currency,
      explanation: ['The plan sets no late-payment terms, so no interest or compensation is worked out.'],
    };
  }
  const annual = annualRateBasisPoints(late);
  let days = daysLate;
  lines.push(`The payment of ${money(amountMinor)} is ${daysLate === 1 ? '1 day' : `${daysLate} days`} late.`);
  if (late.kind === 'contract') {
    if (late.graceDays > 0) {
      days = Math.max(0, daysLate - late.graceDays);
      lines.push(`The first ${late.graceDays} days are a grace period, so interest runs for ${days} days.`);
    }
    const perMonth = late.per === 'month' ? `${formatBasisPoints(late.basisPoints)} a month, which is ` : '';
    lines.push(
      `Rate: ${perMonth}${formatBasisPoints(annual)} a year, simple interest counted per day over ${DAYS_PER_YEAR} days.`,
    );
  } else {
    const rule =
      late.kind === 'uk-statutory'
        ? (input.statutory?.uk ?? UK_LATE_PAYMENT)
        : (input.statutory?.eu ?? EU_LATE_PAYMENT);
    const atLeast = rule.interestKind === 'minimum' ? 'at least ' : '';
    lines.push(
      `Rate: ${atLeast}${formatBasisPoints(rule.basisPointsOverReference)} over ${rule.referenceName} (${formatBasisPoints(late.referenceRateBasisPoints)} as of ${formatDate(late.referenceRateAsOf)}, as you entered it), so ${formatBasisPoints(annual)} a year, simple interest counted per day over ${DAYS_PER_YEAR} days.`,
    );
  }
  let interest = computeSimpleInterest(amountMinor, annual, days);
  lines.push(
    `Interest: ${money(amountMinor)} × ${formatBasisPoints(annual)} × ${days} / ${DAYS_PER_YEAR} = ${money(interest)}.`,
  );
  if (late.kind === 'contract' && late.capBasisPoints !== null) {
    const cap = applyBasisPoints(amountMinor, late.capBasisPoints);
    if (interest > cap) {
      interest = cap;
      lines.push(
        `The cap of ${formatBasisPoints(late.capBasisPoints)} of the payment limits the interest to ${money(cap)}.`,
      );
    } else {
      lines.push(`The cap of ${formatBasisPoints(late.capBasisPoints)} of the payment (${money(cap)}) is not reached.`);
    }
  }
  if (late.kind === 'contract') {
    return { interestMinor: interest, compensationMinor: 0, compensationCurrency: currency, explanation: lines };
  }
  if (daysLate === 0) {
    const bandCurrency = late.kind === 'uk-statutory' ? 'GBP' : 'EUR';
    lines.push('The payment is not late, so no compensation is due.');
    return { interestMinor: 0, compensationMinor: 0, compensationCurrency: bandCurrency, explanation: lines };
  }
  const rule =
    late.kind === 'uk-statutory' ? (input.statutory?.uk ?? UK_LATE_PAYMENT) : (input.statutory?.eu ?? EU_LATE_PAYMENT);
  return { interestMinor: interest, ...compensationFor(rule, input, lines), explanation: lines };
}

/**
 * Stay or leave: Upwork's Conversion Fee (12% × highest hourly rate × 2,080, between a minimum and a maximum)
 * against the platform fees the freelancer would pay on the billings expected over the rest of the 24 months.
 * All figures come from the platforms collection, with their confidence; the fee rates are the reader's inputs.
 */
import { applyBasisPoints, formatMoney, splitByWeights, type CurrencyCode } from '../money';
import type { IsoDate } from '../dates';
import type { PaymentMethod } from '../facts/schema';
import type { Schedule } from './schema';
import type { Confidence } from '../facts/schema';
import { formatBasisPoints } from '../percent';
import { computeRouteFees, describeRange, type MinorRange } from './fees';
import { formatCount } from '../numbers';

/** The parts of the platforms collection's conversionFee this calculation needs. */
export interface ConversionFeeRule {
  rateBasisPoints: number;
  annualHours: number;
  currency: string;
  confidence: Confidence;
  minimum: { amountMinor: number; confidence: Confidence };
  maximum: { amountMinor: number; confidence: Confidence };
}

export interface ConversionFeeResult {
  /** 12% × rate × 2,080 before the minimum and maximum. */
  formulaMinor: number;
  /** The fee after the minimum and maximum. */
  feeMinor: number;
  /** Which bound changed the result, if any; its confidence is in the rule. */
  limitedBy: 'minimum' | 'maximum' | null;
  currency: CurrencyCode;
}

export function computeConversionFee(rule: ConversionFeeRule, hourlyRateMinor: number): ConversionFeeResult {
  const formulaMinor = applyBasisPoints(hourlyRateMinor * rule.annualHours, rule.rateBasisPoints);
  let feeMinor = formulaMinor;
  let limitedBy: ConversionFeeResult['limitedBy'] = null;
  if (feeMinor < rule.minimum.amountMinor) {
    feeMinor = rule.minimum.amountMinor;
    limitedBy = 'minimum';
  } else if (feeMinor > rule.maximum.amountMinor) {
    feeMinor = rule.maximum.amountMinor;
    limitedBy = 'maximum';
  }
  return { formulaMinor, feeMinor, limitedBy, currency: rule.currency as CurrencyCode };
}

export interface StayOrLeaveInput {
  rule: ConversionFeeRule;
  hourlyRateMinor: number;
  /** What the reader expects to bill this client over the rest of the 24 months, in the fee's currency. */
  expectedBillingsMinor: number;
  /** The platform's service fee the reader pays, in basis points (a reader input: the data marks it unverified). */
  platformFeeBasisPoints: number;
  /** The route used instead, with its fees on the same billings from the payment-method data. */
  route: { name: string; fees: MinorRange };
}

export interface StayOrLeaveResult {
  conversion: ConversionFeeResult;
  /** Platform fees on the expected billings. */
  stayCostMinor: number;
  /** Conversion Fee plus the other route's fees on the same billings; a range while a route figure is missing. */
  leaveCost: MinorRange;
  /**
   * Billings above which leaving costs less, at the route's fees as a share of the expected billings (its highest
   * when they are a range); null when the platform's fee is not above the route's, or the route's is unknown.
   */
  breakEvenMinor: number | null;
  cheaper: 'stay' | 'leave' | 'equal' | 'unknown';
  /** How the Conversion Fee was worked out, in one sentence. */
  working: string;
  sentence: string;
}

export function compareStayOrLeave(input: StayOrLeaveInput): StayOrLeaveResult {
  const conversion = computeConversionFee(input.rule, input.hourlyRateMinor);
  const c = conversion.currency;
  const money = (n: number) => formatMoney(n, c);
  const billings = input.expectedBillingsMinor;
  const stayCostMinor = applyBasisPoints(billings, input.platformFeeBasisPoints);
  const { fees } = input.route;
  const leaveCost = {
    low: fees.low === null ? null : conversion.feeMinor + fees.low,
    high: fees.high === null ? null : conversion.feeMinor + fees.high,
  };
  // The route's fees as a share of the billings, in basis points rounded up: a fair rate for the break-even.
  const routeBp = fees.high === null ? null : billings > 0 ? Math.ceil((fees.high * 10_000) / billings) : 0;
  const margin = routeBp === null ? null : input.platformFeeBasisPoints - routeBp;
  // Smallest billings B with B × margin / 10,000 ≥ fee, in whole minor units.
  const breakEvenMinor =
    margin !== null && margin > 0
      ? Number((BigInt(conversion.feeMinor) * 10_000n + BigInt(margin) - 1n) / BigInt(margin))
      : null;
  const cheaper: StayOrLeaveResult['cheaper'] =
    leaveCost.low !== null && stayCostMinor < leaveCost.low
      ? 'stay'
      : leaveCost.high !== null && stayCostMinor > leaveCost.high
        ? 'leave'
        : leaveCost.low !== null && leaveCost.low === leaveCost.high
          ? 'equal'
          : 'unknown';
  const formula = `${formatBasisPoints(input.rule.rateBasisPoints)} × ${money(input.hourlyRateMinor)} × ${formatCount(input.rule.annualHours)} hours = ${money(conversion.formulaMinor)}`;
  const working =
    conversion.limitedBy === 'minimum'
      ? `${formula}, raised to the minimum of ${money(conversion.feeMinor)}.`
      : conversion.limitedBy === 'maximum'
        ? `${formula}, lowered to the maximum of ${money(conversion.feeMinor)}.`
        : `${formula}.`;
  const platform = formatBasisPoints(input.platformFeeBasisPoints);
  const verdict = {
    stay: 'staying costs less',
    leave: 'paying the Conversion Fee costs less',
    equal: 'both cost the same',
    unknown: `which costs less depends on ${input.route.name}'s fees, which need your figure`,
  }[cheaper];
  const breakEven =
    breakEvenMinor === null
      ? routeBp === null
        ? ''
        : ` At a platform fee of ${platform}, staying costs less at any billings.`
      : ` Paying the fee becomes cheaper once you bill this client ${money(breakEvenMinor)} or more within the 24 months.`;
  const sentence = `On ${money(billings)} of billings, staying costs ${money(stayCostMinor)} in platform fees (${platform}); leaving costs ${describeRange(leaveCost, c)}: the Conversion Fee of ${money(conversion.feeMinor)} plus ${input.route.name}'s fees. So ${verdict}.${breakEven}`;
  return { conversion, stayCostMinor, leaveCost, breakEvenMinor, cheaper, working, sentence };
}

/**
 * What a route charges the freelancer on `billingsMinor` USD paid in `payments` equal parts, at its default
 * settings (US accounts, no conversion): the route's fees for the stay-or-leave comparison, a range while a
 * figure is missing.
 */
export function routeFeesOnBillings(
  method: PaymentMethod,
  billingsMinor: number,
  payments: number,
  date: IsoDate,
): MinorRange {
  const count = Math.max(1, Math.min(payments, 60));
  const parts =
    billingsMinor > 0
      ? splitByWeights(
          billingsMinor,
          Array.from({ length: count }, () => 1),
        )
      : [0];
  let cumulative = 0;
  const schedule: Schedule = {
    currency: 'USD',
    totalMinor: billingsMinor,
    payments: parts.map((amountMinor, i) => ({
      index: i + 1,
      kind: 'milestone',
      name: `Payment ${i + 1}`,
      deliveryDate: date,
      dueDate: date,
      amountMinor,
      cumulativeMinor: (cumulative += amountMinor),
    })),
  };
  return computeRouteFees(method, schedule, {
    date,
    region: 'US',
    international: false,
    conversion: false,
    feePayer: 'freelancer',
    rates: {},
    inputs: {},
    switches: {},
  }).freelancerFees;
}

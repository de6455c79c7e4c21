/**
 * Stay or leave: Upwork's Conversion Fee (12% × highest hourly rate × 2,080, between a minimum and a maximum)
 * against the platform fees the freelancer would pay on the billings expected over the rest of the 24 months.
 * All figures come from the platforms collection, with their confidence; the fee rates are the reader's inputs.
 */
import { applyBasisPoints, formatMoney, type CurrencyCode } from '../money';
import type { Confidence } from '../facts/schema';
import { formatBasisPoints } from '../percent';

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
  /** The fees of the route used instead, as a share of billings (0 if not known). */
  routeFeeBasisPoints: number;
}

export interface StayOrLeaveResult {
  conversion: ConversionFeeResult;
  /** Platform fees on the expected billings. */
  stayCostMinor: number;
  /** Conversion Fee plus the other route's fees on the same billings. */
  leaveCostMinor: number;
  /** Billings above which leaving costs less; null when the platform's fee is not above the route's. */
  breakEvenMinor: number | null;
  cheaper: 'stay' | 'leave' | 'equal';
  sentence: string;
}

export function compareStayOrLeave(input: StayOrLeaveInput): StayOrLeaveResult {
  const conversion = computeConversionFee(input.rule, input.hourlyRateMinor);
  const c = conversion.currency;
  const stayCostMinor = applyBasisPoints(input.expectedBillingsMinor, input.platformFeeBasisPoints);
  const leaveCostMinor = conversion.feeMinor + applyBasisPoints(input.expectedBillingsMinor, input.routeFeeBasisPoints);
  const margin = input.platformFeeBasisPoints - input.routeFeeBasisPoints;
  // Smallest billings B with B × margin / 10,000 ≥ fee, in whole minor units.
  const breakEvenMinor =
    margin > 0 ? Number((BigInt(conversion.feeMinor) * 10_000n + BigInt(margin) - 1n) / BigInt(margin)) : null;
  const cheaper = stayCostMinor < leaveCostMinor ? 'stay' : stayCostMinor > leaveCostMinor ? 'leave' : 'equal';
  const fee = formatMoney(conversion.feeMinor, c);
  const sentence =
    breakEvenMinor === null
      ? `At a platform fee of ${formatBasisPoints(input.platformFeeBasisPoints)}, staying always costs less than paying the Conversion Fee of ${fee}.`
      : `Paying the Conversion Fee of ${fee} costs less than the platform fee of ${formatBasisPoints(input.platformFeeBasisPoints)} once you bill this client ${formatMoney(breakEvenMinor, c)} or more over the 24 months; you expect ${formatMoney(input.expectedBillingsMinor, c)}, so ${cheaper === 'leave' ? 'paying the fee is cheaper' : cheaper === 'stay' ? 'staying is cheaper' : 'both cost the same'}.`;
  return { conversion, stayCostMinor, leaveCostMinor, breakEvenMinor, cheaper, sentence };
}

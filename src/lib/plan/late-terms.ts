/**
 * Late-payment terms in words, as the agreement states them, and the annual rate they come to. Apart from
 * late.ts (the calculator's figures and working) so the agreement ships only the wording.
 */
import { formatMoney, type CurrencyCode } from '../money';
import { formatDate } from '../dates';
import type { LateTerms } from './schema';
import { formatBasisPoints } from '../percent';
import { EU_LATE_PAYMENT, UK_LATE_PAYMENT, type StatutoryLateRule } from './statutory';

/** Interest is simple and counted per day over a year of this many days (stated in the wording). */
export const DAYS_PER_YEAR = 365;

/** Annual rate in basis points for the terms; statutory rates never go below zero. */
export function annualRateBasisPoints(late: LateTerms): number {
  switch (late.kind) {
    case 'none':
      return 0;
    case 'contract':
      return late.per === 'month' ? late.basisPoints * 12 : late.basisPoints;
    case 'uk-statutory':
      return Math.max(0, late.referenceRateBasisPoints + UK_LATE_PAYMENT.basisPointsOverReference);
    case 'eu-statutory':
      return Math.max(0, late.referenceRateBasisPoints + EU_LATE_PAYMENT.basisPointsOverReference);
  }
}

function describeBands(rule: StatutoryLateRule): string {
  const bands = rule.compensationBands;
  const amounts = bands.map((b) => formatMoney(b.amountMinor, b.currency));
  if (bands.length === 1)
    return `${rule.compensationKind === 'minimum' ? 'at least ' : ''}${amounts[0]} per late payment`;
  const last = amounts.pop();
  return `${amounts.join(', ')} or ${last} per late payment, depending on the size of the debt`;
}

/**
 * The late-payment terms in one paragraph, as the agreement states them. `currency` is the plan's currency.
 * The same LateTerms give computeLateCharge's figures.
 */
export function describeLateTerms(late: LateTerms, currency: CurrencyCode): string {
  switch (late.kind) {
    case 'none':
      return 'The agreement sets no interest or fee for late payment.';
    case 'contract': {
      const annual = annualRateBasisPoints(late);
      const rate =
        late.per === 'month'
          ? `${formatBasisPoints(late.basisPoints)} per month (${formatBasisPoints(annual)} per year)`
          : `${formatBasisPoints(late.basisPoints)} per year`;
      const start =
        late.graceDays > 0
          ? `from the ${ordinal(late.graceDays + 1)} day after the due date (the first ${late.graceDays} days are a grace period)`
          : 'from the day after the due date';
      const cap =
        late.capBasisPoints === null
          ? ''
          : ` Interest on a payment never exceeds ${formatBasisPoints(late.capBasisPoints)} of that payment.`;
      return `If a payment is late, the Client pays simple interest on the unpaid amount in ${currency} at ${rate}, counted per day over a ${DAYS_PER_YEAR}-day year, ${start} until the day it is paid.${cap}`;
    }
    case 'uk-statutory':
    case 'eu-statutory': {
      const rule = late.kind === 'uk-statutory' ? UK_LATE_PAYMENT : EU_LATE_PAYMENT;
      const atLeast = rule.interestKind === 'minimum' ? 'at least ' : '';
      const example = formatBasisPoints(annualRateBasisPoints(late));
      const reference = `${formatBasisPoints(late.referenceRateBasisPoints)} on ${formatDate(late.referenceRateAsOf)}`;
      const fixing =
        late.kind === 'uk-statutory'
          ? ' The base rate used is the one in force on the 30 June or 31 December before the payment became late.'
          : '';
      return `If a payment is late, the Freelancer may claim interest under ${rule.lawName}: simple interest of ${atLeast}${formatBasisPoints(rule.basisPointsOverReference)} per year over ${rule.referenceName} (${reference}, so ${atLeast}${example} per year), counted per day over a ${DAYS_PER_YEAR}-day year, and fixed compensation of ${describeBands(rule)}, plus reasonable costs of recovering the debt.${fixing}`;
    }
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The payment schedule: which payments fall due when, and for how much. Every amount comes from one
 * splitByWeights call per plan, so the payments always add up to the total to the last minor unit.
 */
import { MAX_MAJOR_UNITS, exponentOf, formatMoney, isCurrencyCode, splitByWeights } from '../money';
import { addDays, addMonths, compareDates, isIsoDate, type IsoDate } from '../dates';
import { formatBasisPoints } from '../percent';
import { PLAN_LIMITS, type Plan, type Payment, type PlanError, type ScheduleResult } from './schema';
import { formatCount } from '../numbers';

/** Stated under the schedule table; splitByWeights implements it (largest remainder, ties to the earliest). */
export const ODD_CENT_RULE =
  'When the total does not divide into whole cents (or the smallest unit of the currency), each leftover unit goes to the payment that was rounded down the most, and on a tie to the earliest payment.';

/** The largest total a plan may have, in minor units of `currency`. */
export function maxTotalMinor(currency: Plan['currency']): number {
  return MAX_MAJOR_UNITS * 10 ** exponentOf(currency);
}

/** rate × hours × weeks with hours in hundredths, rounded half-up; exact in BigInt. */
export function computeHourlyTotal(rateMinor: number, hoursPerWeek: number, weeks: number): number {
  const hundredths = BigInt(Math.round(hoursPerWeek * 100));
  const product = BigInt(rateMinor) * hundredths * BigInt(weeks);
  const total = (product * 2n + 100n) / 200n;
  return total > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(total);
}

/** The total the plan bills, before any check; NaN-free for any input that passed the schema. */
export function computePlanTotal(plan: Plan): number {
  const p = plan.pricing;
  return p.kind === 'fixed' ? p.totalMinor : computeHourlyTotal(p.rateMinor, p.hoursPerWeek, p.weeks);
}

interface Draft {
  kind: Payment['kind'];
  name: string;
  deliveryDate: IsoDate | null;
  /** Position as entered, to keep a stable order for payments due on the same day. */
  order: number;
}

function dueAfter(plan: Plan, delivery: IsoDate): IsoDate {
  return plan.paymentTerms.kind === 'net' ? addDays(delivery, plan.paymentTerms.days) : delivery;
}

function checkPricing(plan: Plan, total: number, errors: PlanError[]): void {
  const p = plan.pricing;
  if (p.kind === 'fixed') {
    if (p.totalMinor <= 0) errors.push({ field: 'pricing.totalMinor', message: 'Enter a total above zero' });
  } else {
    if (p.rateMinor <= 0) errors.push({ field: 'pricing.rateMinor', message: 'Enter an hourly rate above zero' });
    if (!(p.hoursPerWeek > 0)) {
      errors.push({ field: 'pricing.hoursPerWeek', message: 'Enter the hours per week, above zero' });
    } else if (Math.round(p.hoursPerWeek * 100) !== p.hoursPerWeek * 100) {
      errors.push({ field: 'pricing.hoursPerWeek', message: 'Enter hours with at most 2 decimal places' });
    }
    if (!(p.weeks >= 1)) errors.push({ field: 'pricing.weeks', message: 'Enter a number of weeks of 1 or more' });
    if (!(p.invoiceEveryWeeks >= 1)) {
      errors.push({ field: 'pricing.invoiceEveryWeeks', message: 'Enter how often you invoice, 1 week or more' });
    }
  }
  if (total > maxTotalMinor(plan.currency)) {
    const field = p.kind === 'fixed' ? 'pricing.totalMinor' : 'pricing.rateMinor';
    errors.push({
      field,
      message: `The total is above ${formatCount(MAX_MAJOR_UNITS)} ${plan.currency}, the largest this tool handles`,
    });
  }
}

/** Deposit in minor units, or undefined after reporting why it is not usable. */
function computeDeposit(plan: Plan, total: number, errors: PlanError[]): number | undefined {
  const d = plan.deposit;
  if (d.kind === 'none') return 0;
  if (d.kind === 'percent') {
    if (d.basisPoints > 10_000) {
      errors.push({ field: 'deposit', message: 'Enter a deposit of 100% or less' });
      return undefined;
    }
    return d.basisPoints === 0 ? 0 : (splitByWeights(total, [d.basisPoints, 10_000 - d.basisPoints])[0] ?? 0);
  }
  if (d.minor > total) {
    errors.push({ field: 'deposit', message: 'Enter a deposit no larger than the total' });
    return undefined;
  }
  return d.minor;
}

/** The path of the share field the reader most likely needs to change when the shares do not add up. */
function lastShareField(plan: Plan, kind: 'percent' | 'amount'): string {
  const i = plan.milestones.map((m) => m.share.kind).lastIndexOf(kind);
  return i >= 0 ? `milestones.${i}.share` : 'deposit';
}

/**
 * Milestone amounts for a fixed price. Percentages are shares of the total, amounts are fixed, and "equal"
 * milestones split what the deposit and the others leave into parts that differ by at most one minor unit.
 * Without equal milestones, percentages and amounts must make up the total exactly; every message says what the
 * shares add up to, so the reader knows how far off they are.
 */
function splitFixed(
  plan: Plan,
  total: number,
  deposit: number,
  errors: PlanError[],
): { deposit: number; amounts: number[] } | undefined {
  const ms = plan.milestones;
  const depositBp = plan.deposit.kind === 'percent' ? plan.deposit.basisPoints : 0;
  const percentBp = ms.reduce((s, m) => s + (m.share.kind === 'percent' ? m.share.basisPoints : 0), depositBp);
  const fixedDeposit = plan.deposit.kind === 'amount' ? deposit : 0;
  const amounts = ms.reduce((s, m) => s + (m.share.kind === 'amount' ? m.share.minor : 0), fixedDeposit);
  const equalCount = ms.filter((m) => m.share.kind === 'equal').length;
  const money = (n: number) => formatMoney(n, plan.currency);

  if (percentBp > 10_000) {
    errors.push({
      field: lastShareField(plan, 'percent'),
      message: `The deposit and milestone shares add up to ${formatBasisPoints(percentBp)}, more than 100%`,
    });
    return undefined;
  }
  // One split over every percentage and what they leave, so the odd-unit rule covers them all at once.
  const weights = ms.map((m) => (m.share.kind === 'percent' ? m.share.basisPoints : 0));
  const parts =
    percentBp > 0
      ? splitByWeights(total, [depositBp, ...weights, 10_000 - percentBp])
      : [0, ...weights.map(() => 0), total];
  const leftByPercent = parts[parts.length - 1] ?? 0;
  const remainder = leftByPercent - amounts;
  if (remainder < 0) {
    errors.push({
      field: lastShareField(plan, 'amount'),
      message: `The deposit and milestone amounts add up to ${money(total - leftByPercent + amounts)}, more than the total of ${money(total)}`,
    });
    return undefined;
  }
  if (equalCount === 0 && remainder !== 0) {
    const field = lastShareField(plan, ms.some((m) => m.share.kind === 'percent') ? 'percent' : 'amount');
    const message =
      amounts === 0
        ? `The deposit and milestone shares add up to ${formatBasisPoints(percentBp)}; they must add up to 100%`
        : `The deposit and milestones add up to ${money(total - remainder)}; they must add up to the total of ${money(total)}`;
    errors.push({ field, message });
    return undefined;
  }
  if (equalCount > 0 && remainder < equalCount) {
    const first = ms.findIndex((m) => m.share.kind === 'equal');
    errors.push({
      field: `milestones.${first}.share`,
      message: `The deposit and the other milestones leave ${money(remainder)} for the equal payments; lower them, or choose a share for each milestone`,
    });
    return undefined;
  }
  const equalParts =
    equalCount > 0
      ? splitByWeights(
          remainder,
          Array.from({ length: equalCount }, () => 1),
        )
      : [];
  let nextEqual = 0;
  return {
    deposit: plan.deposit.kind === 'percent' ? (parts[0] ?? 0) : deposit,
    amounts: ms.map((m, i) =>
      m.share.kind === 'amount'
        ? m.share.minor
        : m.share.kind === 'equal'
          ? (equalParts[nextEqual++] ?? 0)
          : (parts[i + 1] ?? 0),
    ),
  };
}

/** The day a milestone's work is delivered: its date, or so many days or months after the start. */
export function deliveryDateOf(plan: Plan, m: Plan['milestones'][number]): IsoDate {
  if (m.due.kind === 'date') return m.due.date;
  return m.due.kind === 'months-after-start'
    ? addMonths(plan.startDate, m.due.months)
    : addDays(plan.startDate, m.due.days);
}

function buildFixed(plan: Plan, total: number, deposit: number, errors: PlanError[]) {
  // Returns the deposit too: with percentage shares it comes out of the same split as the milestones.
  const drafts: Draft[] = [];
  if (plan.milestones.length === 0) {
    errors.push({ field: 'milestones', message: 'Add at least one milestone' });
    return undefined;
  }
  plan.milestones.forEach((m, i) => {
    if (m.name.trim() === '')
      errors.push({ field: `milestones.${i}.name`, message: 'Enter a name for this milestone' });
    if (m.share.kind === 'percent' && m.share.basisPoints === 0) {
      errors.push({ field: `milestones.${i}.share`, message: 'Enter a share above zero' });
    }
    if (m.share.kind === 'amount' && m.share.minor === 0) {
      errors.push({ field: `milestones.${i}.share`, message: 'Enter an amount above zero' });
    }
    let delivery: IsoDate | null = null;
    if (m.due.kind === 'date' && !isIsoDate(m.due.date)) {
      errors.push({ field: `milestones.${i}.due`, message: 'Enter a real date' });
    } else if (m.due.kind === 'date' && compareDates(m.due.date, plan.startDate) < 0) {
      errors.push({ field: `milestones.${i}.due`, message: 'Enter a date on or after the start date' });
    } else delivery = deliveryDateOf(plan, m);
    drafts.push({ kind: 'milestone', name: m.name.trim(), deliveryDate: delivery, order: i });
  });
  if (errors.length > 0) return undefined;
  const split = splitFixed(plan, total, deposit, errors);
  if (!split) return undefined;
  return { deposit: split.deposit, items: drafts.map((d, i) => ({ ...d, amount: split.amounts[i] ?? 0 })) };
}

function buildHourly(plan: Plan, total: number, deposit: number) {
  if (plan.pricing.kind !== 'hourly') return { deposit, items: [] };
  const { weeks, invoiceEveryWeeks } = plan.pricing;
  const periods: number[] = [];
  for (let w = 0; w < weeks; w += invoiceEveryWeeks) periods.push(Math.min(invoiceEveryWeeks, weeks - w));
  const amounts = total - deposit > 0 ? splitByWeights(total - deposit, periods) : periods.map(() => 0);
  let week = 0;
  const items = periods.map((length, i) => {
    week += length;
    const span = length === 1 ? `week ${week}` : `weeks ${week - length + 1}–${week}`;
    return {
      kind: 'invoice' as const,
      name: `Invoice ${i + 1} (${span})`,
      deliveryDate: addDays(plan.startDate, week * 7),
      order: i,
      amount: amounts[i] ?? 0,
    };
  });
  return { deposit, items };
}

/** How many payments a plan makes, without building it (the form warns before the limit). */
export function countPayments(plan: Plan): number {
  const deposit = plan.deposit.kind === 'none' ? 0 : 1;
  if (plan.pricing.kind === 'hourly') {
    const every = Math.max(1, plan.pricing.invoiceEveryWeeks);
    return deposit + Math.ceil(Math.max(0, plan.pricing.weeks) / every);
  }
  return deposit + plan.milestones.length;
}

/** Builds the schedule, or every problem found, each with the field it belongs to. Never throws. */
export function buildSchedule(plan: Plan): ScheduleResult {
  try {
    return buildUnchecked(plan);
  } catch {
    // Only reachable through dates past year 9999 or state that bypassed the schema.
    return { ok: false, errors: [{ field: 'startDate', message: 'Enter dates between the years 1000 and 9999' }] };
  }
}

function buildUnchecked(plan: Plan): ScheduleResult {
  const errors: PlanError[] = [];
  if (!isCurrencyCode(plan.currency))
    return { ok: false, errors: [{ field: 'currency', message: 'Choose a currency' }] };
  if (!isIsoDate(plan.startDate)) errors.push({ field: 'startDate', message: 'Enter a real start date' });
  const total = computePlanTotal(plan);
  checkPricing(plan, total, errors);
  const count = countPayments(plan);
  if (count > PLAN_LIMITS.maxPayments) {
    errors.push({
      field: plan.pricing.kind === 'hourly' ? 'pricing.invoiceEveryWeeks' : 'milestones',
      message: `This plan has ${count} payments; the most this tool allows is ${PLAN_LIMITS.maxPayments}`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  const provisional = computeDeposit(plan, total, errors);
  if (provisional === undefined) return { ok: false, errors };
  const built =
    plan.pricing.kind === 'fixed'
      ? buildFixed(plan, total, provisional, errors)
      : buildHourly(plan, total, provisional);
  if (!built || errors.length > 0) return { ok: false, errors };
  const { deposit, items } = built;

  const dated = items
    .map((item) => ({ ...item, dueDate: dueAfter(plan, item.deliveryDate ?? plan.startDate) }))
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.order - b.order);
  const withDeposit =
    plan.deposit.kind === 'none' || deposit === 0
      ? dated
      : [
          {
            kind: 'deposit' as const,
            name: 'Deposit',
            deliveryDate: null,
            order: -1,
            amount: deposit,
            dueDate: plan.startDate,
          },
          ...dated,
        ];
  let cumulative = 0;
  const payments: Payment[] = withDeposit.map((p, i) => {
    cumulative += p.amount;
    return {
      index: i + 1,
      kind: p.kind,
      name: p.name,
      deliveryDate: p.deliveryDate,
      dueDate: p.dueDate,
      amountMinor: p.amount,
      cumulativeMinor: cumulative,
    };
  });
  return { ok: true, schedule: { currency: plan.currency, totalMinor: total, payments } };
}

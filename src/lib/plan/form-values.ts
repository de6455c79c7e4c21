/**
 * The plan form's values: what the reader typed, as text, and the ways to make them: a blank form, or the form
 * that shows a plan. Apart from the form's description (form.ts), so code that only holds or restores values (the
 * agreement's saved state) does not load the calculator's reading of them.
 */
import { formatMinorAsInput, type DecimalMark } from '../money';
import type { IsoDate } from '../dates';
import type { Plan } from './schema';

export type MilestoneValues = {
  name: string;
  shareKind: 'percent' | 'amount' | 'equal';
  sharePercent: string;
  shareAmount: string;
  dueKind: 'days-after-start' | 'months-after-start' | 'date';
  dueDays: string;
  dueMonths: string;
  dueDate: string;
};

/** The plan as the reader typed it: text throughout, read into a Plan by readPlanForm. */
export type PlanFormValues = {
  currency: string;
  /** 'auto' infers the decimal mark and asks when an amount reads two ways. */
  decimalMark: 'auto' | DecimalMark;
  pricingKind: 'fixed' | 'hourly';
  total: string;
  rate: string;
  hours: string;
  weeks: string;
  every: string;
  startDate: string;
  depositKind: 'none' | 'percent' | 'amount';
  depositPercent: string;
  depositAmount: string;
  milestones: MilestoneValues[];
  termsKind: 'on-delivery' | 'net';
  netDays: string;
  routes: string[];
  feePayer: 'freelancer' | 'client' | 'split';
  lateKind: 'none' | 'contract' | 'uk-statutory' | 'eu-statutory';
  lateRate: string;
  latePer: 'month' | 'year';
  graceDays: string;
  cap: string;
  referenceRate: string;
  referenceAsOf: string;
};

/** One milestone's values. */
export function milestone(
  name: string,
  share: Plan['milestones'][number]['share'],
  due: Plan['milestones'][number]['due'],
): MilestoneValues {
  return {
    name,
    shareKind: share.kind,
    sharePercent: share.kind === 'percent' ? formatPercentInput(share.basisPoints) : '',
    shareAmount: '',
    dueKind: due.kind,
    dueDays: due.kind === 'days-after-start' ? String(due.days) : '14',
    dueMonths: due.kind === 'months-after-start' ? String(due.months) : '1',
    dueDate: due.kind === 'date' ? due.date : '',
  };
}

/** "12.5" for 1250 basis points. */
export function formatPercentInput(bp: number): string {
  return (bp / 100).toFixed(2).replace(/\.?0+$/, '');
}

/**
 * A new plan form. Nothing is chosen that the reader must decide (the deposit, the milestones' shares): a fixed
 * price, no deposit yet, one milestone for the whole price, invoices due net 14.
 */
export function createEmptyForm(today: IsoDate, routes: readonly string[] = []): PlanFormValues {
  return {
    currency: 'USD',
    decimalMark: 'auto',
    pricingKind: 'fixed',
    total: '',
    rate: '',
    hours: '',
    weeks: '',
    every: '2',
    startDate: today,
    depositKind: 'none',
    depositPercent: '',
    depositAmount: '',
    milestones: [milestone('Delivery', { kind: 'equal' }, { kind: 'days-after-start', days: 28 })],
    termsKind: 'net',
    netDays: '14',
    routes: [...routes],
    feePayer: 'freelancer',
    lateKind: 'none',
    lateRate: '1.5',
    latePer: 'month',
    graceDays: '7',
    cap: '',
    referenceRate: '',
    referenceAsOf: '',
  };
}

/** The form that shows `plan`; readPlanForm reads it back to the same plan. */
export function formFromPlan(plan: Plan): PlanFormValues {
  const c = plan.currency;
  const money = (m: number) => formatMinorAsInput(m, c);
  const p = plan.pricing;
  const late = plan.late;
  const statutory = late.kind === 'uk-statutory' || late.kind === 'eu-statutory';
  return {
    currency: c,
    // formatMinorAsInput writes a point before the decimals, which "4.000" in a 3-decimal currency needs said.
    decimalMark: '.',
    pricingKind: p.kind,
    total: p.kind === 'fixed' ? money(p.totalMinor) : '',
    rate: p.kind === 'hourly' ? money(p.rateMinor) : '',
    hours: p.kind === 'hourly' ? String(p.hoursPerWeek) : '',
    weeks: p.kind === 'hourly' ? String(p.weeks) : '',
    every: p.kind === 'hourly' ? String(p.invoiceEveryWeeks) : '2',
    startDate: plan.startDate,
    depositKind: plan.deposit.kind,
    depositPercent: plan.deposit.kind === 'percent' ? formatPercentInput(plan.deposit.basisPoints) : '',
    depositAmount: plan.deposit.kind === 'amount' ? money(plan.deposit.minor) : '',
    // An hourly plan has none, but the form keeps one ready for a switch to a fixed price.
    milestones:
      plan.milestones.length > 0
        ? plan.milestones.map((m) => ({
            ...milestone(m.name, m.share, m.due),
            shareAmount: m.share.kind === 'amount' ? money(m.share.minor) : '',
          }))
        : createEmptyForm(plan.startDate).milestones,
    termsKind: plan.paymentTerms.kind,
    netDays: plan.paymentTerms.kind === 'net' ? String(plan.paymentTerms.days) : '14',
    routes: [...plan.routes],
    feePayer: plan.feePayer,
    lateKind: late.kind,
    lateRate: late.kind === 'contract' ? formatPercentInput(late.basisPoints) : '1.5',
    latePer: late.kind === 'contract' ? late.per : 'month',
    graceDays: late.kind === 'contract' ? String(late.graceDays) : '7',
    cap: late.kind === 'contract' && late.capBasisPoints !== null ? formatPercentInput(late.capBasisPoints) : '',
    referenceRate: statutory ? formatPercentInput(late.referenceRateBasisPoints) : '',
    referenceAsOf: statutory ? late.referenceRateAsOf : '',
  };
}

/**
 * The calculator's form as the reader typed it (strings), and its reading into a Plan. Every message is tied to
 * a field id, so the island only shows what this module decides.
 */
import { CURRENCIES, formatMinorAsInput, type CurrencyCode } from '../money';
import type { IsoDate } from '../dates';
import type { FeePayer, LateTerms, Plan, PlanSuggestion } from './schema';

export interface MilestoneForm {
  name: string;
  shareKind: 'percent' | 'amount';
  share: string;
  dueKind: 'days-after-start' | 'date';
  due: string;
}

export interface PlanForm {
  currency: string;
  pricingKind: 'fixed' | 'hourly';
  total: string;
  rate: string;
  hours: string;
  weeks: string;
  every: string;
  startDate: string;
  depositKind: 'none' | 'percent' | 'amount';
  deposit: string;
  milestones: MilestoneForm[];
  termsKind: 'on-delivery' | 'net';
  netDays: string;
  routes: string[];
  feePayer: FeePayer;
  lateKind: LateTerms['kind'];
  lateRate: string;
  latePer: 'month' | 'year';
  graceDays: string;
  cap: string;
  referenceRate: string;
  referenceAsOf: string;
}

export const FEE_PAYERS = [
  ['freelancer', 'I pay the fees'],
  ['client', 'The client pays the fees'],
  ['split', 'We split the fees half and half'],
] as const;

export const PRESETS = {
  'fifty-fifty': '50% up front, 50% on delivery',
  'thirty-forty-thirty': '30% up front, 40% midway, 30% on delivery',
  'deposit-three': 'Deposit of 25% plus three equal milestones',
  retainer: 'Monthly retainer for 3 months',
} as const;
export type PresetId = keyof typeof PRESETS;

/** Element id of the control that a PlanError's field path belongs to. */
export function fieldId(path: string): string {
  const m = /^milestones\.(\d+)\.(name|share|due)$/.exec(path);
  if (m) return `pp-m${m[1]}-${m[2]}`;
  const ids: Record<string, string> = {
    currency: 'pp-currency',
    'pricing.totalMinor': 'pp-total',
    'pricing.rateMinor': 'pp-rate',
    'pricing.hoursPerWeek': 'pp-hours',
    'pricing.weeks': 'pp-weeks',
    'pricing.invoiceEveryWeeks': 'pp-every',
    startDate: 'pp-start',
    deposit: 'pp-deposit',
    milestones: 'pp-m0-share',
    paymentTerms: 'pp-net',
    'late.rate': 'pp-late-rate',
    'late.grace': 'pp-grace',
    'late.cap': 'pp-cap',
    'late.reference': 'pp-ref',
    'late.asOf': 'pp-ref-date',
  };
  return ids[path] ?? 'pp-total';
}

function milestone(name: string, bp: number, days: number): MilestoneForm {
  return { name, shareKind: 'percent', share: formatPercentInput(bp), dueKind: 'days-after-start', due: String(days) };
}

/** "12.5" for 1250 basis points. */
export function formatPercentInput(bp: number): string {
  return (bp / 100).toFixed(2).replace(/\.?0+$/, '');
}

export function createEmptyForm(today: IsoDate): PlanForm {
  return {
    currency: 'USD',
    pricingKind: 'fixed',
    total: '',
    rate: '',
    hours: '',
    weeks: '',
    every: '2',
    startDate: today,
    depositKind: 'percent',
    deposit: '50',
    milestones: [milestone('Delivery', 5_000, 28)],
    termsKind: 'net',
    netDays: '14',
    routes: ['paypal'],
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

/** Splits 10,000 basis points into n shares, the earliest getting any remainder. */
function equalShares(totalBp: number, n: number): number[] {
  const each = Math.floor(totalBp / n);
  return Array.from({ length: n }, (_, i) => each + (i < totalBp - each * n ? 1 : 0));
}

export function applyPreset(form: PlanForm, preset: PresetId): PlanForm {
  const fixed = { ...form, pricingKind: 'fixed' as const };
  switch (preset) {
    case 'fifty-fifty':
      return { ...fixed, depositKind: 'percent', deposit: '50', milestones: [milestone('Delivery', 5_000, 28)] };
    case 'thirty-forty-thirty':
      return {
        ...fixed,
        depositKind: 'percent',
        deposit: '30',
        milestones: [milestone('Midway', 4_000, 14), milestone('Delivery', 3_000, 28)],
      };
    case 'deposit-three':
      return {
        ...fixed,
        depositKind: 'percent',
        deposit: '25',
        milestones: equalShares(7_500, 3).map((bp, i) => milestone(`Milestone ${i + 1}`, bp, (i + 1) * 14)),
      };
    case 'retainer':
      return {
        ...fixed,
        depositKind: 'none',
        deposit: '',
        termsKind: 'on-delivery',
        milestones: equalShares(10_000, 3).map((bp, i) => milestone(`Month ${i + 1}`, bp, (i + 1) * 30)),
      };
  }
}

/** The trust check's suggestion: its deposit share, then the rest in equal milestones two weeks apart. */
export function applySuggestion(form: PlanForm, s: PlanSuggestion): PlanForm {
  const rest = 10_000 - s.depositBasisPoints;
  return {
    ...form,
    pricingKind: 'fixed',
    depositKind: s.depositBasisPoints > 0 ? 'percent' : 'none',
    deposit: formatPercentInput(s.depositBasisPoints),
    milestones:
      rest > 0
        ? equalShares(rest, s.milestoneCount).map((bp, i) => milestone(`Milestone ${i + 1}`, bp, (i + 1) * 14))
        : [],
  };
}

export function describeSuggestion(s: PlanSuggestion): string {
  const n = s.milestoneCount === 1 ? '1 milestone' : `${s.milestoneCount} milestones`;
  return `The trust check found a ${s.band} risk, so it suggests a ${formatPercentInput(s.depositBasisPoints)}% deposit and ${n}: a larger deposit and smaller milestones keep less unpaid work at risk. You can change them.`;
}

export function formFromPlan(plan: Plan): PlanForm {
  const c = plan.currency;
  const money = (m: number) => formatMinorAsInput(m, c);
  const p = plan.pricing;
  const late = plan.late;
  return {
    currency: c,
    pricingKind: p.kind,
    total: p.kind === 'fixed' ? money(p.totalMinor) : '',
    rate: p.kind === 'hourly' ? money(p.rateMinor) : '',
    hours: p.kind === 'hourly' ? String(p.hoursPerWeek) : '',
    weeks: p.kind === 'hourly' ? String(p.weeks) : '',
    every: p.kind === 'hourly' ? String(p.invoiceEveryWeeks) : '2',
    startDate: plan.startDate,
    depositKind: plan.deposit.kind,
    deposit:
      plan.deposit.kind === 'percent'
        ? formatPercentInput(plan.deposit.basisPoints)
        : plan.deposit.kind === 'amount'
          ? money(plan.deposit.minor)
          : '',
    milestones: plan.milestones.map((m) => ({
      name: m.name,
      shareKind: m.share.kind,
      share: m.share.kind === 'percent' ? formatPercentInput(m.share.basisPoints) : money(m.share.minor),
      dueKind: m.due.kind,
      due: m.due.kind === 'date' ? m.due.date : String(m.due.days),
    })),
    termsKind: plan.paymentTerms.kind,
    netDays: plan.paymentTerms.kind === 'net' ? String(plan.paymentTerms.days) : '14',
    routes: [...plan.routes],
    feePayer: plan.feePayer,
    lateKind: late.kind,
    lateRate: late.kind === 'contract' ? formatPercentInput(late.basisPoints) : '1.5',
    latePer: late.kind === 'contract' ? late.per : 'month',
    graceDays: late.kind === 'contract' ? String(late.graceDays) : '7',
    cap: late.kind === 'contract' && late.capBasisPoints !== null ? formatPercentInput(late.capBasisPoints) : '',
    referenceRate:
      late.kind === 'uk-statutory' || late.kind === 'eu-statutory'
        ? formatPercentInput(late.referenceRateBasisPoints)
        : '',
    referenceAsOf: late.kind === 'uk-statutory' || late.kind === 'eu-statutory' ? late.referenceRateAsOf : '',
  };
}

/** Currency choices for the select, in the order of money.ts; the page passes them to the island as props. */
export function listCurrencies(): { code: CurrencyCode; name: string }[] {
  return (Object.keys(CURRENCIES) as CurrencyCode[]).map((code) => ({ code, name: CURRENCIES[code].name }));
}

/**
 * Reading the calculator's form into a Plan, and the whole calculation from form to schedule and risk. Kept apart
 * from form.ts so the island can load it with import() after the form is on screen.
 */
import { parseAmount, isCurrencyCode, type CurrencyCode } from '../money';
import { daysBetween, parseIsoDate } from '../dates';
import { PLAN_LIMITS } from './limits';
import type { LateTerms, Plan, PlanError, Schedule } from './schema';
import { formatPercentInput, type PlanForm } from './form';
import { buildSchedule } from './schedule';
import { computeRisk, type RiskProfile } from './risk';

/** A percentage with at most 2 decimals, as basis points; negative allowed only when asked (reference rates). */
export function parsePercent(
  text: string,
  opts: { max?: number; allowNegative?: boolean } = {},
): { ok: true; bp: number } | { ok: false; error: string } {
  const s = text.trim().replace(/%$/, '').trim().replace(',', '.').replace('\u2212', '-');
  const m = /^(-?)(\d{1,5})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(s)) return { ok: false, error: 'Enter a percentage with at most 2 decimal places' };
    return { ok: false, error: 'Enter a percentage, like 12.5' };
  }
  if (m[1] && !opts.allowNegative) return { ok: false, error: 'Enter a percentage of zero or more' };
  const bp = (Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))) * (m[1] ? -1 : 1);
  const max = opts.max ?? 10_000;
  if (bp > max) return { ok: false, error: `Enter a percentage no larger than ${formatPercentInput(max)}` };
  return { ok: true, bp };
}

export function parseWhole(
  text: string,
  min: number,
  max: number,
  what: string,
): { ok: true; n: number } | { ok: false; error: string } {
  const s = text.trim();
  if (!/^\d{1,6}$/.test(s)) return { ok: false, error: `Enter ${what} as a whole number` };
  const n = Number(s);
  if (n < min) return { ok: false, error: `Enter ${what} of ${min} or more` };
  if (n > max) return { ok: false, error: `Enter ${what} of ${max} or fewer` };
  return { ok: true, n };
}

export type ReadResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

/** Reads the form into a Plan; every problem comes back with the field path that fieldId maps to a control. */
export function readPlanForm(form: PlanForm): ReadResult {
  const errors: PlanError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  if (!isCurrencyCode(form.currency)) {
    return { ok: false, errors: [{ field: 'currency', message: 'Choose a currency from the list' }] };
  }
  const currency: CurrencyCode = form.currency;
  const amount = (text: string, field: string, what: string): number => {
    if (text.trim() === '') {
      fail(field, `Enter ${what}`);
      return 0;
    }
    const r = parseAmount(text, currency);
    if (!r.ok) fail(field, r.error);
    return r.ok ? r.minor : 0;
  };
  const whole = (text: string, field: string, min: number, max: number, what: string): number => {
    const r = parseWhole(text, min, max, what);
    if (!r.ok) fail(field, r.error);
    return r.ok ? r.n : min;
  };

  const start = parseIsoDate(form.startDate);
  if (!start.ok)
    fail('startDate', form.startDate.trim() === '' ? 'Enter the start date, like 2026-03-15' : start.error);
  const startDate = start.ok ? start.date : '2000-01-01';

  let pricing: Plan['pricing'];
  if (form.pricingKind === 'fixed') {
    pricing = { kind: 'fixed', totalMinor: amount(form.total, 'pricing.totalMinor', 'the total price') };
  } else {
    const rateMinor = amount(form.rate, 'pricing.rateMinor', 'your hourly rate');
    const hours = parsePercent(form.hours, { max: 16_800 });
    if (!hours.ok) {
      fail(
        'pricing.hoursPerWeek',
        form.hours.trim() === ''
          ? 'Enter the hours per week'
          : 'Enter hours per week from 0.01 to 168, with at most 2 decimals',
      );
    } else if (hours.bp === 0) fail('pricing.hoursPerWeek', 'Enter hours per week above zero');
    const weeks = whole(form.weeks, 'pricing.weeks', 1, PLAN_LIMITS.maxWeeks, 'the number of weeks');
    const every = whole(form.every, 'pricing.invoiceEveryWeeks', 1, 52, 'how many weeks each invoice covers');
    pricing = {
      kind: 'hourly',
      rateMinor,
      hoursPerWeek: hours.ok ? hours.bp / 100 : 0,
      weeks,
      invoiceEveryWeeks: every,
    };
  }

  let deposit: Plan['deposit'] = { kind: 'none' };
  if (form.depositKind === 'percent') {
    const r = parsePercent(form.deposit);
    if (!r.ok) fail('deposit', r.error);
    else deposit = { kind: 'percent', basisPoints: r.bp };
  } else if (form.depositKind === 'amount') {
    deposit = { kind: 'amount', minor: amount(form.deposit, 'deposit', 'the deposit amount') };
  }

  const milestones: Plan['milestones'] = [];
  if (form.pricingKind === 'fixed') {
    if (form.milestones.length > PLAN_LIMITS.maxPayments) {
      fail('milestones', `Enter at most ${PLAN_LIMITS.maxPayments} milestones`);
    }
    form.milestones.slice(0, PLAN_LIMITS.maxPayments).forEach((m, i) => {
      const name = m.name.trim();
      if (name === '') fail(`milestones.${i}.name`, `Enter a name for milestone ${i + 1}`);
      else if (name.length > PLAN_LIMITS.maxNameLength) {
        fail(`milestones.${i}.name`, `Enter a name of at most ${PLAN_LIMITS.maxNameLength} characters`);
      }
      let share: Plan['milestones'][number]['share'] = { kind: 'percent', basisPoints: 0 };
      if (m.shareKind === 'percent') {
        const r = parsePercent(m.share);
        if (!r.ok) fail(`milestones.${i}.share`, r.error);
        else share = { kind: 'percent', basisPoints: r.bp };
      } else {
        share = { kind: 'amount', minor: amount(m.share, `milestones.${i}.share`, `the amount of milestone ${i + 1}`) };
      }
      let due: Plan['milestones'][number]['due'] = { kind: 'days-after-start', days: 0 };
      if (m.dueKind === 'date') {
        const d = parseIsoDate(m.due);
        if (!d.ok) fail(`milestones.${i}.due`, d.error);
        else if (start.ok && daysBetween(startDate, d.date) > 3650)
          fail(`milestones.${i}.due`, 'Enter a date within 10 years of the start');
        else due = { kind: 'date', date: d.date };
      } else {
        due = { kind: 'days-after-start', days: whole(m.due, `milestones.${i}.due`, 0, 3650, 'the number of days') };
      }
      milestones.push({ name: name.slice(0, PLAN_LIMITS.maxNameLength) || 'Milestone', share, due });
    });
  }

  let paymentTerms: Plan['paymentTerms'] = { kind: 'on-delivery' };
  if (form.termsKind === 'net') {
    paymentTerms = {
      kind: 'net',
      days: whole(form.netDays, 'paymentTerms', 1, PLAN_LIMITS.maxNetDays, 'the number of days'),
    };
  }

  let late: LateTerms = { kind: 'none' };
  if (form.lateKind === 'contract') {
    const rate = parsePercent(form.lateRate);
    if (!rate.ok) fail('late.rate', rate.error);
    const grace = whole(form.graceDays || '0', 'late.grace', 0, 365, 'the grace days');
    const cap = form.cap.trim() === '' ? null : parsePercent(form.cap);
    if (cap && !cap.ok) fail('late.cap', cap.error);
    late = {
      kind: 'contract',
      basisPoints: rate.ok ? rate.bp : 0,
      per: form.latePer,
      graceDays: grace,
      capBasisPoints: cap && cap.ok ? cap.bp : null,
    };
  } else if (form.lateKind === 'uk-statutory' || form.lateKind === 'eu-statutory') {
    const ref = parsePercent(form.referenceRate, { allowNegative: true });
    if (!ref.ok)
      fail('late.reference', form.referenceRate.trim() === '' ? 'Enter the reference rate, like 4' : ref.error);
    const asOf = parseIsoDate(form.referenceAsOf);
    if (!asOf.ok)
      fail(
        'late.asOf',
        form.referenceAsOf.trim() === '' ? 'Enter the date you read the rate, like 2026-07-01' : asOf.error,
      );
    late = {
      kind: form.lateKind,
      referenceRateBasisPoints: ref.ok ? ref.bp : 0,
      referenceRateAsOf: asOf.ok ? asOf.date : '2000-01-01',
    };
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      currency,
      pricing,
      startDate,
      deposit,
      milestones,
      paymentTerms,
      routes: form.routes.filter((r) => /^[a-z0-9-]{1,40}$/.test(r)).slice(0, 12),
      feePayer: form.feePayer,
      late,
    },
  };
}

export interface PlanResult {
  plan: Plan;
  schedule: Schedule;
  risk: RiskProfile;
}

/** Form → plan → schedule → risk; errors from reading the form come first, then those of the schedule. */
export function computeFromForm(form: PlanForm): { result?: PlanResult; errors: PlanError[] } {
  const read = readPlanForm(form);
  if (!read.ok) return { errors: read.errors };
  const built = buildSchedule(read.plan);
  if (!built.ok) return { errors: built.errors };
  return { result: { plan: read.plan, schedule: built.schedule, risk: computeRisk(built.schedule) }, errors: [] };
}

/**
 * The agreement form's state, its validation and the payment plan it builds. The state is what the URL fragment
 * and localStorage hold, so it is validated (by hand-written parsers, see guards.ts) in the browser; numbers stay
 * as the text the reader typed, and are parsed (with a message next to the field) only when the document is built.
 */
import { isCurrencyCode, parseAmount, splitByWeights, type CurrencyCode } from '../money';
import { compareDates, isIsoDate, parseIsoDate, type IsoDate } from '../dates';
import { PLAN_LIMITS } from '../plan/limits';
import type { Plan } from '../plan/schema';
import { parsePlan, toValidator } from '../plan/guard';
import { createStateCodec } from '../state';
import { CHOICES } from './fields';

/** Longest text accepted in each kind of field; longer text gets a message, never a silent cut. */
export const TEXT_LIMITS = {
  name: 100,
  email: 254,
  address: 300,
  contact: 100,
  title: 120,
  scope: 1500,
  list: 1500,
  governingLaw: 100,
  paymentMethod: 100,
  platformName: 60,
  milestoneName: PLAN_LIMITS.maxNameLength,
  number: 20,
} as const;

/** Most milestones the simple form offers; the calculator can hand over more. */
export const MAX_FORM_MILESTONES = 12;

// The stored state may hold over-long text (the form then shows a message), but not unbounded text.
const LONG = 5000;
const SHORT = 400;

type Pricing = (typeof CHOICES.pricing)[number];

/** Everything the form holds. Numbers stay as typed text; they are parsed, with messages, when the document is built. */
export interface AgreementState {
  freelancer: { name: string; email: string; address: string };
  client: { name: string; contact: string; email: string; address: string };
  project: { title: string; scope: string; deliverables: string; exclusions: string };
  dates: { agreementDate: string; endDate: string };
  work: { reviewDays: string; revisionRounds: string };
  money: {
    /** 'calculator' while the plan handed over by the payment-plan calculator is in use. */
    source: 'form' | 'calculator';
    calculatorPlan: Plan | null;
    currency: string;
    pricing: Pricing;
    total: string;
    rate: string;
    hoursPerWeek: string;
    weeks: string;
    invoiceEveryWeeks: string;
    startDate: string;
    depositPercent: string;
    /** 1 to MAX_FORM_MILESTONES equal milestones after the deposit. */
    milestones: { name: string; date: string }[];
    terms: 'on-delivery' | 'net';
    netDays: string;
    late: 'none' | 'contract';
    lateRate: string;
    latePer: 'month' | 'year';
    graceDays: string;
    feePayer: 'freelancer' | 'client' | 'split';
    paymentMethod: string;
  };
  termination: { noticeDays: string; killFeePercent: string };
  rights: { ip: (typeof CHOICES.ip)[number] };
  legal: {
    governingLaw: string;
    platform: (typeof CHOICES.platform)[number];
    platformName: string;
    expensesCap: string;
  };
  /** Optional clauses the reader ticked (clauses with includeWhen: chosen), by clause id. */
  chosen: Record<string, boolean>;
}
export type MoneyState = AgreementState['money'];

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const oneOf = (x: unknown, values: readonly string[]): boolean => typeof x === 'string' && values.includes(x);

/** The fields that hold one of a fixed set of values, by key. */
const ENUMS: Record<string, readonly string[]> = {
  source: ['form', 'calculator'],
  pricing: CHOICES.pricing,
  terms: ['on-delivery', 'net'],
  late: ['none', 'contract'],
  latePer: ['month', 'year'],
  feePayer: ['freelancer', 'client', 'split'],
  ip: CHOICES.ip,
  platform: CHOICES.platform,
};

/**
 * Copies `x` field by field along the shape of `template` (the blank form): text stays text of bounded length,
 * enum fields hold one of their values; the three fields of other shapes are read by their own rules.
 */
function copyLike(template: unknown, x: unknown, key: string): unknown {
  if (key === 'calculatorPlan') return x === null ? null : parsePlan(x);
  if (key === 'milestones') {
    if (!Array.isArray(x) || x.length < 1 || x.length > MAX_FORM_MILESTONES) return undefined;
    const list = x.map((m) => (isObj(m) && isStr(m['name'], SHORT) && isStr(m['date'], SHORT) ? m : undefined));
    return list.every((m) => m !== undefined) ? list.map((m) => ({ name: m['name'], date: m['date'] })) : undefined;
  }
  if (key === 'chosen') {
    if (!isObj(x)) return undefined;
    const out: Record<string, boolean> = {};
    for (const [id, on] of Object.entries(x)) {
      if (!/^[a-z0-9-]{1,60}$/.test(id) || typeof on !== 'boolean') return undefined;
      out[id] = on;
    }
    return out;
  }
  if (typeof template === 'string') {
    const values = ENUMS[key];
    return values ? (oneOf(x, values) ? x : undefined) : isStr(x, key === 'project' ? LONG : SHORT) ? x : undefined;
  }
  if (!isObj(template) || !isObj(x)) return undefined;
  const out: Obj = {};
  for (const [k, t] of Object.entries(template)) {
    // Project texts (scope, deliverables) may be long; every other text is short.
    const v = copyLike(t, x[k], key === 'project' ? 'project' : k);
    if (v === undefined) return undefined;
    out[k] = v;
  }
  return out;
}

/** Reads untrusted state (a shared link, localStorage); undefined unless every field has the right shape. */
export function parseAgreementState(x: unknown): AgreementState | undefined {
  return copyLike(createInitialState('2000-01-01'), x, '') as AgreementState | undefined;
}

export const agreementStateValidator = toValidator(parseAgreementState);

/** `#agreement=v1.…` and the browser's saved copy; a whole agreement with long scope text needs the larger limit. */
export const agreementCodec = createStateCodec({
  name: 'agreement',
  version: 1,
  validator: agreementStateValidator,
  maxBytes: 60_000,
});

/** A blank form: dates default to `today` (the caller's clock), numbers to common, editable choices. */
export function createInitialState(today: IsoDate): AgreementState {
  return {
    freelancer: { name: '', email: '', address: '' },
    client: { name: '', contact: '', email: '', address: '' },
    project: { title: '', scope: '', deliverables: '', exclusions: '' },
    dates: { agreementDate: today, endDate: '' },
    work: { reviewDays: '7', revisionRounds: '2' },
    money: {
      source: 'form',
      calculatorPlan: null,
      currency: 'USD',
      pricing: 'fixed',
      total: '',
      rate: '',
      hoursPerWeek: '',
      weeks: '',
      invoiceEveryWeeks: '2',
      startDate: today,
      depositPercent: '50',
      milestones: [{ name: 'Final delivery', date: '' }],
      terms: 'net',
      netDays: '14',
      late: 'none',
      lateRate: '1.5',
      latePer: 'month',
      graceDays: '0',
      feePayer: 'client',
      paymentMethod: 'bank transfer',
    },
    termination: { noticeDays: '14', killFeePercent: '25' },
    rights: { ip: 'assignment' },
    legal: { governingLaw: '', platform: 'not-from-platform', platformName: '', expensesCap: '' },
    chosen: { portfolio: true, confidentiality: true, expenses: false },
  };
}

/** A problem with one field; `field` is the control's id, so the error summary can link to it. */
export interface FieldError {
  field: string;
  message: string;
}

// Control characters and lone surrogates cannot be stored in a .docx (XML 1.0) and mean nothing in a document.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Collapses runs of white space (line breaks included) to one space and drops characters no document format can
 * hold, so every format shows the same text.
 */
export function normalizeText(s: string): string {
  return s.replace(UNPRINTABLE, '').replace(LONE_SURROGATE, '\ufffd').replace(/\s+/gu, ' ').trim();
}

/** Splits a multi-line field into its non-empty lines, each normalized. */
export function splitLines(s: string): string[] {
  return s
    .split(/\r\n|\r|\n/u)
    .map((line) => normalizeText(line))
    .filter((line) => line !== '');
}

function parseWhole(s: string, min: number, max: number): number | null {
  const t = s.trim();
  if (!/^\d{1,6}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** "50", "12.5" or "1.25" percent → basis points (5000, 1250, 125); null if not a percentage in range. */
export function parsePercentToBasisPoints(s: string, max = 100): number | null {
  const t = s.trim().replace(/%$/, '').trim();
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
  return bp <= max * 100 ? bp : null;
}

/** "37.5" hours → 37.5; at most two decimals. */
function parseHours(s: string): number | null {
  const t = s.trim();
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const n = Number(`${m[1]}.${m[2] ?? '0'}`);
  return n > 0 && n <= 168 ? n : null;
}

export interface ValidationResult {
  errors: FieldError[];
  /** The plan the payment clause is built from, when the money fields are valid. */
  plan: Plan | null;
}

/**
 * The validation messages, by key; `{0}`, `{1}` are filled in. The words live in labels.ts, which the page
 * imports and hands to the island, so they reach the browser as HTML rather than as island JavaScript.
 */
export interface FormMessages {
  /** Text controls by id: the message when empty (null when optional) and their name in "… is too long". */
  text: Record<string, [missing: string | null, name: string]>;
  /** "{0} must be {1} characters or fewer" */
  tooLong: string;
  email: string;
  agreementDate: string;
  endDate: string;
  endBeforeStart: string;
  reviewDays: string;
  revisionRounds: string;
  noticeDays: string;
  killFee: string;
  currency: string;
  startDate: string;
  deposit: string;
  total: string;
  totalZero: string;
  milestoneName: string;
  milestoneDate: string;
  milestoneFirst: string;
  milestoneOrder: string;
  rate: string;
  rateZero: string;
  hours: string;
  weeks: string;
  invoiceEvery: string;
  netDays: string;
  lateRate: string;
  graceDays: string;
}

/** A message with its `{0}`, `{1}` gaps filled in order. */
export function fillText(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)]));
}

/** A text control's value by id ("client-email" is state.client.email), checked against its kind's limit. */
function checkText(errors: FieldError[], say: FormMessages, state: AgreementState, field: string): void {
  const [group, key = ''] = field.split('-') as [keyof AgreementState, string];
  const value = (state[group] as Record<string, string>)[key] ?? '';
  const [missing, name] = say.text[field] ?? [null, field];
  const limit = TEXT_LIMITS[key as keyof typeof TEXT_LIMITS] ?? TEXT_LIMITS.list;
  if (value.trim() === '') {
    if (missing) errors.push({ field, message: missing });
  } else if (value.length > limit) {
    errors.push({ field, message: fillText(say.tooLong, name, limit) });
  }
}

function checkDate(errors: FieldError[], field: string, value: string, missing: string): IsoDate | null {
  if (value.trim() === '') {
    errors.push({ field, message: missing });
    return null;
  }
  const parsed = parseIsoDate(value);
  if (!parsed.ok) {
    errors.push({ field, message: parsed.error });
    return null;
  }
  return parsed.date;
}

/** Adds `message` for `field` when a whole number is not in [min, max]; returns the number otherwise. */
function checkWhole(
  errors: FieldError[],
  field: string,
  value: string,
  min: number,
  max: number,
  message: string,
): number | null {
  const n = parseWhole(value, min, max);
  if (n === null) errors.push({ field, message });
  return n;
}

/**
 * Builds the plan from the simple money step: fixed price split into a deposit and equal milestones on the
 * reader's dates, or an hourly rate invoiced every N weeks. Errors are keyed by control id.
 */
export function buildPlanFromForm(money: MoneyState, errors: FieldError[], say: FormMessages): Plan | null {
  const before = errors.length;
  const add = (field: string, message: string) => errors.push({ field, message });
  const currency: CurrencyCode | null = isCurrencyCode(money.currency) ? money.currency : null;
  if (!currency) add('money-currency', say.currency);
  const startDate = checkDate(errors, 'money-startDate', money.startDate, say.startDate);

  const depositBp = parsePercentToBasisPoints(money.depositPercent);
  if (depositBp === null) add('money-depositPercent', say.deposit);

  let pricing: Plan['pricing'] | null = null;
  let fixedDepositMinor = 0;
  const milestones: Plan['milestones'] = [];
  if (money.pricing === 'fixed' && currency) {
    const total = parseAmount(money.total, currency);
    if (money.total.trim() === '') add('money-total', say.total);
    else if (!total.ok) add('money-total', total.error);
    else if (total.minor === 0) add('money-total', say.totalZero);
    else pricing = { kind: 'fixed', totalMinor: total.minor };

    // Amounts rather than percentages, so equal milestones are equal to the cent (3,600 in three is 1,200 each,
    // not 33.34% + 33.33% + 33.33%); any odd cent goes to the earliest payment, as splitByWeights promises.
    const totalMinor = pricing?.kind === 'fixed' ? pricing.totalMinor : 0;
    const [depositMinor = 0, restMinor = 0] =
      totalMinor > 0 && depositBp !== null ? splitByWeights(totalMinor, [depositBp, 10_000 - depositBp]) : [0, 0];
    fixedDepositMinor = depositMinor;
    const shares =
      restMinor > 0
        ? splitByWeights(
            restMinor,
            money.milestones.map(() => 1),
          )
        : money.milestones.map(() => 0);
    let previous: IsoDate | null = startDate;
    money.milestones.forEach((m, i) => {
      const nameField = `money-milestones-${i}-name`;
      const dateField = `money-milestones-${i}-date`;
      if (m.name.trim() === '') add(nameField, fillText(say.milestoneName, i + 1));
      else if (m.name.length > TEXT_LIMITS.milestoneName) {
        add(nameField, fillText(say.tooLong, say.text['milestone']?.[1] ?? '', TEXT_LIMITS.milestoneName));
      }
      const date = checkDate(errors, dateField, m.date, fillText(say.milestoneDate, i + 1));
      if (date && previous && compareDates(date, previous) < 0) {
        add(dateField, i === 0 ? say.milestoneFirst : fillText(say.milestoneOrder, i + 1, i));
      }
      if (date) previous = date;
      if (date && normalizeText(m.name) !== '') {
        milestones.push({
          name: normalizeText(m.name).slice(0, TEXT_LIMITS.milestoneName),
          share: { kind: 'amount', minor: shares[i] ?? 0 },
          due: { kind: 'date', date },
        });
      }
    });
  } else if (money.pricing === 'hourly' && currency) {
    const rate = parseAmount(money.rate, currency);
    if (money.rate.trim() === '') add('money-rate', say.rate);
    else if (!rate.ok) add('money-rate', rate.error);
    else if (rate.minor === 0) add('money-rate', say.rateZero);
    const hours = parseHours(money.hoursPerWeek);
    if (hours === null) add('money-hoursPerWeek', say.hours);
    const weeks = checkWhole(errors, 'money-weeks', money.weeks, 1, PLAN_LIMITS.maxWeeks, say.weeks);
    const every = checkWhole(errors, 'money-invoiceEveryWeeks', money.invoiceEveryWeeks, 1, 52, say.invoiceEvery);
    if (rate.ok && rate.minor > 0 && hours !== null && weeks !== null && every !== null) {
      pricing = { kind: 'hourly', rateMinor: rate.minor, hoursPerWeek: hours, weeks, invoiceEveryWeeks: every };
    }
  }

  let paymentTerms: Plan['paymentTerms'] = { kind: 'on-delivery' };
  if (money.terms === 'net') {
    const days = checkWhole(errors, 'money-netDays', money.netDays, 1, PLAN_LIMITS.maxNetDays, say.netDays);
    if (days !== null) paymentTerms = { kind: 'net', days };
  }

  let late: Plan['late'] = { kind: 'none' };
  if (money.late === 'contract') {
    const rate = parsePercentToBasisPoints(money.lateRate, 100);
    if (rate === null || rate === 0) add('money-lateRate', say.lateRate);
    const grace = checkWhole(errors, 'money-graceDays', money.graceDays, 0, 365, say.graceDays);
    if (rate !== null && rate > 0 && grace !== null) {
      late = { kind: 'contract', basisPoints: rate, per: money.latePer, graceDays: grace, capBasisPoints: null };
    }
  }

  if (errors.length > before || !currency || !startDate || !pricing || depositBp === null) return null;
  return {
    currency,
    pricing,
    startDate,
    deposit:
      depositBp === 0
        ? { kind: 'none' }
        : pricing.kind === 'fixed'
          ? { kind: 'amount', minor: fixedDepositMinor }
          : { kind: 'percent', basisPoints: depositBp },
    milestones: pricing.kind === 'fixed' ? milestones : [],
    paymentTerms,
    routes: [],
    feePayer: money.feePayer,
    late,
  };
}

/** Every problem with the form, keyed by control id, and the plan when the money step is valid. */
export function validateAgreement(state: AgreementState, say: FormMessages): ValidationResult {
  const errors: FieldError[] = [];
  const text = (...fields: string[]) => fields.forEach((field) => checkText(errors, say, state, field));
  text('freelancer-name', 'freelancer-email', 'freelancer-address');
  text('client-name', 'client-contact', 'client-email', 'client-address');
  for (const [field, value] of [
    ['freelancer-email', state.freelancer.email],
    ['client-email', state.client.email],
  ] as const) {
    if (value.trim() !== '' && value.length <= TEXT_LIMITS.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
      errors.push({ field, message: say.email });
    }
  }
  text('project-title', 'project-scope', 'project-deliverables', 'project-exclusions');

  checkDate(errors, 'dates-agreementDate', state.dates.agreementDate, say.agreementDate);
  const endDate = checkDate(errors, 'dates-endDate', state.dates.endDate, say.endDate);
  checkWhole(errors, 'work-reviewDays', state.work.reviewDays, 1, 90, say.reviewDays);
  checkWhole(errors, 'work-revisionRounds', state.work.revisionRounds, 0, 20, say.revisionRounds);

  const plan =
    state.money.source === 'calculator' && state.money.calculatorPlan
      ? state.money.calculatorPlan
      : buildPlanFromForm(state.money, errors, say);
  text('money-paymentMethod');

  const start = plan?.startDate ?? (isIsoDate(state.money.startDate) ? state.money.startDate : null);
  if (start && endDate && compareDates(endDate, start) < 0) {
    errors.push({ field: 'dates-endDate', message: say.endBeforeStart });
  }

  checkWhole(errors, 'termination-noticeDays', state.termination.noticeDays, 1, 365, say.noticeDays);
  if (parsePercentToBasisPoints(state.termination.killFeePercent) === null) {
    errors.push({ field: 'termination-killFeePercent', message: say.killFee });
  }
  text('legal-governingLaw');
  if (state.legal.platform !== 'not-from-platform') text('legal-platformName');
  if (state.chosen['expenses'] === true && plan) {
    const cap = parseAmount(state.legal.expensesCap, plan.currency);
    if (!cap.ok) errors.push({ field: 'legal-expensesCap', message: cap.error });
  }
  return { errors, plan };
}

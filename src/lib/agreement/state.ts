/**
 * The agreement's saved state (URL fragment `#agreement=v2.…` and localStorage `offramp:agreement`), with its one
 * schema. Text is bounded far above what the form accepts, so over-long text is kept and saved while the form
 * says it is too long; only a state this schema accepts is ever saved, so a saved copy is never lost.
 */
import * as v from 'valibot';
import type { IsoDate } from '../dates';
import { PLAN_LIMITS } from '../plan/schema';
import { formFromPlan, type PlanFormValues } from '../plan/form-values';
import { planCodec } from '../plan/codecs';
import { createStateCodec, restoreState, type StorageLike } from '../state';
import { createInitialState, type AgreementState } from './form';
import type { Clause } from './schema';

/** Longest text stored per field: ten times the longest the form accepts, so nothing typed is lost. */
const MAX_STORED_TEXT = 20_000;
const text = v.pipe(v.string(), v.maxLength(MAX_STORED_TEXT));
const key = v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9-]{0,40}$/));

const milestoneValues = v.object({
  name: text,
  shareKind: v.picklist(['percent', 'amount', 'equal']),
  sharePercent: text,
  shareAmount: text,
  dueKind: v.picklist(['days-after-start', 'months-after-start', 'date']),
  dueDays: text,
  dueMonths: text,
  dueDate: text,
});

/** The plan form's values as typed: the same shape the calculator's form holds. */
export const planFormValuesSchema = v.object({
  currency: text,
  decimalMark: v.picklist(['auto', '.', ',']),
  pricingKind: v.picklist(['fixed', 'hourly']),
  total: text,
  rate: text,
  hours: text,
  weeks: text,
  every: text,
  startDate: text,
  depositKind: v.picklist(['none', 'percent', 'amount']),
  depositPercent: text,
  depositAmount: text,
  milestones: v.pipe(v.array(milestoneValues), v.minLength(1), v.maxLength(PLAN_LIMITS.maxPayments - 1)),
  termsKind: v.picklist(['on-delivery', 'net']),
  netDays: text,
  routes: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))), v.maxLength(PLAN_LIMITS.maxRoutes)),
  feePayer: v.picklist(['freelancer', 'client', 'split']),
  lateKind: v.picklist(['none', 'contract', 'uk-statutory', 'eu-statutory']),
  lateRate: text,
  latePer: v.picklist(['month', 'year']),
  graceDays: text,
  cap: text,
  referenceRate: text,
  referenceAsOf: text,
}) satisfies v.GenericSchema<unknown, PlanFormValues>;

export const agreementStateSchema = v.object({
  /** Every field of the agreement's own steps, by key; unknown keys are ignored when the form reads them. */
  fields: v.pipe(
    v.record(key, text),
    v.check((r) => Object.keys(r).length <= 100),
  ),
  plan: planFormValuesSchema,
  fromCalculator: v.boolean(),
}) satisfies v.GenericSchema<unknown, AgreementState>;

/** A whole agreement with long scope text needs more room than the default limit. */
export const agreementCodec = createStateCodec({
  name: 'agreement',
  version: 2,
  schema: agreementStateSchema,
  maxBytes: 120_000,
});

/** Plain data (strings, booleans, arrays, records) with the same content, whatever the order of its keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}

/**
 * Nothing typed, chosen or handed over: the form as it opens today. Such an agreement is stored nowhere, neither
 * in this browser nor in the address, as an empty trust check is not.
 */
export function isBlankAgreement(state: AgreementState, today: IsoDate, clauses: readonly Clause[]): boolean {
  return sameData(state, createInitialState(today, clauses));
}

export interface OpenedAgreement {
  state: AgreementState;
  notices: string[];
}

/**
 * What the agreement opens with: a shared agreement or the browser's saved copy, with the calculator's plan in
 * its payment step when one is handed over (a link from the calculator carries `#payment-plan=…`).
 */
export function openAgreement(
  fragment: string,
  storage: StorageLike,
  today: IsoDate,
  clauses: readonly Clause[],
  methodNames: Readonly<Record<string, string>>,
): OpenedAgreement {
  const restored = restoreState(agreementCodec, fragment, storage, 'agreement');
  const base = restored.value ?? createInitialState(today, clauses);
  // Fields a newer clause library added get their blank value.
  const state = { ...base, fields: { ...createInitialState(today, clauses).fields, ...base.fields } };
  const notices = restored.notice ? [restored.notice] : [];
  const handed = planCodec.decode(fragment);
  if (handed.status === 'ok') {
    const route = handed.value.routes[0];
    const method = route ? methodNames[route] : undefined;
    notices.push('The payment plan from the calculator is in the payment step and the payment clause, word for word.');
    return {
      state: {
        ...state,
        plan: formFromPlan(handed.value),
        fromCalculator: true,
        fields: method ? { ...state.fields, paymentMethod: method } : state.fields,
      },
      notices,
    };
  }
  if (handed.status === 'rejected') notices.push(`${handed.notice} The payment step keeps what it had.`);
  return { state, notices };
}

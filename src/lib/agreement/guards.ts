/**
 * Hand-written validators for what the agreement page reads back from the URL fragment and localStorage.
 * zod/mini costs about 9 KB gzip in the island, a third of its 25 KB budget, so (as STACK.md suggests for tight
 * budgets) these small parsers replace it. Each returns a fresh object holding only known keys, never throws,
 * and is proven equivalent to the zod schema it mirrors with fast-check (tests/lib/agreement/guards.test.ts).
 */
import { isCurrencyCode } from '../money';
import { isIsoDate } from '../dates';
import { PLAN_LIMITS } from '../plan/limits';
import type { Plan } from '../plan/schema';
import { createStateCodec, type Validator } from '../state';

type Parsed<T> = T | undefined;
type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= min && x <= max;
const isNum = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;
const isStr = (x: unknown, min: number, max: number): x is string =>
  typeof x === 'string' && x.length >= min && x.length <= max;
const oneOf = <T extends string>(x: unknown, values: readonly T[]): x is T =>
  typeof x === 'string' && (values as readonly string[]).includes(x);
const BIG = Number.MAX_SAFE_INTEGER;
const MIN = Number.MIN_SAFE_INTEGER;

function parseShare(x: unknown): Parsed<Plan['milestones'][number]['share']> {
  if (!isObj(x)) return undefined;
  if (x['kind'] === 'percent' && isInt(x['basisPoints'], 0, 10_000))
    return { kind: 'percent', basisPoints: x['basisPoints'] };
  if (x['kind'] === 'amount' && isInt(x['minor'], 0, BIG)) return { kind: 'amount', minor: x['minor'] };
  return undefined;
}

function parseDue(x: unknown): Parsed<Plan['milestones'][number]['due']> {
  if (!isObj(x)) return undefined;
  if (x['kind'] === 'date' && isIsoDate(x['date'])) return { kind: 'date', date: x['date'] };
  if (x['kind'] === 'days-after-start' && isInt(x['days'], 0, 3650))
    return { kind: 'days-after-start', days: x['days'] };
  return undefined;
}

function parsePricing(x: unknown): Parsed<Plan['pricing']> {
  if (!isObj(x)) return undefined;
  if (x['kind'] === 'fixed')
    return isInt(x['totalMinor'], 0, BIG) ? { kind: 'fixed', totalMinor: x['totalMinor'] } : undefined;
  if (
    x['kind'] === 'hourly' &&
    isInt(x['rateMinor'], 0, BIG) &&
    isNum(x['hoursPerWeek'], 0, 168) &&
    isInt(x['weeks'], 1, PLAN_LIMITS.maxWeeks) &&
    isInt(x['invoiceEveryWeeks'], 1, 52)
  ) {
    return {
      kind: 'hourly',
      rateMinor: x['rateMinor'],
      hoursPerWeek: x['hoursPerWeek'],
      weeks: x['weeks'],
      invoiceEveryWeeks: x['invoiceEveryWeeks'],
    };
  }
  return undefined;
}

/** A deposit is none, or a share of the total like a milestone's. */
function parseDeposit(x: unknown): Parsed<Plan['deposit']> {
  return isObj(x) && x['kind'] === 'none' ? { kind: 'none' } : parseShare(x);
}

function parseTerms(x: unknown): Parsed<Plan['paymentTerms']> {
  if (!isObj(x)) return undefined;
  if (x['kind'] === 'on-delivery') return { kind: 'on-delivery' };
  if (x['kind'] === 'net' && isInt(x['days'], 1, PLAN_LIMITS.maxNetDays)) return { kind: 'net', days: x['days'] };
  return undefined;
}

function parseLate(x: unknown): Parsed<Plan['late']> {
  if (!isObj(x)) return undefined;
  const kind = x['kind'];
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'contract') {
    const cap = x['capBasisPoints'];
    if (
      isInt(x['basisPoints'], 0, 10_000) &&
      oneOf(x['per'], ['month', 'year'] as const) &&
      isInt(x['graceDays'], 0, 365) &&
      (cap === null || isInt(cap, 0, 10_000))
    ) {
      return { kind, basisPoints: x['basisPoints'], per: x['per'], graceDays: x['graceDays'], capBasisPoints: cap };
    }
    return undefined;
  }
  if ((kind === 'uk-statutory' || kind === 'eu-statutory') && isInt(x['referenceRateBasisPoints'], MIN, BIG)) {
    const asOf = x['referenceRateAsOf'];
    return isIsoDate(asOf)
      ? { kind, referenceRateBasisPoints: x['referenceRateBasisPoints'], referenceRateAsOf: asOf }
      : undefined;
  }
  return undefined;
}

/** Mirrors planSchema (src/lib/plan/schema.ts) field for field. */
export function parsePlan(x: unknown): Parsed<Plan> {
  if (!isObj(x) || !isCurrencyCode(x['currency']) || !isIsoDate(x['startDate'])) return undefined;
  const pricing = parsePricing(x['pricing']);
  const deposit = parseDeposit(x['deposit']);
  const paymentTerms = parseTerms(x['paymentTerms']);
  const late = parseLate(x['late']);
  const ms = x['milestones'];
  const routes = x['routes'];
  if (
    !pricing ||
    !deposit ||
    !paymentTerms ||
    !late ||
    !oneOf(x['feePayer'], ['freelancer', 'client', 'split'] as const)
  ) {
    return undefined;
  }
  if (!Array.isArray(ms) || ms.length > PLAN_LIMITS.maxPayments) return undefined;
  if (!Array.isArray(routes) || routes.length > 12) return undefined;
  if (!routes.every((r) => typeof r === 'string' && /^[a-z0-9-]{1,40}$/.test(r))) return undefined;
  const milestones: Plan['milestones'] = [];
  for (const m of ms) {
    if (!isObj(m) || !isStr(m['name'], 1, PLAN_LIMITS.maxNameLength)) return undefined;
    const share = parseShare(m['share']);
    const due = parseDue(m['due']);
    if (!share || !due) return undefined;
    milestones.push({ name: m['name'], share, due });
  }
  return {
    currency: x['currency'],
    pricing,
    startDate: x['startDate'],
    deposit,
    milestones,
    paymentTerms,
    routes: routes as string[],
    feePayer: x['feePayer'],
    late,
  };
}

/** A parse function as the state codec's validator. */
export function toValidator<T>(parse: (x: unknown) => T | undefined): Validator<T> {
  return {
    safeParse(data: unknown) {
      let value: T | undefined;
      try {
        value = parse(data);
      } catch {
        value = undefined;
      }
      return value === undefined ? { success: false } : { success: true, data: value };
    },
  };
}

export const planValidator = toValidator(parsePlan);

/**
 * Reads the calculator's `#payment-plan=v1.…` hand-off: the same name and version as planCodec in
 * src/lib/plan/handoff.ts, with the hand-written validator so zod stays out of the agreement island. A test proves
 * that the two decode every fragment identically.
 */
export const planHandoffCodec = createStateCodec({ name: 'payment-plan', version: 1, validator: planValidator });

/** Reads a group of string fields, each at most `max` characters; undefined if any is missing or not text. */
export function parseStrings<K extends string>(
  x: unknown,
  keys: readonly K[],
  max: number,
): Record<K, string> | undefined {
  if (!isObj(x)) return undefined;
  const out = {} as Record<K, string>;
  for (const k of keys) {
    const v = x[k];
    if (!isStr(v, 0, max)) return undefined;
    out[k] = v;
  }
  return out;
}

export { isObj, isStr, oneOf };

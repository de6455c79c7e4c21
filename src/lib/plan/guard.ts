/**
 * Hand-written validators for Plan and PlanSuggestion that accept exactly what schema.ts's zod/mini schemas accept and
 * return the same stripped copy, so the fragment and storage codecs of the calculator and the agreement work
 * without shipping zod to the browser (about 7 KB gzip). tests/lib/plan/guard.test.ts checks them against the
 * schemas on arbitrary input.
 */
import { isCurrencyCode } from '../money';
import { isIsoDate } from '../dates';
import type { Validator } from '../state';
import { PLAN_LIMITS } from './limits';
import type { Plan } from './schema';

type Obj = Record<string, unknown>;

/** Thrown inside a guard to abandon a parse; never escapes safeParse. */
const INVALID = Symbol('invalid');

export function obj(x: unknown): Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw INVALID;
  return x as Obj;
}

export function int(x: unknown, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max) throw INVALID;
  return x;
}

function num(x: unknown, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max) throw INVALID;
  return x;
}

export function oneOf<T extends string>(x: unknown, values: readonly T[]): T {
  if (typeof x !== 'string' || !(values as readonly string[]).includes(x)) throw INVALID;
  return x as T;
}

function date(x: unknown): string {
  if (!isIsoDate(x)) throw INVALID;
  return x;
}

export const bp = (x: unknown) => int(x, 0, 10_000);
const minor = (x: unknown) => int(x, 0);

function readShare(x: unknown): Plan['milestones'][number]['share'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['percent', 'amount'] as const);
  return kind === 'percent' ? { kind, basisPoints: bp(o['basisPoints']) } : { kind, minor: minor(o['minor']) };
}

function readDue(x: unknown): Plan['milestones'][number]['due'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['date', 'days-after-start'] as const);
  return kind === 'date' ? { kind, date: date(o['date']) } : { kind, days: int(o['days'], 0, 3650) };
}

function readPricing(x: unknown): Plan['pricing'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['fixed', 'hourly'] as const);
  if (kind === 'fixed') return { kind, totalMinor: minor(o['totalMinor']) };
  return {
    kind,
    rateMinor: minor(o['rateMinor']),
    hoursPerWeek: num(o['hoursPerWeek'], 0, 168),
    weeks: int(o['weeks'], 1, PLAN_LIMITS.maxWeeks),
    invoiceEveryWeeks: int(o['invoiceEveryWeeks'], 1, 52),
  };
}

function readDeposit(x: unknown): Plan['deposit'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['none', 'percent', 'amount'] as const);
  if (kind === 'none') return { kind };
  return kind === 'percent' ? { kind, basisPoints: bp(o['basisPoints']) } : { kind, minor: minor(o['minor']) };
}

function readTerms(x: unknown): Plan['paymentTerms'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['on-delivery', 'net'] as const);
  return kind === 'net' ? { kind, days: int(o['days'], 1, PLAN_LIMITS.maxNetDays) } : { kind };
}

function readLate(x: unknown): Plan['late'] {
  const o = obj(x);
  const kind = oneOf(o['kind'], ['none', 'contract', 'uk-statutory', 'eu-statutory'] as const);
  if (kind === 'none') return { kind };
  if (kind === 'contract') {
    const cap = o['capBasisPoints'];
    return {
      kind,
      basisPoints: bp(o['basisPoints']),
      per: oneOf(o['per'], ['month', 'year'] as const),
      graceDays: int(o['graceDays'], 0, 365),
      capBasisPoints: cap === null ? null : bp(cap),
    };
  }
  return {
    kind,
    referenceRateBasisPoints: int(o['referenceRateBasisPoints']),
    referenceRateAsOf: date(o['referenceRateAsOf']),
  };
}

function array(x: unknown, max: number): unknown[] {
  if (!Array.isArray(x) || x.length > max) throw INVALID;
  return x;
}

function readPlan(x: unknown): Plan {
  const o = obj(x);
  const currency = o['currency'];
  if (!isCurrencyCode(currency)) throw INVALID;
  // Fields are read in the schema's order so the stripped copy serialises the same way.
  return {
    currency,
    pricing: readPricing(o['pricing']),
    startDate: date(o['startDate']),
    deposit: readDeposit(o['deposit']),
    milestones: array(o['milestones'], PLAN_LIMITS.maxPayments).map((m) => {
      const mo = obj(m);
      const name = mo['name'];
      if (typeof name !== 'string' || name.length < 1 || name.length > PLAN_LIMITS.maxNameLength) throw INVALID;
      return { name, share: readShare(mo['share']), due: readDue(mo['due']) };
    }),
    paymentTerms: readTerms(o['paymentTerms']),
    routes: array(o['routes'], 12).map((r) => {
      if (typeof r !== 'string' || !/^[a-z0-9-]{1,40}$/.test(r)) throw INVALID;
      return r;
    }),
    feePayer: oneOf(o['feePayer'], ['freelancer', 'client', 'split'] as const),
    late: readLate(o['late']),
  };
}

/**
 * A reader as a state codec's validator. `read` may throw or return undefined to reject; it must return a fresh
 * copy holding only the keys it knows.
 */
export function toValidator<T>(read: (x: unknown) => T | undefined): Validator<T> {
  return {
    safeParse(data: unknown) {
      let value: T | undefined;
      try {
        value = read(data);
      } catch {
        value = undefined;
      }
      return value === undefined ? { success: false } : { success: true, data: value };
    },
  };
}

export const planValidator: Validator<Plan> = toValidator(readPlan);

/** A plan read from untrusted data (a shared link, storage, a saved agreement), or undefined. */
export function parsePlan(x: unknown): Plan | undefined {
  const result = planValidator.safeParse(x);
  return result.success ? result.data : undefined;
}

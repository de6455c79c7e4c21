import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planSchema, planSuggestionSchema } from '../../../src/lib/plan/schema';
import { planValidator } from '../../../src/lib/plan/guard';
import { planSuggestionValidator } from '../../../src/lib/plan/suggestion';
import { WEBSITE_PLAN } from './fixtures';

function agree(
  schema: { safeParse(x: unknown): { success: boolean; data?: unknown } },
  guard: { safeParse(x: unknown): { success: boolean; data?: unknown } },
  x: unknown,
) {
  const a = schema.safeParse(x);
  const b = guard.safeParse(x);
  expect(b.success).toBe(a.success);
  if (a.success && b.success) expect(JSON.stringify(b.data)).toBe(JSON.stringify(a.data));
}

const hourly = { kind: 'hourly', rateMinor: 5_000, hoursPerWeek: 37.5, weeks: 10, invoiceEveryWeeks: 2 };
const statutory = { kind: 'uk-statutory', referenceRateBasisPoints: -10, referenceRateAsOf: '2026-06-30' };
const bases: unknown[] = [
  WEBSITE_PLAN,
  { ...WEBSITE_PLAN, pricing: hourly, milestones: [], late: statutory, deposit: { kind: 'none' } },
  { ...WEBSITE_PLAN, paymentTerms: { kind: 'on-delivery' }, late: { kind: 'none' }, routes: [] },
];

const EDGE_VALUES: unknown[] = [
  -1,
  0,
  1,
  12,
  13,
  52,
  53,
  60,
  61,
  80,
  119,
  120,
  121,
  168,
  168.5,
  169,
  365,
  366,
  520,
  521,
  3650,
  3651,
  10_000,
  10_001,
  1.5,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  null,
  true,
  '',
  'x',
  'USD',
  'XXX',
  '2026-02-30',
  '2026-02-28',
  'fixed',
  'hourly',
  'percent',
  'amount',
  'none',
  'net',
  'on-delivery',
  'date',
  'days-after-start',
  'contract',
  'uk-statutory',
  'eu-statutory',
  'month',
  'year',
  'split',
  'high',
  [],
  {},
  'a'.repeat(81),
  'a'.repeat(80),
  'Bad Route',
  'paypal',
  Array.from({ length: 13 }, () => 'paypal'),
];

// Values near every boundary the schema checks, plus wrong types, so mutations hit both sides of each rule.
const edgy = fc.oneof(fc.constantFrom(...EDGE_VALUES), fc.jsonValue({ maxDepth: 2 }));

/** Every path to a value inside x (objects and arrays), including the containers themselves. */
function leafPaths(x: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof x !== 'object' || x === null) return [prefix];
  const entries = Array.isArray(x) ? x.map((v, i) => [i, v] as const) : Object.entries(x);
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))].filter((p) => p.length > 0);
}

function setAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Replaces one value somewhere inside a plan (any depth) with an edge value, or adds an unknown key. */
function mutate(base: unknown, path: number[], value: unknown, addKey: boolean): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const step of path) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const child = node[key];
    if (typeof child !== 'object' || child === null) {
      if (addKey) node['extra'] = value;
      else node[key] = value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  if (addKey) node['extra'] = value;
  else {
    const keys = Object.keys(node);
    if (keys.length > 0) node[keys[path[0]! % keys.length]!] = value;
  }
  return copy;
}

describe('planValidator accepts exactly what planSchema accepts', () => {
  it('accepts the fixtures and returns them unchanged', () => {
    for (const b of bases) agree(planSchema, planValidator, b);
    expect(planValidator.safeParse(WEBSITE_PLAN)).toEqual({ success: true, data: WEBSITE_PLAN });
  });

  test.prop([fc.jsonValue()], { numRuns: 1000 })('on arbitrary JSON', (x) => agree(planSchema, planValidator, x));

  it('on every field of every fixture set to every boundary value', () => {
    let checked = 0;
    for (const base of bases) {
      for (const path of leafPaths(base)) {
        for (const value of EDGE_VALUES) {
          agree(planSchema, planValidator, setAt(base, path, value));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  test.prop([fc.constantFrom(...bases), fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }), edgy, fc.boolean()], {
    numRuns: 1000,
  })('on plans with one value changed', (base, path, value, addKey) => {
    agree(planSchema, planValidator, mutate(base, path, value, addKey));
  });
});

describe('planSuggestionValidator accepts exactly what planSuggestionSchema accepts', () => {
  const base = { depositBasisPoints: 5_000, milestoneCount: 3, band: 'high' };
  test.prop([fc.array(fc.nat(5), { minLength: 1, maxLength: 1 }), edgy, fc.boolean()], { numRuns: 1000 })(
    'on suggestions with one value changed',
    (path, value, addKey) => agree(planSuggestionSchema, planSuggestionValidator, mutate(base, path, value, addKey)),
  );
  test.prop([fc.jsonValue()], { numRuns: 1000 })('on arbitrary JSON', (x) =>
    agree(planSuggestionSchema, planSuggestionValidator, x),
  );
});

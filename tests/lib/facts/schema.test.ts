import { describe, expect, it } from 'vitest';
import {
  feeComponentSchema,
  feePeriodSchema,
  paymentMethodSchema,
  ruleSchema,
  sourceDateSchema,
} from '../../../src/lib/facts/schema';

const sourcing = {
  sources: [{ title: 'Fixture', url: 'https://example.com', publisher: 'Example' }],
  sourceDate: '2023-05',
  confidence: 'high',
  checked: '2026-11-26',
};
const goodPeriod = {
  id: 'flat',
  label: 'Flat fee',
  schedule: 'service-fee',
  party: 'freelancer',
  from: '2023-05-03',
  to: null,
  components: [{ id: 'fee', label: 'Fee', kind: 'percent', basisPoints: 1000, when: 'every-payment' }],
  ...sourcing,
};

/** Every issue as "dotted.path: message", so a test can check that the field is named. */
function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('schemas reject bad entries and name the field', () => {
  it('accepts a good period', () => {
    expect(issuesOf(feePeriodSchema.safeParse(goodPeriod))).toEqual([]);
  });

  it('rejects a percent component without basisPoints or range', () => {
    const bad = { ...goodPeriod, components: [{ id: 'fee', label: 'Fee', kind: 'percent', when: 'every-payment' }] };
    const issues = issuesOf(
      paymentMethodSchema.safeParse({
        id: 'x',
        name: 'X',
        kind: 'processor',
        summary: 's',
        feePeriods: [bad],
        protections: [],
      }),
    );
    expect(issues).toEqual(['feePeriods.0.components.0.basisPoints: a percent component needs basisPoints or range']);
  });

  it('rejects a fixed component without currency', () => {
    const issues = issuesOf(
      feeComponentSchema.safeParse({ id: 'f', label: 'F', kind: 'fixed', fixedMinor: 49, when: 'every-payment' }),
    );
    expect(issues).toEqual(['currency: currency is required for fixed amounts, caps, minimums and bands']);
  });

  it('rejects an impossible date in "from"', () => {
    const issues = issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: '2023-02-30' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^from: /);
  });

  it('rejects a checked date that is not YYYY-MM-DD', () => {
    const issues = issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, checked: '26/11/2026' }));
    expect(issues.map((i) => i.split(':')[0])).toEqual(['checked']);
  });

  it('accepts a bound that is only a month or a year, and rejects other text', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: '2023-05', to: '2024' }))).toEqual([]);
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: 'May 2023' }))).toEqual([
      'from: must be a quoted YYYY-MM-DD, YYYY-MM or YYYY',
    ]);
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: '2023-13' }))).toHaveLength(1);
  });

  it('compares vague bounds by their widest reading: a period may end in the month it starts', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: '2023-05', to: '2023-05-02' }))).toEqual([]);
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, from: '2023-05', to: '2023-04' }))).toEqual([
      'to: to must be on or after from',
    ]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, to: '2023-05-02' }))).toEqual([
      'to: to must be on or after from',
    ]);
  });

  it('rejects a value with no source unless it is not-found', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, sources: [] }))).toEqual([
      'sources: at least one source is required unless confidence is "not-found"',
    ]);
    expect(
      issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, sources: [], confidence: 'not-found', components: [] })),
    ).toEqual([]);
  });

  it('rejects components on a not-found period', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, confidence: 'not-found' }))).toEqual([
      'components: a not-found period cannot state components',
    ]);
  });

  it('accepts a component that replaces another of its period, and names one that replaces nothing there', () => {
    const abroad = {
      id: 'abroad',
      label: 'Card from abroad',
      kind: 'percent',
      basisPoints: 250,
      when: 'international',
    };
    const withAbroad = (replaces: string[]) => ({
      ...goodPeriod,
      components: [...goodPeriod.components, { ...abroad, replaces }],
    });
    expect(issuesOf(feePeriodSchema.safeParse(withAbroad(['fee'])))).toEqual([]);
    expect(issuesOf(feePeriodSchema.safeParse(withAbroad(['fee', 'feee', 'abroad'])))).toEqual([
      'components.1.replaces.1: replaces "feee", which is not another component of this period',
      'components.1.replaces.2: replaces "abroad", which is not another component of this period',
    ]);
  });

  it('rejects unknown keys (strict objects)', () => {
    expect(issuesOf(feePeriodSchema.safeParse({ ...goodPeriod, rate: 10 }))[0]).toMatch(/Unrecognized key/);
  });

  it('rejects a rule fact with a bad threshold currency, naming the nested path', () => {
    const issues = issuesOf(
      ruleSchema.safeParse({
        id: 'laws',
        title: 'Laws',
        scope: 'US',
        facts: [
          {
            id: 'nyc',
            label: 'NYC',
            text: 't',
            ...sourcing,
            figures: {
              threshold: { amountMinor: 80000, currency: 'usd', window: { kind: 'rolling-days', days: 120 } },
            },
          },
        ],
      }),
    );
    expect(issues).toEqual(['facts.0.figures.threshold.currency: must be an ISO 4217 code such as USD']);
  });

  it.each(['2026', '2026-11', '2026-11-26', 'undated'])('accepts source date %s', (d) => {
    expect(sourceDateSchema.safeParse(d).success).toBe(true);
  });
  it.each(['2026-13', '26-11-2026', 'recent', '2026-11-31'])('rejects source date %s', (d) => {
    expect(sourceDateSchema.safeParse(d).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  paymentMethodSchema,
  platformSchema,
  ruleSchema,
  type FeeComponent,
  type FeePeriod,
  type PaymentMethod,
  type Platform,
  type Rule,
} from '../../../src/lib/facts/schema';
import { findFeePeriod } from '../../../src/lib/facts/lookup';
import { earliestDay, latestDay } from '../../../src/lib/facts/dates';
import { loadYamlFolder } from './load-facts';

const rawPlatforms = loadYamlFolder('platforms');
const rawMethods = loadYamlFolder('payment-methods');
const rawRules = loadYamlFolder('rules');

// Files that fail validation are left out here; the validation tests above name them and their errors.
function parseAll<T>(raw: Map<string, unknown>, parse: (v: unknown) => T | undefined): Map<string, T> {
  const parsed = new Map<string, T>();
  for (const [name, value] of raw) {
    const data = parse(value);
    if (data !== undefined) parsed.set(name, data);
  }
  return parsed;
}

describe('every YAML file validates against its schema', () => {
  it.each([...rawPlatforms])('platforms/%s.yaml', (name, value) => {
    const result = platformSchema.safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data?.id).toBe(name);
  });
  it.each([...rawMethods])('payment-methods/%s.yaml', (name, value) => {
    const result = paymentMethodSchema.safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data?.id).toBe(name);
  });
  it.each([...rawRules])('rules/%s.yaml', (name, value) => {
    const result = ruleSchema.safeParse(value);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data?.id).toBe(name);
  });
});

const platforms = parseAll<Platform>(rawPlatforms, (v) => platformSchema.safeParse(v).data);
const methods = parseAll<PaymentMethod>(rawMethods, (v) => paymentMethodSchema.safeParse(v).data);
const rules = parseAll<Rule>(rawRules, (v) => ruleSchema.safeParse(v).data);

function get<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`missing entry ${key}`);
  return value;
}
function period(periods: readonly FeePeriod[], id: string): FeePeriod {
  const p = periods.find((x) => x.id === id);
  if (!p) throw new Error(`missing period ${id}`);
  return p;
}
function component(p: FeePeriod, id: string): FeeComponent {
  const c = p.components.find((x) => x.id === id);
  if (!c) throw new Error(`missing component ${id} in ${p.id}`);
  return c;
}

describe('the files cover what the brief lists', () => {
  it('has the six platforms and ten payment methods', () => {
    expect([...platforms.keys()].sort()).toEqual(
      ['contra', 'fiverr', 'freelancer-com', 'peopleperhour', 'toptal', 'upwork'].sort(),
    );
    expect([...methods.keys()].sort()).toEqual(
      [
        'ach',
        'bank-wire',
        'escrow-com',
        'payoneer',
        'paypal',
        'sepa',
        'stripe',
        'upwork',
        'upwork-direct-contracts',
        'wise',
      ].sort(),
    );
  });

  it('gives every rule fact an id unique across all rule files', () => {
    const ids = [...rules.values()].flatMap((r) => r.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points a platform without fee periods at an existing payment method', () => {
    for (const p of platforms.values()) {
      if (p.feePeriods.length === 0) {
        expect(p.feesPaymentMethodId, p.id).toBeDefined();
        expect(methods.has(p.feesPaymentMethodId ?? ''), p.id).toBe(true);
      }
    }
  });
});

describe('fee periods of one schedule never overlap', () => {
  const all = [
    ...[...platforms.values()].map((p) => [p.id, p.feePeriods] as const),
    ...[...methods.values()].map((m) => [m.id, m.feePeriods] as const),
  ];
  it.each(all)('%s', (_id, periods) => {
    for (const [i, a] of periods.entries()) {
      for (const b of periods.slice(i + 1)) {
        if (a.party !== b.party || a.schedule !== b.schedule || a.region !== b.region) continue;
        // Two inclusive ranges overlap unless one ends before the other starts. A bound known only to the month
        // or year may share that window with its neighbour (the lookup then says the day is uncertain), so
        // compare the days each period is certainly in force: from its latest start to its earliest end.
        const aEndsFirst = a.to !== null && b.from !== null && earliestDay(a.to) < latestDay(b.from);
        const bEndsFirst = b.to !== null && a.from !== null && earliestDay(b.to) < latestDay(a.from);
        expect(aEndsFirst || bEndsFirst, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });
});

describe('key figures match their sources', () => {
  const upworkPlatform = get(platforms, 'upwork');
  const upwork = get(methods, 'upwork');
  const paypalUs = period(get(methods, 'paypal').feePeriods, 'us-commercial');
  const stripe = get(methods, 'stripe').feePeriods;

  it('Conversion Fee: 12% × (hourly rate × 2,080), min $1,000, max $50,000, $1 after 24 months (Upwork 360043723533, UA §7.3 copy, 4/2022 announcement)', () => {
    const fee = upworkPlatform.conversionFee;
    expect(fee?.rateBasisPoints).toBe(1200);
    expect(fee?.annualHours).toBe(2080);
    expect(fee?.currency).toBe('USD');
    expect(fee?.minimum.amountMinor).toBe(100_000);
    expect(fee?.minimum.confidence).toBe('medium');
    expect(fee?.maximum.amountMinor).toBe(5_000_000);
    expect(fee?.maximum.confidence).toBe('medium');
    expect(fee?.longRelationship).toMatchObject({
      feeMinor: 100,
      afterMonths: 24,
      effectiveFrom: '2022-05-01',
      stillDue: true,
    });
    // Who pays: "usually the client", and the freelancer can (Upwork help article 360043723533).
    expect([fee?.usualPayer, fee?.otherPayer]).toEqual(['client', 'freelancer']);
    // The 2-year conflict (help article vs the 2022 User Agreement) is described, with both sides' sources.
    const conflictUrls = fee?.longRelationship.conflict?.sources.map((s) => s.url) ?? [];
    expect(conflictUrls.some((u) => u.includes('360052511133'))).toBe(true);
    expect(conflictUrls.some((u) => u.includes('User-Agreement-and-ToS-Updates-4-2022'))).toBe(true);
    // Source example (1b "Formula"): $20/h → 0.12 × 20 × 2,080 = $4,992.
    expect((2000 * (fee?.annualHours ?? 0) * (fee?.rateBasisPoints ?? 0)) / 10_000).toBe(499_200);
  });

  it.each([
    // [period, component, the source's figure, expected fields]
    [paypalUs, 'checkout', 'PayPal US: Checkout 3.49%', { kind: 'percent', basisPoints: 349 }],
    [paypalUs, 'goods-and-services', 'PayPal US: goods & services 2.99%', { basisPoints: 299 }],
    [paypalUs, 'fixed-fee', 'PayPal US: fixed fee $0.49', { fixedMinor: 49, currency: 'USD' }],
    [paypalUs, 'international', 'PayPal US: international +1.50%', { basisPoints: 150, when: 'international' }],
    [paypalUs, 'dispute', 'PayPal US: dispute fee $15', { fixedMinor: 1500, when: 'per-dispute' }],
    [
      paypalUs,
      'invoice-pay-by-bank',
      'PayPal US: invoice pay-by-bank 1% (max $10)',
      { basisPoints: 100, maxMinor: 1000 },
    ],
    [period(stripe, 'us'), 'card', 'Stripe US: 2.9%', { basisPoints: 290 }],
    [period(stripe, 'us'), 'card-fixed', 'Stripe US: + 30¢', { fixedMinor: 30, currency: 'USD' }],
    [
      period(stripe, 'us'),
      'manual-entry',
      'Stripe US: +0.5% manually entered',
      { basisPoints: 50, when: 'manual-entry' },
    ],
    [period(stripe, 'us'), 'international', 'Stripe US: +1.5% international cards', { basisPoints: 150 }],
    [period(stripe, 'us'), 'conversion', 'Stripe US: +1% currency conversion', { basisPoints: 100 }],
    [
      period(stripe, 'us'),
      'ach-debit',
      'Stripe US: ACH Direct Debit 0.8% (max $5)',
      { basisPoints: 80, maxMinor: 500 },
    ],
    [period(stripe, 'uk'), 'card-standard', 'Stripe UK: standard UK cards 1.5%', { basisPoints: 150 }],
    [period(stripe, 'uk'), 'card-fixed', 'Stripe UK: + 20p', { fixedMinor: 20, currency: 'GBP' }],
    [period(stripe, 'uk'), 'dispute', 'Stripe UK: dispute £20', { fixedMinor: 2000, currency: 'GBP' }],
    [period(stripe, 'uk'), 'conversion', 'Stripe UK: +2% conversion is L', { basisPoints: 200, confidence: 'low' }],
    [
      period(upwork.feePeriods, 'freelancer-flat-10-2023'),
      'service-fee',
      'Upwork: flat 10% from 3 May 2023',
      { basisPoints: 1000 },
    ],
    [
      period(upwork.feePeriods, 'freelancer-sliding-2016-2023'),
      'first-500',
      'Upwork sliding: 20% on the first $500',
      { basisPoints: 2000 },
    ],
    [
      period(upwork.feePeriods, 'freelancer-sliding-2016-2023'),
      'above-10000',
      'Upwork sliding: 5% above $10,000',
      { basisPoints: 500 },
    ],
    [
      period(upwork.feePeriods, 'freelancer-variable-2025'),
      'service-fee',
      'Upwork variable 0–15%',
      { range: { low: 0, high: 1500 } },
    ],
    [
      period(upwork.feePeriods, 'client-contract-initiation-current'),
      'contract-initiation',
      'Upwork CIF $0.99–$14.99',
      { range: { low: 99, high: 1499 }, when: 'once-per-contract' },
    ],
  ] as const)('%#: %s', (p, componentId, _row, expected) => {
    expect(component(p, componentId)).toMatchObject(expected);
  });

  it('dates and confidence of periods match their sources', () => {
    expect(period(upwork.feePeriods, 'freelancer-flat-10-2023')).toMatchObject({
      from: '2023-05-03',
      confidence: 'high',
    });
    expect(period(upwork.feePeriods, 'freelancer-sliding-2016-2023')).toMatchObject({ to: '2023-05-02' });
    // The variable fee and the client marketplace fee come from secondary sources only (Upwork's page not found).
    expect(period(upwork.feePeriods, 'freelancer-variable-2025').confidence).toBe('low');
    expect(period(upwork.feePeriods, 'client-marketplace-current').confidence).toBe('low');
    expect(period(stripe, 'uk').from).toBe('2023-04-10');
    expect(period(stripe, 'eea').confidence).toBe('low');
  });

  it('stores NOT FOUND items without a value', () => {
    const escrow = period(get(methods, 'escrow-com').feePeriods, 'fee-schedule');
    expect(escrow).toMatchObject({ confidence: 'not-found', components: [] });
    expect(period(get(platforms, 'toptal').feePeriods, 'talent-fee')).toMatchObject({
      confidence: 'not-found',
      components: [],
    });
    expect(get(platforms, 'contra').offPlatformRule.confidence).toBe('not-found');
    expect(period(get(platforms, 'peopleperhour').feePeriods, 'seller-fee-announced').confidence).toBe('low');
  });

  it('finds the Upwork fee in force each side of the 3 May 2023 change', () => {
    expect(findFeePeriod(upwork.feePeriods, 'freelancer', '2023-05-02', undefined, 'service-fee')?.id).toBe(
      'freelancer-sliding-2016-2023',
    );
    expect(findFeePeriod(upwork.feePeriods, 'freelancer', '2023-05-03', undefined, 'service-fee')?.id).toBe(
      'freelancer-flat-10-2023',
    );
  });

  it("lists Upwork's protections and their limits, each sourced (Upwork help articles 211068288, 211063748, 211068208, 211062068, 34385274054547)", () => {
    const ids = upworkPlatform.protections.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'hourly-protection',
        'hourly-not-covered',
        'fixed-price-protection',
        'review-window',
        'dispute-steps',
        'off-platform-no-help',
      ]),
    );
    const text = (id: string) => upworkPlatform.protections.find((p) => p.id === id)?.text ?? '';
    expect(text('fixed-price-protection')).toMatch(/only the money that's held in escrow is secure/i);
    expect(text('review-window')).toMatch(/14 days.*released automatically/s);
    expect(text('off-platform-no-help')).toMatch(/outside the platform/);
  });

  it("holds the structured law figures tools need (each law's own source)", () => {
    const facts = [...rules.values()].flatMap((r) => r.facts);
    const fact = (id: string) => {
      const f = facts.find((x) => x.id === id);
      if (!f) throw new Error(`missing fact ${id}`);
      return f;
    };
    expect(fact('nyc-fifa-threshold').figures).toMatchObject({
      threshold: { amountMinor: 80_000, currency: 'USD', window: { kind: 'rolling-days', days: 120 } },
      effectiveFrom: '2017-05-15',
      paymentDueDays: 30,
    });
    expect(fact('nys-fifa').figures?.effectiveFrom).toBe('2024-08-28');
    // Seattle Ordinance 126373: $600 in a calendar year, from 1 Sep 2022; Columbus File 1016-2023: $250 over 120 days.
    expect(fact('seattle-icpo').figures).toMatchObject({
      threshold: { amountMinor: 60_000, window: { kind: 'calendar-year' } },
      effectiveFrom: '2022-09-01',
      paymentDueDays: 30,
    });
    expect(fact('columbus-fwp').figures).toMatchObject({
      threshold: { amountMinor: 25_000, window: { kind: 'rolling-days', days: 120 } },
      effectiveFrom: '2023-05-31',
      recordKeepingYears: 5,
    });
    expect(fact('illinois-fwpa').figures?.threshold?.amountMinor).toBe(50_000);
    expect(fact('california-sb-988').figures?.threshold?.amountMinor).toBe(25_000);
    expect(fact('los-angeles-fwpo').figures).toMatchObject({
      threshold: { amountMinor: 60_000, window: { kind: 'calendar-year' } },
      effectiveFrom: '2023-07-01',
    });
    expect(fact('uk-statutory-interest').figures?.interest).toEqual({
      basisPointsOverReference: 800,
      reference: 'bank-of-england-base-rate',
      kind: 'exact',
    });
    // UK bands: £40 up to £999.99; £70 for £1,000–£9,999.99; £100 from £10,000.
    expect(fact('uk-fixed-compensation').figures?.compensationBands).toEqual([
      { debtFromMinor: 0, debtToMinor: 99_999, amountMinor: 4000, currency: 'GBP' },
      { debtFromMinor: 100_000, debtToMinor: 999_999, amountMinor: 7000, currency: 'GBP' },
      { debtFromMinor: 1_000_000, debtToMinor: null, amountMinor: 10_000, currency: 'GBP' },
    ]);
    expect(fact('eu-late-payment-interest').figures).toMatchObject({
      interest: { basisPointsOverReference: 800, reference: 'ecb-reference-rate', kind: 'minimum' },
      minimumCompensation: { amountMinor: 4000, currency: 'EUR' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeBadge,
  findConversionFeeBoundRates,
  describeFeeComponent,
  formatPeriodDates,
  formatMoneyInText,
  formatSourceDate,
  isStale,
  presentFact,
  presentFigure,
  type FactData,
} from '../../../src/lib/facts/present';
import { paymentMethodSchema, platformSchema, ruleSchema, type FeeComponent } from '../../../src/lib/facts/schema';
import { loadYamlFolder } from './load-facts';

const data: FactData = {
  rules: [...loadYamlFolder('rules').values()].map((d) => ruleSchema.parse(d)),
  platforms: [...loadYamlFolder('platforms').values()].map((d) => platformSchema.parse(d)),
  paymentMethods: [...loadYamlFolder('payment-methods').values()].map((d) => paymentMethodSchema.parse(d)),
};

describe('describeFeeComponent', () => {
  const base = { id: 'x', label: 'x', when: 'every-payment' } as const;
  it.each<[FeeComponent, string]>([
    [{ ...base, kind: 'percent', basisPoints: 290 }, '2.9%'],
    [{ ...base, kind: 'fixed', fixedMinor: 30, currency: 'USD' }, '0.30 USD'],
    // PayPal invoice pay-by-bank: 1% (max $10), PayPal business fees page
    [{ ...base, kind: 'percent', basisPoints: 100, maxMinor: 1000, currency: 'USD' }, '1% (at most 10.00 USD)'],
    // Freelancer.com employer fee: greater of 3% or $3, Freelancer.com project fees page
    [{ ...base, kind: 'percent', basisPoints: 300, minMinor: 300, currency: 'USD' }, '3% (at least 3.00 USD)'],
    // Contract Initiation Fee $0.99–$14.99, Upwork help article 26106318334611
    [{ ...base, kind: 'fixed', range: { low: 99, high: 1499 }, currency: 'USD' }, '0.99 USD to 14.99 USD'],
    [{ ...base, kind: 'percent', range: { low: 0, high: 1500 } }, '0% to 15%'],
  ])('%o → %s', (component, expected) => {
    expect(describeFeeComponent(component)).toBe(expected);
  });

  it('refuses a fixed amount without a known currency', () => {
    expect(() => describeFeeComponent({ ...base, kind: 'fixed', fixedMinor: 30 })).toThrow(/currency/);
  });

  it.each<[FeeComponent, string]>([
    [{ ...base, kind: 'fixed', fixedMinor: 30, currency: 'USD' }, '$0.30'],
    [{ ...base, kind: 'percent', basisPoints: 100, maxMinor: 1000, currency: 'USD' }, '1% (at most $10)'],
    [{ ...base, kind: 'fixed', range: { low: 99, high: 1499 }, currency: 'USD' }, '$0.99 to $14.99'],
    [{ ...base, kind: 'fixed', fixedMinor: 20, currency: 'GBP' }, '£0.20'],
  ])('in a sentence: %o → %s', (component, expected) => {
    expect(describeFeeComponent(component, 'text')).toBe(expected);
  });
});

describe('formatMoneyInText', () => {
  it.each([
    [100_000, 'USD', '$1,000'],
    [499_200, 'USD', '$4,992'],
    [49, 'USD', '$0.49'],
    [99_999, 'GBP', '£999.99'],
    [4_000, 'EUR', '€40'],
    [150_000, 'USD', '$1,500'],
    // 3-decimal and 0-decimal currencies keep their own exponent (ISO 4217): no symbol, the code after.
    [4_000_000, 'KWD', '4,000 KWD'],
    [4_000_500, 'KWD', '4,000.500 KWD'],
    [400_000, 'JPY', '400,000 JPY'],
  ] as const)('%i %s → %s', (minor, currency, expected) => {
    expect(formatMoneyInText(minor, currency)).toBe(expected);
  });
});

describe('formatSourceDate and formatPeriodDates', () => {
  it.each([
    ['undated', 'undated'],
    ['2017', '2017'],
    ['2026-09', 'September 2026'],
    ['2026-09-20', '20 September 2026'],
  ])('%s → %s', (d, expected) => {
    expect(formatSourceDate(d)).toBe(expected);
  });

  it.each([
    ['2016-06-01', '2023-05-02', '1 June 2016 to 2 May 2023'],
    ['2023-05-03', null, 'From 3 May 2023'],
    [null, '2016-05-31', 'Until 31 May 2016'],
    [null, null, 'No known start or end date'],
    // Upwork's archived fee page gives the 2016 change as "June 2016", with no day: the page must say no more.
    [null, '2016-06', 'Until June 2016 (day not known)'],
    ['2016-06', '2023-05-02', 'June 2016 to 2 May 2023 (day not known)'],
    ['2025', null, 'From 2025 (day not known)'],
  ])('%s – %s → %s', (from, to, expected) => {
    expect(formatPeriodDates(from, to)).toBe(expected);
  });
});

describe('isStale', () => {
  it.each([
    ['2025-11-26', '2026-11-26', false], // exactly 12 months: still fresh, as in listStaleFacts
    ['2025-11-25', '2026-11-26', true],
    ['2026-11-26', '2026-11-26', false],
    ['2024-02-29', '2025-02-28', false], // month-end clamping: 2025-02-28 minus 12 months is 2024-02-28
  ])('checked %s, built %s → %s', (checked, now, expected) => {
    expect(isStale(checked, now)).toBe(expected);
  });
});

describe('describeBadge', () => {
  it('labels only low and not-found values', () => {
    expect(describeBadge('high')).toBeUndefined();
    expect(describeBadge('medium')).toBeUndefined();
    expect(describeBadge('low')).toEqual({ label: 'Unverified', className: 'badge badge--low' });
    expect(describeBadge('not-found')?.label).toBe('Not found');
    expect(describeBadge('not-found')?.className).toContain('badge--low');
  });
});

describe('presentFact on the real data', () => {
  it.each([
    // Upwork help article 360043723533 and the UA copy: 12% × rate × 2,080, $1,000 / $50,000 (M), $1 after 24 months
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'rate' }, '12%', 'high'],
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'annual-hours' }, '2,080', 'high'],
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'minimum' }, '$1,000', 'medium'],
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'maximum' }, '$50,000', 'medium'],
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'long-relationship-fee' }, '$1', 'high'],
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'long-relationship-months' }, '24 months', 'high'],
    // NYC DCWP page: a written contract for $800 or more over 120 days
    [{ rule: 'freelancer-laws', id: 'nyc-fifa-threshold', figure: 'threshold' }, '$800', 'high'],
    [{ rule: 'freelancer-laws', id: 'nyc-fifa-threshold', figure: 'window' }, 'the prior 120 days', 'high'],
    // PayPal business fees (transcription): Checkout 3.49% (M)
    [
      { platform: 'upwork', id: 'conversion-fee', figure: 'payer' },
      'usually paid by the client, though the freelancer may pay it instead',
      'high',
    ],
    // Upwork's own example: $20 an hour gives $4,992; below $4.01 an hour the $1,000 minimum applies.
    [{ platform: 'upwork', id: 'conversion-fee', figure: 'for-rate:2000' }, '$4,992 at $20 an hour', 'high'],
    [
      { platform: 'upwork', id: 'conversion-fee', figure: 'for-rate:300' },
      '$1,000 (the minimum) at $3 an hour',
      'high',
    ],
    [{ method: 'paypal', period: 'us-commercial', component: 'checkout' }, '3.49%', 'medium'],
  ])('%o → %s (%s)', (query, value, confidence) => {
    const fact = presentFact(data, query);
    expect(fact.value).toBe(value);
    expect(fact.confidence).toBe(confidence);
    expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps a not-found item visible as not found, without a figure', () => {
    const fact = presentFact(data, { method: 'paypal', period: 'currency-conversion' });
    expect(fact.confidence).toBe('not-found');
    expect(fact.value).toBe('Not found in any source we could check.');
  });

  it('throws on a query that matches nothing, so a typo fails the build', () => {
    expect(() => presentFact(data, { rule: 'freelancer-laws', id: 'no-such-fact' })).toThrow(/No fact matches/);
    expect(() => presentFact(data, { platform: 'upwork', id: 'conversion-fee', figure: 'nope' })).toThrow();
    expect(() => presentFact(data, { rule: 'freelancer-laws', platform: 'upwork', id: 'x' })).toThrow(/exactly one/);
  });
});

describe('presentFigure', () => {
  it('describes UK fixed compensation bands (GOV.UK late commercial payments: £40 / £70 / £100)', () => {
    const uk = data.rules.find((r) => r.id === 'late-payment')?.facts.find((f) => f.id === 'uk-fixed-compensation');
    expect(presentFigure(uk?.figures, 'compensation-bands')).toBe(
      '£40 for a debt of up to £999.99; £70 for a debt of £1,000 to £9,999.99; £100 for a debt of £10,000 or more',
    );
  });
  it('returns undefined for a figure the fact does not have', () => {
    expect(presentFigure({}, 'threshold')).toBeUndefined();
    expect(presentFigure(undefined, 'threshold')).toBeUndefined();
  });
});

describe('findConversionFeeBoundRates', () => {
  it('finds where the minimum and maximum start to apply (12% × rate × 2,080; $1,000 / $50,000)', () => {
    const upwork = data.platforms.find((p) => p.id === 'upwork')?.conversionFee;
    if (!upwork) throw new Error('Upwork conversion fee missing from the data');
    // Hand-worked: 12% × 2,080 = 249.6 hours' pay. $1,000 / 249.6 = $4.0064 → $4.01; $50,000 / 249.6 = $200.3205 → $200.32.
    expect(findConversionFeeBoundRates(upwork)).toEqual({ minimumBelow: 401, maximumAbove: 20032 });
  });
});

describe('presentFact: the Conversion Fee in words', () => {
  it('states the formula with its rate and hours (Upwork help article 360043723533)', () => {
    const fact = presentFact(data, { platform: 'upwork', id: 'conversion-fee' });
    expect(fact.text).toMatch(/^12% × \(hourly rate × 2,080 hours\)\. The hourly rate is the highest of three rates/);
  });
});

describe('presentFact: the Conversion Fee after 24 months', () => {
  it('says the $1 fee is still due, and gives the conflict between Upwork pages with its sources', () => {
    const long = presentFact(data, { platform: 'upwork', id: 'conversion-fee', figure: 'long-relationship-fee' });
    expect(long.text).toMatch(/It is still due/);
    const conflict = presentFact(data, {
      platform: 'upwork',
      id: 'conversion-fee',
      figure: 'long-relationship-conflict',
    });
    expect(conflict.text).toMatch(/disagree|no fee/);
    expect(conflict.sources.length).toBeGreaterThanOrEqual(2);
    expect(conflict.confidence).toBe('medium');
  });
});

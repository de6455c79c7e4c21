import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  agreementCodec,
  createInitialState,
  normalizeText,
  parseAgreementState,
  parsePercentToBasisPoints,
  splitLines,
  validateAgreement,
  type AgreementState,
} from '../../../src/lib/agreement/form';
import { FORM_MESSAGES } from '../../../src/lib/agreement/labels';
import { FIXTURE_NAMES, loadFixture } from './library';

const design = loadFixture('design-fixed-deposit');
const fieldsOf = (s: AgreementState) => validateAgreement(s, FORM_MESSAGES).errors.map((e) => e.field);
const messageFor = (s: AgreementState, field: string) =>
  validateAgreement(s, FORM_MESSAGES).errors.find((e) => e.field === field)?.message;

describe('validateAgreement', () => {
  test('a blank form lists every required field, each keyed by its control id', () => {
    expect(fieldsOf(createInitialState('2026-01-10'))).toEqual([
      'freelancer-name',
      'freelancer-email',
      'freelancer-address',
      'client-name',
      'client-contact',
      'client-email',
      'client-address',
      'project-title',
      'project-scope',
      'project-deliverables',
      'dates-endDate',
      'money-total',
      'money-milestones-0-date',
      'legal-governingLaw',
    ]);
  });

  test.each([
    [
      'name over 100 characters',
      { ...design, client: { ...design.client, name: 'x'.repeat(101) } },
      'client-name',
      "The client's name must be 100 characters or fewer",
    ],
    [
      'an email without @',
      { ...design, client: { ...design.client, email: 'jo.acme.example' } },
      'client-email',
      'Enter an email address like name@example.com',
    ],
    [
      'end date before the start',
      { ...design, dates: { ...design.dates, endDate: '2026-02-01' } },
      'dates-endDate',
      'The end date must be on or after the start date',
    ],
    [
      'a 31 February',
      { ...design, dates: { ...design.dates, endDate: '2026-02-31' } },
      'dates-endDate',
      'February 2026 has 28 days',
    ],
    [
      'milestones out of order',
      {
        ...design,
        money: {
          ...design.money,
          milestones: [
            { name: 'A', date: '2026-03-10' },
            { name: 'B', date: '2026-03-01' },
          ],
        },
      },
      'money-milestones-1-date',
      'Milestone 2 must be on or after milestone 1',
    ],
    [
      'a deposit over 100%',
      { ...design, money: { ...design.money, depositPercent: '120' } },
      'money-depositPercent',
      'Enter a deposit from 0 to 100 percent, like 50',
    ],
    [
      'three decimals in USD',
      { ...design, money: { ...design.money, total: '2000.005' } },
      'money-total',
      'USD amounts have at most 2 decimal places',
    ],
    [
      'no platform name when one is needed',
      { ...design, legal: { ...design.legal, platform: 'stays-on-platform' as const } },
      'legal-platformName',
      'Enter the name of the platform',
    ],
  ])('%s', (_name, state, field, message) => {
    expect(messageFor(state, field)).toBe(message);
  });

  test('a plan that does not add up is reported at the plan choice, not silently fixed', async () => {
    const { buildAgreement } = await import('../../../src/lib/agreement/build');
    const { loadLibrary } = await import('./library');
    const retainer = loadFixture('development-hourly-retainer');
    const plan = retainer.money.calculatorPlan;
    if (!plan) throw new Error('fixture has a plan');
    // A 30,000 EUR deposit on an estimated 20,400 EUR total cannot be paid out of the invoices.
    const broken = {
      ...retainer,
      money: { ...retainer.money, calculatorPlan: { ...plan, deposit: { kind: 'amount' as const, minor: 3_000_000 } } },
    };
    const build = buildAgreement(broken, loadLibrary());
    expect(build.errors).toContainEqual({
      field: 'money-source-calculator',
      message: 'The plan from the calculator cannot be used: Enter a deposit no larger than the total',
    });
    expect(build.schedule).toBeNull();
  });

  test('the fixed-price form splits the rest equally, an odd cent to the earliest milestone', () => {
    // 1,000.01 USD with no deposit in three: 333.34 + 333.34 + 333.33 (largest remainder, ties to the earliest).
    const three = {
      ...design,
      money: {
        ...design.money,
        total: '1000.01',
        depositPercent: '0',
        milestones: [
          { name: 'A', date: '2026-03-01' },
          { name: 'B', date: '2026-03-02' },
          { name: 'C', date: '2026-03-03' },
        ],
      },
    };
    const { plan } = validateAgreement(three, FORM_MESSAGES);
    expect(plan?.milestones.map((m) => m.share)).toEqual([
      { kind: 'amount', minor: 33334 },
      { kind: 'amount', minor: 33334 },
      { kind: 'amount', minor: 33333 },
    ]);
    expect(plan?.deposit).toEqual({ kind: 'none' });
  });
});

describe('text helpers', () => {
  test.each([
    ['  Ana \n\t Lima  ', 'Ana Lima'],
    ['a\u0000b\u0007c', 'abc'],
    ['x\ud800y', 'x\ufffdy'],
    ['😀 ok', '😀 ok'],
  ])('normalizeText(%j) = %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('splitLines keeps each non-empty line as typed, bullets included', () => {
    expect(splitLines('One\r\n\n  - Two  \nThree')).toEqual(['One', '- Two', 'Three']);
  });

  test.each([
    ['50', 5000],
    ['12.5', 1250],
    ['1,25', 125],
    ['100%', 10_000],
    ['100.01', null],
    ['-1', null],
    ['abc', null],
  ])('parsePercentToBasisPoints(%j) = %j', (input, expected) => {
    expect(parsePercentToBasisPoints(input)).toBe(expected);
  });
});

describe('parseAgreementState', () => {
  test.each(FIXTURE_NAMES)('accepts the %s fixture unchanged', (name) => {
    const state = loadFixture(name);
    expect(parseAgreementState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  test('accepts the blank form', () => {
    const blank = createInitialState('2026-01-01');
    expect(parseAgreementState(blank)).toEqual(blank);
  });

  test('never throws, and whatever it accepts has the full shape', () => {
    const base = loadFixture('design-fixed-deposit');
    const groups = Object.keys(base);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.tuple(fc.constantFrom(...groups), fc.jsonValue()).map(([k, v]) => ({ ...base, [k]: v })),
        ),
        (input) => {
          const result = parseAgreementState(input);
          if (result !== undefined) {
            expect(typeof result.freelancer.name).toBe('string');
            expect(result.money.milestones.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  test('rejects a milestone list over the form limit and unknown choices', () => {
    const base = loadFixture('design-fixed-deposit');
    const many = {
      ...base,
      money: { ...base.money, milestones: Array.from({ length: 13 }, () => ({ name: 'x', date: '' })) },
    };
    expect(parseAgreementState(many)).toBeUndefined();
    expect(parseAgreementState({ ...base, rights: { ip: 'work-for-hire' } })).toBeUndefined();
    expect(parseAgreementState({ ...base, chosen: { portfolio: 'yes' } })).toBeUndefined();
  });

  test('drops keys it does not know', () => {
    const base = loadFixture('design-fixed-deposit');
    const parsed = parseAgreementState({ ...base, extra: 1, freelancer: { ...base.freelancer, evil: '<b>' } });
    expect(parsed).toEqual(base);
  });
});

describe('agreementCodec', () => {
  test('carries every fixture through the URL fragment unchanged', () => {
    for (const name of FIXTURE_NAMES) {
      const state = loadFixture(name);
      expect(agreementCodec.decode(`#${agreementCodec.encode(state)}`)).toEqual({ status: 'ok', value: state });
    }
  });

  test('refuses a fragment whose state was changed by hand, with a notice', () => {
    const tampered = { ...design, rights: { ip: 'work-for-hire' } } as unknown as AgreementState;
    const result = agreementCodec.decode(`#${agreementCodec.encode(tampered)}`);
    expect(result.status).toBe('rejected');
  });
});

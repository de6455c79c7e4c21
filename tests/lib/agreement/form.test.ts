import { describe, expect, test } from 'vitest';
import {
  createInitialState,
  normalizeText,
  parsePercentToBasisPoints,
  splitLines,
  validateAgreement,
  type AgreementState,
} from '../../../src/lib/agreement/form';
import { FORM_MESSAGES } from '../../../src/lib/agreement/labels';
import { loadFixture } from './library';

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

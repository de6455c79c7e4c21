import { readPlanStep } from '../../../src/lib/agreement/plan-step';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { buildAgreement } from '../../../src/lib/agreement/build';
import {
  agreementFormSpec,
  createInitialState,
  stepOfField,
  validateAgreement,
  type AgreementState,
} from '../../../src/lib/agreement/form';
import {
  agreementCodec,
  agreementStateSchema,
  isBlankAgreement,
  openAgreement,
} from '../../../src/lib/agreement/state';
import { normalizeText, splitLines } from '../../../src/lib/agreement/text';
import { planCodec } from '../../../src/lib/plan/codecs';
import { WEBSITE_PLAN } from '../plan/fixtures';
import { FIXTURE_NAMES, loadFixture, loadLibrary } from './library';

const library = loadLibrary();
const spec = agreementFormSpec(library.clauses);
const design = loadFixture('design-fixed-deposit');
const errorsOf = (s: AgreementState) => validateAgreement(s, spec, readPlanStep).errors;
const messageFor = (s: AgreementState, field: string) => errorsOf(s).find((e) => e.field === field)?.message;
const withFields = (s: AgreementState, fields: Record<string, string>): AgreementState => ({
  ...s,
  fields: { ...s.fields, ...fields },
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, val: string) => void items.set(k, val),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('validateAgreement', () => {
  test('a blank form lists every required field, each keyed by its control id, step by step', () => {
    expect(errorsOf(createInitialState('2026-01-10', library.clauses)).map((e) => e.field)).toEqual([
      'ag-freelancerName',
      'ag-freelancerEmail',
      'ag-freelancerAddress',
      'ag-clientName',
      'ag-clientContact',
      'ag-clientEmail',
      'ag-clientAddress',
      'ag-projectTitle',
      'ag-projectScope',
      'ag-deliverables',
      'ag-endDate',
      'ag-paymentMethod',
      'plan-total',
      'ag-ip',
      'ag-governingLaw',
      'ag-platform',
    ]);
  });

  test.each([
    [
      'a name over 100 characters',
      { clientName: 'x'.repeat(101) },
      'ag-clientName',
      "The client's name must be 100 characters or fewer; it has 101",
    ],
    [
      'an email without @',
      { clientEmail: 'jo.acme.example' },
      'ag-clientEmail',
      "Enter the client's email address like name@example.com",
    ],
    ['a 31 February', { endDate: '2026-02-31' }, 'ag-endDate', 'February 2026 has 28 days'],
    // Issue 12: an agreement dated after its end, and dates in 1900, passed as complete.
    [
      'an agreement dated after its end',
      { agreementDate: '2026-04-01' },
      'ag-endDate',
      'Enter a due date on or after the date of the agreement, 1 April 2026',
    ],
    [
      'an agreement dated 1900',
      { agreementDate: '1900-01-01' },
      'ag-agreementDate',
      'Enter the date of the agreement on or after 1 January 2000',
    ],
    [
      'no platform name when one is needed',
      { platform: 'stays-on-platform' },
      'ag-platformName',
      'Enter the name of the platform',
    ],
  ])('%s', (_name, fields, field, message) => {
    expect(messageFor(withFields(design, fields), field)).toBe(message);
  });

  // Issue 12: a milestone after the final delivery date passed as complete.
  test('puts a milestone delivered after the final date on that milestone', () => {
    const late = {
      ...design,
      plan: {
        ...design.plan,
        milestones: design.plan.milestones.map((m, i) => (i === 1 ? { ...m, dueDate: '2026-04-20' } : m)),
      },
    };
    expect(errorsOf(late)).toContainEqual({
      field: 'plan-milestones-1-dueDate',
      message: 'Milestone 2 is delivered on 20 April 2026, after the date the final work is due, 15 March 2026',
    });
  });

  test('puts a milestone counted in months after the final date on its month field', () => {
    const months = {
      ...design,
      plan: {
        ...design.plan,
        milestones: design.plan.milestones.map((m, i) =>
          i === 1 ? { ...m, dueKind: 'months-after-start' as const, dueMonths: '3' } : m,
        ),
      },
    };
    // 2026-02-16 + 3 months = 2026-05-16, after 2026-03-15.
    expect(errorsOf(months).map((e) => e.field)).toContain('plan-milestones-1-dueMonths');
  });

  test('finds the step of every error, the plan on the money step', () => {
    expect(stepOfField(spec, 'plan-milestones-3-dueDate')).toBe('money');
    expect(stepOfField(spec, 'ag-clientEmail')).toBe('who');
    expect(stepOfField(spec, 'ag-platform')).toBe('legal');
    expect(stepOfField(spec, 'ag-non-solicitation')).toBe('rights');
  });

  test.each(FIXTURE_NAMES)('the %s fixture is complete', (name) => {
    expect(errorsOf(loadFixture(name))).toEqual([]);
  });
});

describe('defaults that state no facts', () => {
  const blank = createInitialState('2026-01-10', library.clauses);
  // Issue 12: "We did not meet on a freelance platform" was preselected, though our readers did meet on one.
  test('nothing about the platform or ownership is chosen for the reader', () => {
    expect(blank.fields['platform']).toBe('');
    expect(blank.fields['ip']).toBe('');
    const doc = buildAgreement(blank, library, readPlanStep).document;
    const platform = doc.clauses.find((c) => c.id === 'platform');
    expect(platform?.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.segments : [])).map((s) => s.text)).toEqual([
      '[missing: whether you met on a freelance platform]',
    ]);
  });

  test('the optional clauses with risks of their own start switched off', () => {
    expect(blank.fields['non-solicitation']).toBe('');
    expect(blank.fields['indemnity']).toBe('');
    expect(blank.fields['portfolio']).toBe('yes');
  });

  // Issue 12: the default agreement had no consequence for paying late.
  test('the payment clause gives the right to pause after a stated delay, by default', () => {
    const doc = buildAgreement(withFields(design, { pauseDays: '10' }), library, readPlanStep).document;
    const fees = doc.clauses.find((c) => c.id === 'fees-and-schedule');
    const text = fees?.blocks
      .map((b) => (b.kind === 'paragraph' ? b.segments.map((s) => s.text).join('') : ''))
      .join(' ');
    expect(text).toContain('If a payment is more than 10 days late, the Freelancer may pause the work');
  });

  // Issue 12: termination for fixed-price work referred to "the rates in clause 7".
  test('ending a fixed-price agreement pays by milestone, an hourly one by the hour', () => {
    const text = (s: AgreementState) =>
      buildAgreement(s, library, readPlanStep)
        .document.clauses.find((c) => c.id === 'termination')
        ?.blocks.map((b) => (b.kind === 'paragraph' ? b.segments.map((x) => x.text).join('') : ''))
        .join(' ') ?? '';
    expect(text(design)).toContain('the share of its payment that matches the work done');
    expect(text(design)).not.toContain('rates');
    expect(text(loadFixture('development-hourly-retainer'))).toContain('for every hour worked up to the end date');
  });
});

describe('the saved agreement', () => {
  // Issue 12: a short field over 400 characters lost the whole form on reload.
  test('keeps a 2,000-character address, saves it and reads it back, with a message at the field', () => {
    const long = withFields(design, { clientAddress: 'Flat 4, '.repeat(250) });
    expect(messageFor(long, 'ag-clientAddress')).toBe(
      "The client's address must be 300 characters or fewer; it has 2,000",
    );
    const storage = memoryStorage();
    expect(agreementCodec.save(storage, long)).toBe(true);
    expect(agreementCodec.load(storage)).toEqual({ status: 'ok', value: long });
  });

  test('never replaces the saved copy with one too long to read back', () => {
    const storage = memoryStorage();
    agreementCodec.save(storage, design);
    const huge = withFields(design, {
      projectScope: 'x'.repeat(19_000),
      deliverables: 'y'.repeat(19_000),
      exclusions: 'z'.repeat(19_000),
      clientAddress: 'w'.repeat(19_000),
      freelancerAddress: 'v'.repeat(19_000),
    });
    expect(agreementCodec.save(storage, huge)).toBe(false);
    expect(agreementCodec.load(storage)).toEqual({ status: 'ok', value: design });
  });

  test.each(FIXTURE_NAMES)('carries the %s fixture through the URL fragment unchanged', (name) => {
    const state = loadFixture(name);
    expect(agreementCodec.decode(`#${agreementCodec.encode(state)}`)).toEqual({ status: 'ok', value: state });
  });

  test('never throws on arbitrary JSON, and whatever it accepts has the full shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc
            .tuple(fc.constantFrom('fields', 'plan', 'fromCalculator'), fc.jsonValue())
            .map(([k, x]) => ({ ...design, [k]: x })),
        ),
        (input) => {
          const r = v.safeParse(agreementStateSchema, input);
          if (r.success) {
            expect(typeof r.output.fromCalculator).toBe('boolean');
            expect(r.output.plan.milestones.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('opens the calculator’s plan in the payment step, naming its route', () => {
    const opened = openAgreement(`#${planCodec.encode(WEBSITE_PLAN)}`, memoryStorage(), '2026-01-10', library.clauses, {
      paypal: 'PayPal',
    });
    expect(opened.state.fromCalculator).toBe(true);
    expect(opened.state.fields['paymentMethod']).toBe('PayPal');
    const { plan } = validateAgreement(opened.state, spec, readPlanStep);
    expect(plan).toEqual(WEBSITE_PLAN);
  });
});

describe('isBlankAgreement', () => {
  const today = '2026-03-02';
  const blank = createInitialState(today, library.clauses);
  const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;

  test('holds for the form as it opens, whatever the order of its keys', () => {
    expect(isBlankAgreement(blank, today, library.clauses)).toBe(true);
    expect(
      isBlankAgreement(
        { ...blank, fields: reversed(blank.fields), plan: reversed(blank.plan) },
        today,
        library.clauses,
      ),
    ).toBe(true);
  });

  test.each([
    ['a typed name', withFields(blank, { freelancerName: 'Ana' })],
    ['a changed default', withFields(blank, { reviewDays: '8' })],
    ['another date', withFields(blank, { agreementDate: '2026-03-03' })],
    ['a plan from the calculator', { ...blank, fromCalculator: true }],
    ['a price in the plan', { ...blank, plan: { ...blank.plan, total: '100' } }],
    ['a filled agreement', design],
  ])('fails for %s', (_, state) => {
    expect(isBlankAgreement(state, today, library.clauses)).toBe(false);
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
});

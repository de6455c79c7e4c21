/**
 * The agreement's form, described once: six steps of fields with their words, and its checks. The payment step is
 * the calculator's own plan form (src/lib/plan/form.ts), so a plan is the same plan in both tools. Values stay as
 * the text the reader typed; over-long text is kept, saved and given a message, never cut.
 */
import { compareDates, formatDate, type IsoDate } from '../dates';
import { readForm, sortErrors, type FieldError } from '../form/read';
import type { Field, FormSpec } from '../form/spec';
import { createEmptyForm, type PlanFormValues } from '../plan/form-values';
import type { Plan, Schedule } from '../plan/schema';
import type { Clause } from './schema';
import { formatCount } from '../numbers';

/** Longest text accepted in each kind of field; longer text gets a message, never a silent cut. */
export const TEXT_LIMITS = {
  name: 100,
  email: 254,
  address: 300,
  contact: 100,
  title: 120,
  scope: 1500,
  list: 1500,
  governingLaw: 100,
  paymentMethod: 100,
  platformName: 60,
} as const;

export const AGREEMENT_STEPS = [
  { id: 'who', title: 'Who' },
  { id: 'what', title: 'What' },
  { id: 'when', title: 'When' },
  { id: 'money', title: 'Money' },
  { id: 'rights', title: 'Rights' },
  { id: 'legal', title: 'Legal' },
] as const;
export type StepId = (typeof AGREEMENT_STEPS)[number]['id'];

/** Everything the agreement's form holds besides the plan, by field key. */
export type AgreementFields = Record<string, string>;

export interface AgreementState {
  fields: AgreementFields;
  /** The payment plan, as the calculator's form holds it. */
  plan: PlanFormValues;
  /** The plan arrived from the calculator (the form says so, and links back). */
  fromCalculator: boolean;
}

/**
 * The agreement's own fields, with a checkbox for each optional clause the reader chooses (from the clause
 * library, on the step its data names) and each clause choice's options from its variants.
 */
export function agreementFormSpec(clauses: readonly Clause[]): FormSpec {
  const variants = (id: string) =>
    (clauses.find((c) => c.id === id)?.variants ?? []).map((v) => ({
      value: v.id,
      label: v.label,
      ...(v.hint ? { hint: v.hint } : {}),
    }));
  const chosen = (step: StepId): Field[] =>
    clauses
      .filter((c) => c.includeWhen === 'chosen' && c.formStep === step)
      .map((c) => ({
        kind: 'checkbox',
        key: c.id,
        label: `Include the clause "${c.title}"`,
        hint: c.why,
        what: c.title,
        step,
      }));
  const text = (
    key: string,
    label: string,
    what: string,
    maxLength: number,
    step: StepId,
    more: Partial<Field> = {},
  ): Field => ({ kind: 'text', key, label, what, maxLength, step, ...more }) as Field;
  const platformMet = (v: Readonly<Record<string, unknown>>) =>
    v['platform'] === 'conversion-fee-paid' || v['platform'] === 'stays-on-platform';
  return {
    prefix: 'ag',
    fields: [
      text('freelancerName', 'Your name or business name', 'your name or business name', TEXT_LIMITS.name, 'who', {
        autocomplete: 'name',
      }),
      {
        kind: 'email',
        key: 'freelancerEmail',
        label: 'Your email address',
        what: 'your email address',
        maxLength: TEXT_LIMITS.email,
        step: 'who',
      },
      {
        kind: 'textarea',
        key: 'freelancerAddress',
        label: 'Your address',
        what: 'your address',
        maxLength: TEXT_LIMITS.address,
        rows: 2,
        step: 'who',
      },
      text('clientName', "Client's name or company name", "the client's name", TEXT_LIMITS.name, 'who'),
      text('clientContact', 'Your contact at the client', 'the name of your contact', TEXT_LIMITS.contact, 'who', {
        hint: 'Name and role, like Jo Smith, marketing lead.',
      }),
      {
        kind: 'email',
        key: 'clientEmail',
        label: "Client's email address",
        what: "the client's email address",
        maxLength: TEXT_LIMITS.email,
        step: 'who',
      },
      {
        kind: 'textarea',
        key: 'clientAddress',
        label: "Client's address",
        what: "the client's address",
        maxLength: TEXT_LIMITS.address,
        rows: 2,
        step: 'who',
      },
      text('projectTitle', 'What is the project?', 'what the project is', TEXT_LIMITS.title, 'what', {
        hint: 'A short name, like A new logo and brand guide.',
      }),
      {
        kind: 'textarea',
        key: 'projectScope',
        label: 'Describe the work',
        hint: `One or two sentences; up to ${formatCount(TEXT_LIMITS.scope)} characters.`,
        what: 'the description of the work',
        maxLength: TEXT_LIMITS.scope,
        rows: 3,
        step: 'what',
      },
      {
        kind: 'textarea',
        key: 'deliverables',
        label: 'Deliverables',
        hint: 'One per line: what the client receives.',
        what: 'at least one deliverable',
        maxLength: TEXT_LIMITS.list,
        rows: 4,
        step: 'what',
      },
      {
        kind: 'textarea',
        key: 'exclusions',
        label: 'What is not included (optional)',
        hint: 'One per line. Leave empty to leave this clause out.',
        what: 'the list of what is not included',
        maxLength: TEXT_LIMITS.list,
        rows: 3,
        optional: true,
        step: 'what',
      },
      {
        kind: 'whole',
        key: 'reviewDays',
        label: 'Days the client has to review each delivery',
        what: 'the review period',
        min: 1,
        max: 90,
        step: 'what',
      },
      {
        kind: 'whole',
        key: 'revisionRounds',
        label: 'Rounds of revisions included',
        what: 'the rounds of revisions',
        min: 0,
        max: 20,
        step: 'what',
      },
      {
        kind: 'date',
        key: 'agreementDate',
        label: 'Date of the agreement',
        what: 'the date of the agreement',
        step: 'when',
      },
      {
        kind: 'date',
        key: 'endDate',
        label: 'Date the final work is due',
        what: 'the date the final work is due',
        step: 'when',
      },
      text(
        'paymentMethod',
        'How the client pays',
        'how the client pays, like bank transfer',
        TEXT_LIMITS.paymentMethod,
        'money',
        {
          hint: 'For example, bank transfer, Wise or PayPal invoice.',
        },
      ),
      {
        kind: 'whole',
        key: 'pauseDays',
        label: 'Days a payment may be late before you can pause the work',
        hint: 'The payment clause gives you the right to stop work, after telling the client in writing, once a payment is this late.',
        what: 'the days before you may pause the work',
        min: 1,
        max: 90,
        step: 'money',
      },
      ...chosen('money'),
      {
        kind: 'amount',
        key: 'expensesCap',
        label: 'Most the client pays for expenses in total, in {currency}',
        what: 'the most the client pays for expenses',
        step: 'money',
        when: (v) => v['expenses'] === 'yes',
      },
      {
        kind: 'radios',
        key: 'ip',
        label: 'Who owns the finished work?',
        what: 'who owns the finished work',
        options: variants('intellectual-property'),
        step: 'rights',
      },
      ...chosen('rights'),
      {
        kind: 'whole',
        key: 'noticeDays',
        label: 'Days of notice to end the agreement',
        what: 'the notice period',
        min: 1,
        max: 365,
        step: 'rights',
      },
      {
        kind: 'percent',
        key: 'killFeePercent',
        label: 'Kill fee, in % of the fees for work not yet done',
        hint: '0 for no kill fee.',
        what: 'the kill fee',
        step: 'rights',
      },
      text(
        'governingLaw',
        'Whose law governs the agreement?',
        'the place whose law applies, like England and Wales',
        TEXT_LIMITS.governingLaw,
        'legal',
        {
          hint: 'A country or state, like England and Wales or the State of New York.',
        },
      ),
      {
        kind: 'radios',
        key: 'platform',
        label: 'Did you meet on a freelance platform? Choose what is true.',
        hint: 'If you met on a platform, being paid outside it usually breaks its terms until its fee for leaving is paid (on Upwork, the Conversion Fee). The clause states what is true, so it must be.',
        what: 'whether you met on a freelance platform',
        options: variants('platform'),
        step: 'legal',
      },
      text('platformName', 'Name of the platform', 'the name of the platform', TEXT_LIMITS.platformName, 'legal', {
        when: platformMet,
      }),
      ...chosen('legal'),
    ],
  };
}

/**
 * A blank form. Dates start at `today` (the caller's clock) and counts at common, editable values; nothing that
 * states a fact about the parties is chosen for them (whether they met on a platform, who owns the work).
 */
export function createInitialState(today: IsoDate, clauses: readonly Clause[]): AgreementState {
  const chosen = Object.fromEntries(
    clauses.filter((c) => c.includeWhen === 'chosen').map((c) => [c.id, c.chosenByDefault ? 'yes' : '']),
  );
  return {
    fields: {
      freelancerName: '',
      freelancerEmail: '',
      freelancerAddress: '',
      clientName: '',
      clientContact: '',
      clientEmail: '',
      clientAddress: '',
      projectTitle: '',
      projectScope: '',
      deliverables: '',
      exclusions: '',
      reviewDays: '7',
      revisionRounds: '2',
      agreementDate: today,
      endDate: '',
      paymentMethod: '',
      pauseDays: '14',
      expensesCap: '',
      ip: '',
      noticeDays: '14',
      killFeePercent: '25',
      governingLaw: '',
      platform: '',
      platformName: '',
      ...chosen,
    },
    plan: createEmptyForm(today),
    fromCalculator: false,
  };
}

export interface ValidationResult {
  /** Every problem, in the order of the steps and fields. */
  errors: FieldError[];
  /** The plan and its schedule when the payment step reads cleanly. */
  plan: Plan | null;
  schedule: Schedule | null;
  /** The payment clause's sentences, when the plan reads. */
  words: PlanStep['words'];
  /** The expenses cap in minor units of the plan's currency, when the expenses clause is chosen and it reads. */
  expensesCap: number | null;
}

const ALL_STEPS_ORDER = new Map(AGREEMENT_STEPS.map((s, i) => [s.id as string, i]));

/**
 * The payment step, read: its errors (in the plan form's order), the plan and its schedule when it reads, and the
 * sentences the payment clause needs. Made by plan-step.ts, which loads when the payment step is needed.
 */
export interface PlanStep {
  errors: FieldError[];
  plan: Plan | null;
  schedule: Schedule | null;
  words: { payments: string[]; paymentTerms: string; lateTerms: string } | null;
}

/** Reads the payment step against the date the final work is due (plan-step.ts). */
export type PlanStepReader = (state: AgreementState, endDate: IsoDate | null) => PlanStep;

/**
 * Checks the whole agreement: each field, the dates against each other, and the payment step when its reader has
 * loaded (until then the plan is not read, and the document shows it as missing).
 */
export function validateAgreement(state: AgreementState, spec: FormSpec, readPlan?: PlanStepReader): ValidationResult {
  const own = readForm(spec, state.fields, { currency: null });
  const date = (key: string) => {
    const v = own.values.get(`ag-${key}`);
    return typeof v === 'string' ? v : null;
  };
  const agreementDate = date('agreementDate');
  const endDate = date('endDate');
  const step = readPlan ? readPlan(state, endDate) : null;
  const plan = step?.plan ?? null;
  // Expenses are in the plan's currency, known only once the plan reads.
  const errors = own.errors.filter((e) => e.field !== 'ag-expensesCap');
  let expensesCap: number | null = null;
  if (state.fields['expenses'] === 'yes') {
    const cap = readForm({ prefix: 'ag', fields: spec.fields.filter((f) => f.key === 'expensesCap') }, state.fields, {
      currency: plan?.currency ?? null,
      ...(state.plan.decimalMark === 'auto' ? {} : { decimalMark: state.plan.decimalMark }),
    });
    errors.push(...cap.errors);
    const value = cap.values.get('ag-expensesCap');
    expensesCap = typeof value === 'number' ? value : null;
  }
  if (agreementDate && endDate && compareDates(agreementDate, endDate) > 0) {
    errors.push({
      field: 'ag-endDate',
      message: `Enter a due date on or after the date of the agreement, ${formatDate(agreementDate)}`,
    });
  }
  const all = [...sortErrors(spec, state.fields, errors), ...(step?.errors ?? [])];
  const stepOf = (e: FieldError) => ALL_STEPS_ORDER.get(stepOfField(spec, e.field)) ?? 9;
  // Stable: errors keep their field order within a step.
  return {
    errors: all
      .map((e, i) => [e, i] as const)
      .sort((a, b) => stepOf(a[0]) - stepOf(b[0]) || a[1] - b[1])
      .map(([e]) => e),
    plan,
    schedule: step?.schedule ?? null,
    words: step?.words ?? null,
    expensesCap,
  };
}

/** The step that holds a control: the plan's fields are all on the money step. */
export function stepOfField(spec: FormSpec, id: string): StepId {
  if (id.startsWith('plan-')) return 'money';
  const key = id.startsWith('ag-') ? id.slice(3) : id;
  return (spec.fields.find((f) => f.key === key)?.step as StepId | undefined) ?? 'legal';
}

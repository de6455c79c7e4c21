/**
 * The agreement form's words: labels, hints, legends and choices. The page imports this module and hands the
 * table to the island as a prop, so the words arrive in the server-rendered HTML and cost the island's
 * JavaScript budget nothing. `{currency}` in a label is replaced by the chosen currency's code.
 */
import { CURRENCIES } from '../money';
import { TEXT_LIMITS } from './form';

/** Label and optional hint of one text control, by control id. */
export interface FieldText {
  label: string;
  hint?: string;
}

/** A radio group's legend and its choices (value and label). */
export interface RadioText {
  legend: string;
  options: [value: string, label: string][];
}

const DATE_HINT = 'For example, 2026-03-15.';

export const FIELD_TEXT = {
  'freelancer-name': { label: 'Your name or business name' },
  'freelancer-email': { label: 'Your email address' },
  'freelancer-address': { label: 'Your address' },
  'client-name': { label: "Client's name or company name" },
  'client-contact': { label: 'Your contact at the client', hint: 'Name and role, like Jo Smith, marketing lead.' },
  'client-email': { label: "Client's email address" },
  'client-address': { label: "Client's address" },
  'project-title': { label: 'What is the project?', hint: 'A short name, like A new logo and brand guide.' },
  'project-scope': {
    label: 'Describe the work',
    hint: `One or two sentences; up to ${TEXT_LIMITS.scope} characters.`,
  },
  'project-deliverables': { label: 'Deliverables', hint: 'One per line: what the client receives.' },
  'project-exclusions': {
    label: 'What is not included (optional)',
    hint: 'One per line. Leave empty to leave this clause out.',
  },
  'work-reviewDays': { label: 'Days the client has to review each delivery' },
  'work-revisionRounds': { label: 'Rounds of revisions included' },
  'dates-agreementDate': { label: 'Date of the agreement', hint: DATE_HINT },
  'money-startDate': { label: 'Date work starts', hint: DATE_HINT },
  'dates-endDate': { label: 'Date the final work is due', hint: 'For example, 2026-04-30.' },
  'money-total': { label: 'Total price ({currency})' },
  'money-rate': { label: 'Hourly rate ({currency})' },
  'money-hoursPerWeek': { label: 'Hours a week (estimate)' },
  'money-weeks': { label: 'Number of weeks' },
  'money-invoiceEveryWeeks': { label: 'Invoice every … weeks' },
  'money-depositPercent': { label: 'Deposit before work starts (percent of the total)', hint: '0 for no deposit.' },
  'money-netDays': { label: 'Days to pay after delivery' },
  'money-lateRate': { label: 'Interest rate (percent)' },
  'money-graceDays': { label: 'Days of grace before interest starts' },
  'money-paymentMethod': {
    label: 'How the client pays',
    hint: 'For example, bank transfer, Wise or PayPal invoice.',
  },
  'legal-expensesCap': { label: 'Most the client pays for expenses in total ({currency})' },
  'termination-noticeDays': { label: 'Days of notice to end the agreement' },
  'termination-killFeePercent': {
    label: 'Kill fee (percent of the fees for work not yet done)',
    hint: '0 for no kill fee.',
  },
  'legal-governingLaw': {
    label: 'Whose law governs the agreement?',
    hint: 'A country or state, like England and Wales or the State of New York.',
  },
  'legal-platformName': { label: 'Name of the platform' },
} satisfies Record<string, FieldText>;

export type TextFieldId = keyof typeof FIELD_TEXT;

/** Radio groups whose choices are not clause variants (those come from the clause library). */
export const RADIO_TEXT = {
  'money-source': {
    legend: 'Which payment plan goes into the agreement?',
    options: [
      ['calculator', 'The plan from the payment-plan calculator'],
      ['form', 'A plan I fill in here'],
    ],
  },
  'money-pricing': { legend: 'How is the work priced?', options: [] },
  'money-terms': {
    legend: 'When is each payment after the deposit due?',
    options: [
      ['on-delivery', 'On the day its work is delivered'],
      ['net', 'A number of days after delivery'],
    ],
  },
  'money-late': {
    legend: 'Interest on late payments',
    options: [
      ['none', 'No late-payment terms'],
      ['contract', 'Simple interest at a rate we agree'],
    ],
  },
  'money-latePer': {
    legend: 'The rate is',
    options: [
      ['month', 'Per month'],
      ['year', 'Per year'],
    ],
  },
  'money-feePayer': {
    legend: 'Who pays the fees of the payment method?',
    options: [
      ['client', 'The client'],
      ['freelancer', 'I do'],
      ['split', 'Half each'],
    ],
  },
  'rights-ip': { legend: 'Who owns the finished work?', options: [] },
  'legal-platform': { legend: 'Did you meet on a freelance platform? Choose what is true.', options: [] },
} satisfies Record<string, RadioText>;

export type RadioId = keyof typeof RADIO_TEXT;

/** Everything the island shows in words that does not come from the clause library. */
export interface AgreementLabels {
  fields: Record<TextFieldId, FieldText>;
  radios: Record<RadioId, RadioText>;
  /** The currency picker's options: code and "USD (US dollar)". */
  currencies: [code: string, label: string][];
}

export const AGREEMENT_LABELS: AgreementLabels = {
  fields: FIELD_TEXT,
  radios: RADIO_TEXT as Record<RadioId, RadioText>,
  currencies: Object.entries(CURRENCIES).map(([code, c]) => [code, `${code} (${c.name})`]),
};

/**
 * The agreement form's words: labels, hints, legends and choices. The page imports this module and hands the
 * table to the island as a prop, so the words arrive in the server-rendered HTML and cost the island's
 * JavaScript budget nothing. `{currency}` in a label is replaced by the chosen currency's code.
 */
import { CURRENCIES } from '../money';
import { PLAN_LIMITS } from '../plan/limits';
import type { DocumentWords } from './build';
import { TEXT_LIMITS, type FormMessages } from './form';

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

/** The island's other words: headings, buttons and status messages. `{0}`, `{1}` are filled in by the island. */
export const UI_TEXT = {
  fromCalculator: 'The payment plan from the calculator is in the payment clause.',
  copied: 'The agreement is copied as plain text.',
  preparingDocx: 'Preparing the Word file…',
  downloaded: 'Downloaded {0}.',
  copyBlocked: 'Copying is blocked in this browser. Use a download instead.',
  fileFailed: 'The file could not be made in this browser. Try another format.',
  cleared: 'Everything was cleared. The form is empty.',
  complete: 'Your agreement has {0} clauses and nothing is missing.',
  missingOne: 'Your agreement has {0} clauses; 1 detail is still missing.',
  missingMany: 'Your agreement has {0} clauses; {1} details are still missing.',
  includeClause: 'Include the clause "{0}"',
  previewJump: 'Go to the preview of the agreement',
  stepsNav: 'Steps of the form',
  problem: 'There is a problem',
  step: 'Step {0} of {1}: {2}',
  freelancer: 'You, the freelancer',
  client: 'The client',
  calculatorStart: "Work starts on the start date of the calculator's plan, {0}.",
  planWords: 'These payments go into the clause word for word:',
  planInvalid: 'This plan does not add up.',
  changePlan: 'Change the plan in the calculator',
  currency: 'Currency',
  milestones: 'Milestones after the deposit',
  milestonesHint: 'The rest of the price is split equally between them; an odd cent goes to the earliest.',
  milestoneCount: 'Number of milestones',
  milestoneName: 'Milestone {0}: what is delivered',
  milestoneDate: 'Milestone {0}: delivery date',
  back: 'Back',
  continue: 'Continue',
  checkAll: 'Check the agreement',
  startAgain: 'Start again',
  exports: 'Download or print',
  docx: 'Download Word (.docx)',
  md: 'Download Markdown (.md)',
  txt: 'Download text (.txt)',
  copy: 'Copy as text',
  print: 'Print',
  showNotes: 'Show why each clause matters (not printed or exported)',
};

/** What validation says; build.ts and the island read it through the clause library. */
export const FORM_MESSAGES: FormMessages = {
  text: {
    'freelancer-name': ['Enter your name or business name', 'Your name'],
    'freelancer-email': ['Enter your email address', 'Your email'],
    'freelancer-address': ['Enter your address', 'Your address'],
    'client-name': ["Enter the client's name", "The client's name"],
    'client-contact': ['Enter the name of your contact', 'The contact'],
    'client-email': ["Enter the client's email address", "The client's email"],
    'client-address': ["Enter the client's address", "The client's address"],
    'project-title': ['Enter what the project is', 'The project'],
    'project-scope': ['Describe the work in a sentence or two', 'The description'],
    'project-deliverables': ['List at least one deliverable', 'The deliverables'],
    'project-exclusions': [null, 'The list'],
    'money-paymentMethod': ['Enter how the client pays, like bank transfer', 'The payment method'],
    'legal-governingLaw': ['Enter the place whose law applies, like England and Wales', 'The governing law'],
    'legal-platformName': ['Enter the name of the platform', 'The platform name'],
    milestone: [null, 'A milestone name'],
  },
  tooLong: '{0} must be {1} characters or fewer',
  email: 'Enter an email address like name@example.com',
  agreementDate: 'Enter the date of the agreement',
  endDate: 'Enter the date the work is due',
  endBeforeStart: 'The end date must be on or after the start date',
  reviewDays: 'Enter the review period, from 1 to 90 days',
  revisionRounds: 'Enter the rounds of revisions, from 0 to 20',
  noticeDays: 'Enter the notice period, from 1 to 365 days',
  killFee: 'Enter the kill fee from 0 to 100 percent, like 25',
  currency: 'Choose a currency',
  startDate: 'Enter the date work starts',
  deposit: 'Enter a deposit from 0 to 100 percent, like 50',
  total: 'Enter the total price',
  totalZero: 'Enter a total price above zero',
  milestoneName: 'Enter what milestone {0} delivers',
  milestoneDate: 'Enter the delivery date of milestone {0}',
  milestoneFirst: 'Milestone 1 must be on or after the start date',
  milestoneOrder: 'Milestone {0} must be on or after milestone {1}',
  rate: 'Enter the hourly rate',
  rateZero: 'Enter an hourly rate above zero',
  hours: 'Enter the hours a week, from 0.25 to 168, like 20',
  weeks: `Enter the number of weeks, from 1 to ${PLAN_LIMITS.maxWeeks}`,
  invoiceEvery: 'Enter how often you invoice, from 1 to 52 weeks',
  netDays: `Enter the days to pay, from 1 to ${PLAN_LIMITS.maxNetDays}`,
  lateRate: 'Enter the late-payment interest, like 1.5 (percent)',
  graceDays: 'Enter the days of grace, from 0 to 365',
};

/** The document's sentences outside the clause library: the summary, the price and who pays the fees. */
export const DOCUMENT_WORDS: DocumentWords = {
  feePayer: {
    client:
      'The Client pays all fees for sending the payments, including currency conversion, so that the Freelancer receives the full amounts above.',
    freelancer: 'The Freelancer pays the fees the payment method charges for receiving the payments.',
    split: 'The Client and the Freelancer each pay half of the fees the payment method charges.',
  },
  rights: {
    assignment: ' owns the final work once it is paid in full. ',
    'exclusive-licence': ' gets an exclusive licence to the final work once it is paid in full. ',
    'non-exclusive-licence': ' gets a non-exclusive licence to the final work once it is paid in full. ',
  },
  fixedPrice: 'a fixed price of {0}',
  hourlyPrice: '{0} per hour, for about {1} a week over {2} (an estimated {3} in total)',
  deposit: '{0} ({1} of the total)',
  inShort: 'In short: ',
  worksFor: ' does this work for ',
  startsOn: '. Work starts on ',
  dueBy: ' and is due by ',
  priceIs: 'The price is ',
  depositFirst: 'A deposit of {0} ({1} of the total) is paid before work starts, then ',
  paidIn: 'It is paid in ',
  paymentsOn: '{0} on the dates in clause {1}. ',
  lateInterest: 'Late payments carry interest (clause {0}). ',
  noSchedule: 'The price and the payment schedule are ',
  notice: 'Either side can end the agreement by giving notice ',
  inAdvance: ' in advance',
  noKillFee: ', with no kill fee.',
  killFee: '; if the client ends it, a kill fee of ',
  killFeeEnd: ' of the fees for work not yet done is due.',
};

/** Everything the island shows in words that does not come from the clause library. */
export interface AgreementLabels {
  fields: Record<TextFieldId, FieldText>;
  radios: Record<RadioId, RadioText>;
  ui: Record<keyof typeof UI_TEXT, string>;
  messages: FormMessages;
  words: DocumentWords;
  /** The currency picker's options: code and "USD (US dollar)". */
  currencies: [code: string, label: string][];
}

export const AGREEMENT_LABELS: AgreementLabels = {
  fields: FIELD_TEXT,
  radios: RADIO_TEXT as Record<RadioId, RadioText>,
  ui: UI_TEXT,
  messages: FORM_MESSAGES,
  words: DOCUMENT_WORDS,
  currencies: Object.entries(CURRENCIES).map(([code, c]) => [code, `${code} (${c.name})`]),
};

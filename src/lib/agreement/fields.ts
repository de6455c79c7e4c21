/**
 * The contract between the clause library and the form: which placeholders the form fills, which choices pick a
 * clause variant, and which conditions switch an optional clause on. The clause schema checks every clause file
 * against these lists, so a clause that asks for something the form does not provide fails the build.
 * No zod here: the island imports this file and pays for every byte.
 */

/**
 * Every placeholder the form provides. `inline` values sit inside a sentence; `list` values are a list of lines
 * (one per payment or deliverable) and must stand alone as a whole paragraph of the clause text.
 */
export const PLACEHOLDERS = {
  'freelancer.name': 'inline',
  'freelancer.email': 'inline',
  'freelancer.address': 'inline',
  'client.name': 'inline',
  'client.contact': 'inline',
  'client.email': 'inline',
  'client.address': 'inline',
  'project.title': 'inline',
  'project.scope': 'inline',
  deliverables: 'list',
  exclusions: 'list',
  agreementDate: 'inline',
  startDate: 'inline',
  endDate: 'inline',
  reviewDays: 'inline',
  revisionRounds: 'inline',
  fees: 'inline',
  schedule: 'list',
  /** "2 payments": how many payments follow the deposit. */
  paymentCount: 'inline',
  /** "14 days": how late a payment may be before the Freelancer may pause the work. */
  pauseDays: 'inline',
  total: 'inline',
  paymentTerms: 'inline',
  deposit: 'inline',
  lateTerms: 'inline',
  paymentMethod: 'inline',
  feePayer: 'inline',
  expensesCap: 'inline',
  noticeDays: 'inline',
  killFee: 'inline',
  governingLaw: 'inline',
  'platform.name': 'inline',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Choices in the form that pick one variant of a clause; the variant ids of a clause must match exactly. */
export const CHOICES = {
  pricing: ['fixed', 'hourly'],
  ip: ['assignment', 'exclusive-licence', 'non-exclusive-licence'],
  platform: ['conversion-fee-paid', 'not-from-platform', 'stays-on-platform'],
} as const;

export type ChoiceName = keyof typeof CHOICES;
export type ChoiceValue<C extends ChoiceName> = (typeof CHOICES)[C][number];

/**
 * When an optional clause is in the document: the reader ticks it (`chosen`), or the plan implies it
 * (a deposit, late terms, a list of exclusions).
 */
export const CONDITIONS = ['chosen', 'has-deposit', 'has-late-terms', 'has-exclusions'] as const;
export type Condition = (typeof CONDITIONS)[number];

/**
 * When a sentence of the agreement's plain-English summary is in it: always, when the plan implies it, or by a
 * choice in the form ("ip:assignment"). The summary names only what the document says.
 */
export const SUMMARY_CONDITIONS = [
  'has-deposit',
  'no-deposit',
  'has-late-terms',
  'has-kill-fee',
  'no-kill-fee',
  ...CHOICES.ip.map((v) => `ip:${v}` as const),
] as const;
export type SummaryCondition = (typeof SUMMARY_CONDITIONS)[number];

/** `{client.name}` and `{ref:fees}` (a cross-reference that becomes "clause 7"). */
export const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export interface PlaceholderToken {
  kind: 'field' | 'ref';
  name: string;
}

/** Splits clause text into literal text and placeholder tokens, in order. */
export function tokenizeClauseText(text: string): (string | PlaceholderToken)[] {
  const out: (string | PlaceholderToken)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const inner = match[1] ?? '';
    out.push(inner.startsWith('ref:') ? { kind: 'ref', name: inner.slice(4) } : { kind: 'field', name: inner });
    last = index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Builds the agreement's document model from the form state and the clause library: which clauses are in, their
 * contiguous numbers, every placeholder filled (or marked missing), the plain-English summary and the signature
 * block. Every renderer (Markdown, plain text, preview, .docx) works from this model only.
 */
import { formatMoney, type CurrencyCode } from '../money';
import { formatDate, isIsoDate } from '../dates';
import { formatBasisPoints } from '../percent';
import type { Plan, Schedule } from '../plan/schema';
import type { FieldError } from '../form/read';
import { readPercent } from '../form/read';
import {
  tokenizeClauseText,
  type ChoiceName,
  type PLACEHOLDERS,
  type PlaceholderName,
  type SummaryCondition,
} from './fields';
import { agreementFormSpec, validateAgreement, type AgreementState, type PlanStep, type PlanStepReader } from './form';
import { fillText, normalizeText, splitLines } from './text';
import { DOCUMENT_WORDS as W } from './words';
import type { Clause, SummarySentence } from './schema';

/** `text` is ours, `user` came from the reader (or contains what they typed), `missing` marks a gap. */
export interface Segment {
  kind: 'text' | 'user' | 'missing';
  text: string;
}

export type Block = { kind: 'paragraph'; segments: Segment[] } | { kind: 'list'; items: Segment[][] };

export interface DocumentClause {
  number: number;
  id: string;
  title: string;
  blocks: Block[];
  why: string;
  /** The clause has legal notes (on the clause library page, from the rules collection). */
  hasLegalNotes: boolean;
}

export interface SignatureParty {
  role: 'Freelancer' | 'Client';
  name: Segment;
}

export interface AgreementDocument {
  title: string;
  /** "Ana Lima and Acme Ltd" */
  subtitle: Segment[];
  /** The "In short" paragraph. */
  summary: Segment[];
  clauses: DocumentClause[];
  signatures: SignatureParty[];
}

export interface AgreementBuild {
  document: AgreementDocument;
  errors: FieldError[];
  plan: Plan | null;
  schedule: Schedule | null;
}

/** What the page hands over from the content collections. */
export interface ClauseLibrary {
  clauses: readonly Clause[];
  /** The "In short" sentences (src/content/data/agreement-summary.yaml). */
  summary: readonly SummarySentence[];
}

export const DOCUMENT_TITLE = 'Freelance services agreement';

/** "[missing: client's email]", "[missing: end date]": the placeholder's name in words. */
function missing(name: PlaceholderName): Segment {
  const words = name
    .replace('freelancer.', 'your ')
    .replace('client.', "client's ")
    .replace('project.', 'project ')
    .replace('platform.', 'platform ')
    .replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  return { kind: 'missing', text: `[missing: ${words}]` };
}

const t = (text: string): Segment => ({ kind: 'text', text });
const u = (text: string): Segment => ({ kind: 'user', text });

type Values = { [K in PlaceholderName]: (typeof PLACEHOLDERS)[K] extends 'list' ? Segment[][] : Segment[] };

function userOr(name: PlaceholderName, raw: string): Segment[] {
  const text = normalizeText(raw);
  return text === '' ? [missing(name)] : [u(text)];
}

/** "1 day", "14 days": a count typed in the form with its unit, or a missing marker when out of range. */
function countOr(name: PlaceholderName, raw: string, min: number, max: number, unit: [string, string]): Segment[] {
  const s = raw.trim();
  if (!/^\d{1,6}$/.test(s) || Number(s) < min || Number(s) > max) return [missing(name)];
  const n = Number(s);
  return [t(`${n} ${n === 1 ? unit[0] : unit[1]}`)];
}

function dateOr(name: PlaceholderName, raw: string | undefined): Segment[] {
  return raw !== undefined && isIsoDate(raw) ? [t(formatDate(raw))] : [missing(name)];
}

/** "2 hours", "37.5 hours". */
function formatHours(h: number): string {
  return `${String(h)} ${h === 1 ? 'hour' : 'hours'}`;
}

/** Share of the total as a percentage: "50%", or "about 33.3%" when it does not divide exactly. */
function describeShare(partMinor: number, totalMinor: number): string {
  if (totalMinor <= 0) return '';
  const exact = (partMinor * 10_000) % totalMinor === 0;
  const bp = Math.round((partMinor * 10_000) / totalMinor);
  return `${exact ? '' : 'about '}${formatBasisPoints(bp)}`;
}

function killFeeOf(state: AgreementState): number | null {
  const r = readPercent(state.fields['killFeePercent'] ?? '', { what: 'the kill fee' });
  return r.ok && typeof r.value === 'number' ? r.value : null;
}

function computeValues(
  state: AgreementState,
  plan: Plan | null,
  schedule: Schedule | null,
  words: PlanStep['words'],
  expensesCap: number | null,
): Values {
  const f = state.fields;
  const field = (key: string) => f[key] ?? '';
  const currency: CurrencyCode | null = plan?.currency ?? null;
  const money = (minor: number) => formatMoney(minor, currency ?? 'USD');
  const deposit = schedule?.payments.find((p) => p.kind === 'deposit');
  const lines = (name: PlaceholderName, raw: string): Segment[][] => {
    const items = splitLines(raw);
    return items.length === 0 ? [[missing(name)]] : items.map((line) => [u(line)]);
  };
  let fees: Segment[] = [missing('fees')];
  if (plan && schedule) {
    const p = plan.pricing;
    fees = [
      t(
        p.kind === 'fixed'
          ? fillText(W.fixedPrice, money(schedule.totalMinor))
          : fillText(
              W.hourlyPrice,
              money(p.rateMinor),
              formatHours(p.hoursPerWeek),
              `${p.weeks} ${p.weeks === 1 ? 'week' : 'weeks'}`,
              money(schedule.totalMinor),
            ),
      ),
    ];
  }
  const killBp = killFeeOf(state);
  const rest = schedule ? schedule.payments.filter((p) => p.kind !== 'deposit').length : null;
  return {
    'freelancer.name': userOr('freelancer.name', field('freelancerName')),
    'freelancer.email': userOr('freelancer.email', field('freelancerEmail')),
    'freelancer.address': userOr('freelancer.address', field('freelancerAddress')),
    'client.name': userOr('client.name', field('clientName')),
    'client.contact': userOr('client.contact', field('clientContact')),
    'client.email': userOr('client.email', field('clientEmail')),
    'client.address': userOr('client.address', field('clientAddress')),
    'project.title': userOr('project.title', field('projectTitle')),
    'project.scope': userOr('project.scope', field('projectScope')),
    deliverables: lines('deliverables', field('deliverables')),
    exclusions: lines('exclusions', field('exclusions')),
    agreementDate: dateOr('agreementDate', field('agreementDate')),
    startDate: dateOr('startDate', plan?.startDate ?? state.plan.startDate),
    endDate: dateOr('endDate', field('endDate')),
    reviewDays: countOr('reviewDays', field('reviewDays'), 1, 90, ['day', 'days']),
    revisionRounds: countOr('revisionRounds', field('revisionRounds'), 0, 20, ['round', 'rounds']),
    fees,
    // Payment lines hold the reader's milestone names, so they are reader text in every format.
    schedule: words ? words.payments.map((line) => [u(normalizeText(line))]) : [[missing('schedule')]],
    paymentCount: rest === null ? [missing('paymentCount')] : [t(`${rest} ${rest === 1 ? 'payment' : 'payments'}`)],
    pauseDays: countOr('pauseDays', field('pauseDays'), 1, 90, ['day', 'days']),
    total: schedule ? [t(money(schedule.totalMinor))] : [missing('total')],
    paymentTerms: words ? [t(words.paymentTerms)] : [missing('paymentTerms')],
    deposit:
      deposit && schedule
        ? [t(fillText(W.deposit, money(deposit.amountMinor), describeShare(deposit.amountMinor, schedule.totalMinor)))]
        : [missing('deposit')],
    lateTerms: words ? [t(words.lateTerms)] : [missing('lateTerms')],
    paymentMethod: userOr('paymentMethod', field('paymentMethod')),
    feePayer: plan ? [t(W.feePayer[plan.feePayer])] : [missing('feePayer')],
    expensesCap: expensesCap === null ? [missing('expensesCap')] : [t(money(expensesCap))],
    noticeDays: countOr('noticeDays', field('noticeDays'), 1, 365, ['day', 'days']),
    killFee: killBp === null ? [missing('killFee')] : [t(formatBasisPoints(killBp))],
    governingLaw: userOr('governingLaw', field('governingLaw')),
    'platform.name': userOr('platform.name', field('platformName')),
  };
}

/** The form choice that picks each clause variant; undefined while the reader has not chosen. */
function chooseVariant(choice: ChoiceName, state: AgreementState, plan: Plan | null): string | undefined {
  switch (choice) {
    case 'pricing':
      return plan?.pricing.kind ?? state.plan.pricingKind;
    case 'ip':
      return state.fields['ip'] || undefined;
    case 'platform':
      return state.fields['platform'] || undefined;
  }
}

function isIncluded(clause: Clause, state: AgreementState, plan: Plan | null, schedule: Schedule | null): boolean {
  if (clause.required) return true;
  switch (clause.includeWhen) {
    case 'chosen':
      return state.fields[clause.id] === 'yes';
    case 'has-deposit':
      if (schedule) return schedule.payments.some((p) => p.kind === 'deposit');
      return (plan?.deposit.kind ?? state.plan.depositKind) !== 'none';
    case 'has-late-terms':
      return (plan?.late.kind ?? state.plan.lateKind) !== 'none';
    case 'has-exclusions':
      return splitLines(state.fields['exclusions'] ?? '').length > 0;
    default:
      return false;
  }
}

function holds(
  condition: SummaryCondition | undefined,
  state: AgreementState,
  schedule: Schedule | null,
  plan: Plan | null,
): boolean {
  if (condition === undefined) return true;
  const hasDeposit = schedule ? schedule.payments.some((p) => p.kind === 'deposit') : state.plan.depositKind !== 'none';
  const kill = killFeeOf(state);
  switch (condition) {
    case 'has-deposit':
      return hasDeposit;
    case 'no-deposit':
      return !hasDeposit;
    case 'has-late-terms':
      return (plan?.late.kind ?? state.plan.lateKind) !== 'none';
    case 'has-kill-fee':
      return kill !== 0;
    case 'no-kill-fee':
      return kill === 0;
    default:
      return condition === `ip:${state.fields['ip'] ?? ''}`;
  }
}

function fillParagraph(text: string, values: Values, numbers: ReadonlyMap<string, number>): Block {
  const tokens = tokenizeClauseText(text);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  // A list placeholder's value is a list of lines (arrays); the library check keeps it a paragraph on its own.
  if (
    only &&
    typeof only !== 'string' &&
    only.kind === 'field' &&
    Array.isArray(values[only.name as 'schedule']?.[0])
  ) {
    return { kind: 'list', items: values[only.name as 'schedule'] };
  }
  const segments: Segment[] = [];
  for (const token of tokens) {
    if (typeof token === 'string') segments.push(t(token));
    else if (token.kind === 'ref') {
      const n = numbers.get(token.name);
      // The library check only lets references point at required clauses, so a number always exists.
      segments.push(n === undefined ? { kind: 'missing', text: '[missing: clause]' } : t(String(n)));
    } else segments.push(...(values[token.name as 'fees'] ?? [missing(token.name as PlaceholderName)]));
  }
  return { kind: 'paragraph', segments: mergeText(segments) };
}

/** Joins neighbouring segments of the same kind, so renderers see whole sentences. */
function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && s.kind !== 'missing') last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The "In short" paragraph: the library's sentences whose conditions hold, filled like clause text. */
function buildSummary(
  library: ClauseLibrary,
  values: Values,
  state: AgreementState,
  plan: Plan | null,
  schedule: Schedule | null,
  numbers: ReadonlyMap<string, number>,
): Segment[] {
  const sentences = library.summary.filter((s) => holds(s.when, state, schedule, plan));
  const segments: Segment[] = [t(W.inShort)];
  sentences.forEach((s, i) => {
    const block = fillParagraph(s.text, values, numbers);
    if (block.kind === 'paragraph') segments.push(...(i > 0 ? [t(' ')] : []), ...block.segments);
  });
  return mergeText(segments);
}

/**
 * The whole document for the current form. Never throws for any state that passed the state schema; gaps show
 * as "[missing: …]" and are listed in `errors`.
 */
export function buildAgreement(
  state: AgreementState,
  library: ClauseLibrary,
  readPlan?: PlanStepReader,
): AgreementBuild {
  const { errors, plan, schedule, words, expensesCap } = validateAgreement(
    state,
    agreementFormSpec(library.clauses),
    readPlan,
  );
  const values = computeValues(state, plan, schedule, words, expensesCap);
  const included = [...library.clauses]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .filter((c) => isIncluded(c, state, plan, schedule));
  const numbers = new Map(included.map((c, i) => [c.id, i + 1]));
  const clauses: DocumentClause[] = included.map((clause, i) => {
    const variantId = clause.choice ? chooseVariant(clause.choice, state, plan) : undefined;
    const variant = clause.variants?.find((v) => v.id === variantId);
    const blocks = [...clause.text, ...(variant?.text ?? [])].map((p) => fillParagraph(p, values, numbers));
    // A choice the reader has not made yet is a gap in the clause, shown as one.
    if (clause.choice && !variant)
      blocks.push({ kind: 'paragraph', segments: [{ kind: 'missing', text: W.unchosen[clause.choice] }] });
    return {
      number: i + 1,
      id: clause.id,
      title: clause.title,
      blocks,
      why: clause.why,
      hasLegalNotes: clause.legalNotes.length > 0,
    };
  });
  const first = (v: Segment[]): Segment => v[0] ?? t('');
  return {
    document: {
      title: DOCUMENT_TITLE,
      subtitle: [...values['freelancer.name'], t(' and '), ...values['client.name']],
      summary: buildSummary(library, values, state, plan, schedule, numbers),
      clauses,
      signatures: [
        { role: 'Freelancer', name: first(values['freelancer.name']) },
        { role: 'Client', name: first(values['client.name']) },
      ],
    },
    errors,
    plan,
    schedule,
  };
}

/** How many values the document still lacks: each "[missing: …]" marker in its clauses. */
export function countMissing(doc: AgreementDocument): number {
  return doc.clauses
    .flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.segments : b.items.flat())))
    .filter((s) => s.kind === 'missing').length;
}

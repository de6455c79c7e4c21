/**
 * Builds the agreement's document model from the form state and the clause library: which clauses are in, their
 * contiguous numbers, every placeholder filled (or marked missing), the plain-English summary and the signature
 * block. Every renderer (Markdown, plain text, preview, .docx) works from this model only.
 */
import { formatMoney, parseAmount, type CurrencyCode } from '../money';
import { formatDate, isIsoDate } from '../dates';
import { buildSchedule } from '../plan/schedule';
import { describePaymentTerms, describePayments } from '../plan/describe';
import { describeLateTerms } from '../plan/late-terms';
import { formatBasisPoints } from '../percent';
import type { Plan, Schedule } from '../plan/schema';
import { tokenizeClauseText, type ChoiceName, type PLACEHOLDERS, type PlaceholderName } from './fields';
import {
  normalizeText,
  parsePercentToBasisPoints,
  splitLines,
  validateAgreement,
  type AgreementState,
  type FieldError,
  type FormMessages,
  fillText,
} from './form';
import type { Clause } from './schema';

/** `text` is ours, `user` came from the reader (or contains what they typed), `missing` marks a gap. */
export interface Segment {
  kind: 'text' | 'user' | 'missing';
  text: string;
}

export type Block = { kind: 'paragraph'; segments: Segment[] } | { kind: 'list'; items: Segment[][] };

/** A fact from the rules collection shown beside a clause (never part of the agreement itself). */
export interface LegalNote {
  factId: string;
  label: string;
  text: string;
}

export interface DocumentClause {
  number: number;
  id: string;
  title: string;
  blocks: Block[];
  why: string;
  notes: LegalNote[];
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
  /** Facts by id from the rules collection, for the clauses' legal notes. */
  facts: Readonly<Record<string, { label: string; text: string }>>;
  /** What validation says (FORM_MESSAGES in labels.ts), handed in so the island does not ship the words twice. */
  messages: FormMessages;
  /** The document's own sentences outside the clauses (DOCUMENT_WORDS in labels.ts). */
  words: DocumentWords;
}

/** Sentences of the summary and the payment clause; `{0}`, `{1}` are filled in. */
export interface DocumentWords {
  feePayer: Record<Plan['feePayer'], string>;
  /** After the client's name in the summary, by intellectual-property choice. */
  rights: Record<AgreementState['rights']['ip'], string>;
  fixedPrice: string;
  hourlyPrice: string;
  deposit: string;
  inShort: string;
  worksFor: string;
  startsOn: string;
  dueBy: string;
  priceIs: string;
  depositFirst: string;
  paidIn: string;
  paymentsOn: string;
  lateInterest: string;
  noSchedule: string;
  notice: string;
  inAdvance: string;
  noKillFee: string;
  killFee: string;
  killFeeEnd: string;
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

function computeValues(state: AgreementState, plan: Plan | null, schedule: Schedule | null, w: DocumentWords): Values {
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
          ? fillText(w.fixedPrice, money(schedule.totalMinor))
          : fillText(
              w.hourlyPrice,
              money(p.rateMinor),
              formatHours(p.hoursPerWeek),
              `${p.weeks} ${p.weeks === 1 ? 'week' : 'weeks'}`,
              money(schedule.totalMinor),
            ),
      ),
    ];
  }
  const cap = currency ? parseAmount(state.legal.expensesCap, currency) : null;
  const killBp = parsePercentToBasisPoints(state.termination.killFeePercent);
  return {
    'freelancer.name': userOr('freelancer.name', state.freelancer.name),
    'freelancer.email': userOr('freelancer.email', state.freelancer.email),
    'freelancer.address': userOr('freelancer.address', state.freelancer.address),
    'client.name': userOr('client.name', state.client.name),
    'client.contact': userOr('client.contact', state.client.contact),
    'client.email': userOr('client.email', state.client.email),
    'client.address': userOr('client.address', state.client.address),
    'project.title': userOr('project.title', state.project.title),
    'project.scope': userOr('project.scope', state.project.scope),
    deliverables: lines('deliverables', state.project.deliverables),
    exclusions: lines('exclusions', state.project.exclusions),
    agreementDate: dateOr('agreementDate', state.dates.agreementDate),
    startDate: dateOr('startDate', plan?.startDate ?? state.money.startDate),
    endDate: dateOr('endDate', state.dates.endDate),
    reviewDays: countOr('reviewDays', state.work.reviewDays, 1, 90, ['day', 'days']),
    revisionRounds: countOr('revisionRounds', state.work.revisionRounds, 0, 20, ['round', 'rounds']),
    fees,
    // Payment lines hold the reader's milestone names, so they are reader text in every format.
    schedule: schedule ? describePayments(schedule).map((line) => [u(line)]) : [[missing('schedule')]],
    total: schedule ? [t(money(schedule.totalMinor))] : [missing('total')],
    paymentTerms: plan ? [t(describePaymentTerms(plan.paymentTerms))] : [missing('paymentTerms')],
    deposit:
      deposit && schedule
        ? [t(fillText(w.deposit, money(deposit.amountMinor), describeShare(deposit.amountMinor, schedule.totalMinor)))]
        : [missing('deposit')],
    lateTerms: plan && currency ? [t(describeLateTerms(plan.late, currency))] : [missing('lateTerms')],
    paymentMethod: userOr('paymentMethod', state.money.paymentMethod),
    feePayer: plan ? [t(w.feePayer[plan.feePayer])] : [missing('feePayer')],
    expensesCap: cap?.ok ? [t(money(cap.minor))] : [missing('expensesCap')],
    noticeDays: countOr('noticeDays', state.termination.noticeDays, 1, 365, ['day', 'days']),
    killFee: killBp === null ? [missing('killFee')] : [t(formatBasisPoints(killBp))],
    governingLaw: userOr('governingLaw', state.legal.governingLaw),
    'platform.name': userOr('platform.name', state.legal.platformName),
  };
}

/** The form choice that picks each clause variant. */
function chooseVariant(choice: ChoiceName, state: AgreementState, plan: Plan | null): string {
  switch (choice) {
    case 'pricing':
      return plan?.pricing.kind ?? state.money.pricing;
    case 'ip':
      return state.rights.ip;
    case 'platform':
      return state.legal.platform;
  }
}

function isIncluded(clause: Clause, state: AgreementState, plan: Plan | null, schedule: Schedule | null): boolean {
  if (clause.required) return true;
  switch (clause.includeWhen) {
    case 'chosen':
      return state.chosen[clause.id] === true;
    case 'has-deposit':
      if (schedule) return schedule.payments.some((p) => p.kind === 'deposit');
      return plan ? plan.deposit.kind !== 'none' : (parsePercentToBasisPoints(state.money.depositPercent) ?? 0) > 0;
    case 'has-late-terms':
      return plan ? plan.late.kind !== 'none' : state.money.late !== 'none';
    case 'has-exclusions':
      return splitLines(state.project.exclusions).length > 0;
    default:
      return false;
  }
}

/** Plan errors point at plan fields ("milestones.1.due"); the form's controls have their own ids. */
function mapPlanErrorField(field: string, fromCalculator: boolean): string {
  if (fromCalculator) return 'money-source-calculator';
  const m = /^milestones\.(\d+)\.(\w+)/.exec(field);
  if (m) return `money-milestones-${m[1]}-${m[2] === 'due' ? 'date' : 'name'}`;
  const map: Record<string, string> = {
    currency: 'money-currency',
    startDate: 'money-startDate',
    deposit: 'money-depositPercent',
    milestones: 'money-milestones-0-name',
    'pricing.totalMinor': 'money-total',
    'pricing.rateMinor': 'money-rate',
    'pricing.hoursPerWeek': 'money-hoursPerWeek',
    'pricing.weeks': 'money-weeks',
    'pricing.invoiceEveryWeeks': 'money-invoiceEveryWeeks',
  };
  return map[field] ?? 'money-total';
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

function buildSummary(
  values: Values,
  state: AgreementState,
  plan: Plan | null,
  schedule: Schedule | null,
  numbers: ReadonlyMap<string, number>,
  w: DocumentWords,
): Segment[] {
  const s: Segment[] = [t(w.inShort), ...values['freelancer.name'], t(w.worksFor), ...values['client.name']];
  s.push(t(': '), ...values['project.title'], t(w.startsOn), ...values.startDate, t(w.dueBy));
  s.push(...values.endDate, t('. '));
  if (plan && schedule) {
    const deposit = schedule.payments.find((p) => p.kind === 'deposit');
    const rest = schedule.payments.length - (deposit ? 1 : 0);
    s.push(t(w.priceIs), ...values.fees, t('. '));
    s.push(
      t(
        deposit
          ? fillText(
              w.depositFirst,
              formatMoney(deposit.amountMinor, plan.currency),
              describeShare(deposit.amountMinor, schedule.totalMinor),
            )
          : w.paidIn,
      ),
    );
    s.push(
      t(
        fillText(
          w.paymentsOn,
          `${rest} ${rest === 1 ? 'payment' : 'payments'}`,
          numbers.get('fees-and-schedule') ?? '',
        ),
      ),
    );
    if (plan.late.kind !== 'none') s.push(t(fillText(w.lateInterest, numbers.get('late-payment') ?? '')));
  } else {
    s.push(t(w.noSchedule), missing('schedule'), t('. '));
  }
  s.push(...values['client.name'], t(w.rights[state.rights.ip]));
  s.push(t(w.notice), ...values.noticeDays, t(w.inAdvance));
  const killBp = parsePercentToBasisPoints(state.termination.killFeePercent);
  if (killBp === 0) s.push(t(w.noKillFee));
  else s.push(t(w.killFee), ...values.killFee, t(w.killFeeEnd));
  return mergeText(s);
}

/**
 * The whole document for the current form. Never throws for any state that passed the state schema; gaps show
 * as "[missing: …]" and are listed in `errors`.
 */
export function buildAgreement(state: AgreementState, library: ClauseLibrary): AgreementBuild {
  const { errors, plan } = validateAgreement(state, library.messages);
  let schedule: Schedule | null = null;
  if (plan) {
    const result = buildSchedule(plan);
    if (result.ok) schedule = result.schedule;
    else {
      const fromCalculator = state.money.source === 'calculator';
      for (const e of result.errors) {
        errors.push({
          field: mapPlanErrorField(e.field, fromCalculator),
          message: fromCalculator ? `The plan from the calculator cannot be used: ${e.message}` : e.message,
        });
      }
    }
  }
  const usable = schedule ? plan : null;
  const values = computeValues(state, usable, schedule, library.words);
  const included = [...library.clauses]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .filter((c) => isIncluded(c, state, usable, schedule));
  const numbers = new Map(included.map((c, i) => [c.id, i + 1]));
  const clauses: DocumentClause[] = included.map((clause, i) => {
    const variantId = clause.choice ? chooseVariant(clause.choice, state, usable) : undefined;
    const variant = clause.variants?.find((v) => v.id === variantId);
    const paragraphs = [...clause.text, ...(variant?.text ?? [])];
    return {
      number: i + 1,
      id: clause.id,
      title: clause.title,
      blocks: paragraphs.map((p) => fillParagraph(p, values, numbers)),
      why: clause.why,
      notes: clause.legalNotes.flatMap((n) => {
        const fact = library.facts[n.factId];
        return fact ? [{ factId: n.factId, label: fact.label, text: fact.text }] : [];
      }),
    };
  });
  const first = (v: Segment[]): Segment => v[0] ?? t('');
  return {
    document: {
      title: DOCUMENT_TITLE,
      subtitle: [...values['freelancer.name'], t(' and '), ...values['client.name']],
      summary: buildSummary(values, state, usable, schedule, numbers, library.words),
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

/**
 * What the message check hands to the trust check: the answers its signs imply, chosen in the trust check's
 * state (src/lib/trust/state.ts) and listed in `fromMessage` so the trust check can mark them "from the message:
 * please confirm". Pure; the weights come from the trust questions at build time, so the browser needs no
 * question data.
 */
import { TRUST_SECTIONS } from '../trust/sections';
import type { TrustState } from '../trust/state';

/** One trust answer a sign implies. */
export interface TrustAnswerRef {
  question: string;
  option: string;
}

/**
 * The mapping, sign by sign. A sign the trust check has no question for maps to nothing (urgency). Where the
 * wording of a question is narrower than the sign (personal-details asks about "before any contract"), the reader
 * confirms the answer on the trust check.
 */
export const SIGNAL_TRUST_ANSWERS: Readonly<Record<string, readonly TrustAnswerRef[]>> = {
  overpayment: [{ question: 'overpayment', option: 'yes' }],
  'send-money': [{ question: 'send-money', option: 'yes' }],
  // The send-money question names buying equipment from a supplier in its hint.
  equipment: [{ question: 'send-money', option: 'yes' }],
  'crypto-gift-cards': [{ question: 'crypto-gift-cards', option: 'yes' }],
  credentials: [{ question: 'personal-details', option: 'yes' }],
  'off-platform-chat': [{ question: 'chat-app', option: 'chat-before-contract' }],
  'off-platform-payment': [{ question: 'payment-method', option: 'transfer' }],
  'fee-avoidance': [{ question: 'reason-given', option: 'save-fees' }],
  'crypto-payment': [{ question: 'payment-method', option: 'crypto' }],
  'pay-too-high': [{ question: 'pay-rate', option: 'far-above' }],
  urgency: [],
  'free-work': [{ question: 'unpaid-test', option: 'large-test' }],
  'task-scam': [{ question: 'task-type', option: 'simple-tasks' }],
};

/** A sign's implied answer with the answer's weight, as the page passes it to the island. */
export interface TrustImplication extends TrustAnswerRef {
  signal: string;
  weight: number;
}

interface QuestionLike {
  id: string;
  options: readonly { id: string; weight: number }[];
}

/**
 * Checks the mapping against the signs and the trust questions: every sign is mapped, and every answer it names
 * exists. Returns problems as text; the page fails the build on any, so a renamed question cannot silently break
 * the hand-over.
 */
export function checkTrustMapping(
  signalIds: readonly string[],
  questions: readonly QuestionLike[],
  mapping: Readonly<Record<string, readonly TrustAnswerRef[]>> = SIGNAL_TRUST_ANSWERS,
): string[] {
  const problems: string[] = [];
  for (const id of signalIds) if (!Object.hasOwn(mapping, id)) problems.push(`sign "${id}" has no trust mapping`);
  for (const [signal, refs] of Object.entries(mapping)) {
    if (!signalIds.includes(signal)) problems.push(`the trust mapping names unknown sign "${signal}"`);
    for (const ref of refs) {
      const question = questions.find((q) => q.id === ref.question);
      if (!question) problems.push(`sign "${signal}" maps to unknown trust question "${ref.question}"`);
      else if (!question.options.some((o) => o.id === ref.option)) {
        problems.push(`sign "${signal}" maps to unknown answer "${ref.option}" of "${ref.question}"`);
      }
    }
  }
  return problems;
}

/** The mapping with each answer's weight (build time). Call checkTrustMapping first. */
export function buildTrustImplications(
  questions: readonly QuestionLike[],
  mapping: Readonly<Record<string, readonly TrustAnswerRef[]>> = SIGNAL_TRUST_ANSWERS,
): TrustImplication[] {
  return Object.entries(mapping).flatMap(([signal, refs]) =>
    refs.map((ref) => {
      const weight = questions.find((q) => q.id === ref.question)?.options.find((o) => o.id === ref.option)?.weight;
      if (weight === undefined) throw new Error(`Unknown trust answer ${ref.question}/${ref.option}`);
      return { signal, ...ref, weight };
    }),
  );
}

/**
 * The trust check's state for the signs found: their answers chosen, where two signs answer one question the
 * heavier (riskier) answer, listed in `fromMessage`, and the check opened at its first step. Order of the found
 * signs does not matter.
 */
export function buildTrustHandoff(found: readonly string[], implications: readonly TrustImplication[]): TrustState {
  const chosen = new Map<string, TrustImplication>();
  for (const implication of implications) {
    if (!found.includes(implication.signal)) continue;
    const current = chosen.get(implication.question);
    const heavier =
      !current ||
      implication.weight > current.weight ||
      (implication.weight === current.weight && implication.option < current.option);
    if (heavier) chosen.set(implication.question, implication);
  }
  const answers: Record<string, string> = {};
  const questions = [...chosen.keys()].sort();
  for (const question of questions) answers[question] = chosen.get(question)!.option;
  return { answers, view: TRUST_SECTIONS[0], fromMessage: questions };
}

/**
 * The trust check's saved state (URL fragment `#trust-check=v1.…` and localStorage `offramp:trust-check`).
 * The guard is hand-written rather than zod because it ships in the island, whose budget is 12 KB gzip with
 * Preact; it is proven against arbitrary JSON in tests/lib/trust/state.test.ts.
 */
import { createStateCodec, type Validator } from '../state';
import type { TrustQuestion } from './schema';
import type { TrustAnswers } from './score';

/** Where the reader is: a section id (a step), "review" (check your answers) or "result". */
export type TrustView = string;

export interface TrustState {
  answers: TrustAnswers;
  view: TrustView;
  /** Question ids whose answers the message check chose ("from the message: please confirm"); optional, so older links stay valid. */
  fromMessage?: string[];
}

const MAX_TEXT = 100;
const MAX_FROM_MESSAGE = 50;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts `{ answers: { [string]: string }, view: string, fromMessage?: string[] }` and returns a fresh copy holding
 * only those fields.
 * Ids are not checked against the questions here: that is filterAnswers' job, so that one unknown id drops one
 * answer instead of the whole state.
 */
export function parseTrustState(value: unknown): TrustState | undefined {
  if (!isPlainObject(value) || !isPlainObject(value['answers'])) return undefined;
  const view = value['view'];
  if (typeof view !== 'string' || view.length > MAX_TEXT) return undefined;
  const answers: Record<string, string> = {};
  for (const [key, option] of Object.entries(value['answers'])) {
    if (typeof option !== 'string' || key.length > MAX_TEXT || option.length > MAX_TEXT) return undefined;
    // defineProperty, because a key such as "__proto__" must stay data and never become a prototype.
    Object.defineProperty(answers, key, { value: option, enumerable: true, writable: true, configurable: true });
  }
  const fromMessage = value['fromMessage'];
  if (fromMessage === undefined) return { answers, view };
  if (
    !Array.isArray(fromMessage) ||
    fromMessage.length > MAX_FROM_MESSAGE ||
    !fromMessage.every((id) => typeof id === 'string' && id.length <= MAX_TEXT)
  ) {
    return undefined;
  }
  return { answers, view, fromMessage: [...fromMessage] as string[] };
}

export const trustStateValidator: Validator<TrustState> = {
  safeParse(data) {
    const parsed = parseTrustState(data);
    return parsed ? { success: true, data: parsed } : { success: false };
  },
};

export const trustStateCodec = createStateCodec({ name: 'trust-check', version: 1, validator: trustStateValidator });

/** Keeps the answers whose question and option still exist; counts the ones dropped. */
export function filterAnswers(
  questions: readonly Pick<TrustQuestion, 'id' | 'options'>[],
  answers: TrustAnswers,
): { answers: Record<string, string>; dropped: number } {
  const kept: Record<string, string> = {};
  let dropped = 0;
  for (const [questionId, optionId] of Object.entries(answers)) {
    const question = questions.find((q) => q.id === questionId);
    if (question && question.options.some((o) => o.id === optionId)) kept[questionId] = optionId;
    else dropped++;
  }
  return { answers: kept, dropped };
}

/** The notice shown when a saved state or link held answers that no longer fit the questions. */
export function describeDropped(dropped: number): string | null {
  if (dropped === 0) return null;
  const what = dropped === 1 ? '1 saved answer' : `${dropped} saved answers`;
  return `${what} referred to a question or choice that no longer exists and ${dropped === 1 ? 'was' : 'were'} left out. Your other answers were kept.`;
}

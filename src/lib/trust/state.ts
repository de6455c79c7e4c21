/**
 * The trust check's saved state (URL fragment `#trust-check=v1.…` and localStorage `offramp:trust-check`), with
 * its one schema. Question and option ids are not checked here: that is filterAnswers' job, so that one unknown
 * id drops one answer instead of the whole state.
 */
import * as v from 'valibot';
import { createStateCodec } from '../state';
import type { TrustQuestion } from './schema';
import type { TrustAnswers } from './score';

/** Longest id or view name read back from a link. */
const MAX_TEXT = 100;
/** More question ids than the check has, with room to grow. */
const MAX_FROM_MESSAGE = 50;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));

export const trustStateSchema = v.object({
  /** Option id by question id. */
  answers: v.record(text, text),
  /** Where the reader is: a section id (a step), "review" (check your answers) or "result". */
  view: text,
  /**
   * Question ids whose answers the message check chose ("From the message: please confirm"). Optional, so links
   * made before the message check stay valid.
   */
  fromMessage: v.optional(v.pipe(v.array(text), v.maxLength(MAX_FROM_MESSAGE))),
});

export type TrustState = v.InferOutput<typeof trustStateSchema>;
export type TrustView = TrustState['view'];

/** A state read from untrusted data, or undefined. */
export function parseTrustState(value: unknown): TrustState | undefined {
  const result = v.safeParse(trustStateSchema, value);
  return result.success ? result.output : undefined;
}

export const trustStateCodec = createStateCodec({ name: 'trust-check', version: 1, schema: trustStateSchema });

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

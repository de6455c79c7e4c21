/**
 * Whether any answer so far is a red flag: the steps need it before the scoring loads, to stop offering
 * "Continue". Tiny and type-only, because it ships in the island's first load.
 */
import type { TrustQuestion } from './schema';
import type { TrustAnswers } from './score';

export function hasRedFlag(
  questions: readonly Pick<TrustQuestion, 'id' | 'options'>[],
  answers: TrustAnswers,
): boolean {
  return questions.some(
    (q) => Object.hasOwn(answers, q.id) && q.options.some((o) => o.redFlag && o.id === answers[q.id]),
  );
}

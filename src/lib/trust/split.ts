/**
 * The trust check's questions in two parts: what the steps show, which the page sends with its first visit, and
 * what only the review and the result need (each answer's explanation and extra sources, each question's guide
 * link), which the island fetches with the bands when the reader reaches the last step. Joined, the two parts are
 * the questions as the data holds them. Type-only imports: this ships in the island.
 */
import type { TrustOption, TrustQuestion } from './schema';

/** An answer as a step shows it: a red flag keeps its `why`, which the step shows beside it. */
export type TrustStepOption = Omit<TrustOption, 'why' | 'sources'> & Pick<TrustOption, 'why'>;

export interface TrustStepQuestion extends Omit<TrustQuestion, 'guide' | 'options'> {
  options: TrustStepOption[];
}

/** What the result says of one question: its guide section, and each answer's explanation and sources. */
export interface TrustExplanation {
  guide: string;
  options: Record<string, Pick<TrustOption, 'why' | 'sources'>>;
}

/** By question id. */
export type TrustExplanations = Record<string, TrustExplanation>;

export function splitQuestions(questions: readonly TrustQuestion[]): {
  steps: TrustStepQuestion[];
  explanations: TrustExplanations;
} {
  const explanations: TrustExplanations = {};
  const steps = questions.map(({ guide, options, ...question }) => {
    explanations[question.id] = {
      guide,
      options: Object.fromEntries(
        options.map(({ id, why, sources }) => [
          id,
          { ...(why !== undefined ? { why } : {}), ...(sources ? { sources } : {}) },
        ]),
      ),
    };
    return {
      ...question,
      options: options.map(({ why, sources: _sources, ...option }) =>
        option.redFlag && why !== undefined ? { ...option, why } : option,
      ),
    };
  });
  return { steps, explanations };
}

/**
 * The questions whole again. Throws when the explanations do not fit the steps (a page and a file from two
 * different builds), so the island says the result could not be loaded rather than show a result without reasons.
 */
export function joinQuestions(steps: readonly TrustStepQuestion[], explanations: TrustExplanations): TrustQuestion[] {
  return steps.map((step) => {
    const explanation = Object.hasOwn(explanations, step.id) ? explanations[step.id] : undefined;
    if (!explanation) throw new Error(`No explanation for the question ${step.id}`);
    return {
      ...step,
      guide: explanation.guide,
      options: step.options.map((option) => {
        const extra = Object.hasOwn(explanation.options, option.id) ? explanation.options[option.id] : undefined;
        if (!extra) throw new Error(`No explanation for the answer ${step.id}/${option.id}`);
        return { ...option, ...extra };
      }),
    };
  });
}

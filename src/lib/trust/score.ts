/**
 * Scoring for the trust check: a plain sum of the weights the data gives each answer, a band looked up from
 * thresholds that are also data, and red flags that override the sum. Runs in the browser, so it imports
 * types only (no zod).
 */
import type { TrustBand, TrustBandId, TrustOption, TrustQuestion } from './schema';
import { sortQuestions } from './sections';

export { sortQuestions };

/** The reader's answers: question id → option id. Missing questions are unanswered. */
export type TrustAnswers = Readonly<Record<string, string>>;

/** One answer that moved the risk, as the result lists it. */
export interface TrustReason {
  questionId: string;
  optionId: string;
  weight: number;
  why: string;
  guideHref: string;
  /** True when the reader left the question unanswered and it counted as "not sure". */
  unanswered: boolean;
  redFlag: boolean;
}

export interface TrustResult {
  band: TrustBandId;
  /** Sum of the weights of every answer, unanswered questions counted as "not sure". */
  total: number;
  /** Every answer with a non-zero weight, red flags first, then heaviest (absolute weight) first. */
  reasons: TrustReason[];
  /** The red-flag answers; any one of them makes the band "stop". */
  redFlags: TrustReason[];
  /** How many questions were left unanswered. */
  unanswered: number;
}

export type ScoringBand = Pick<TrustBand, 'id' | 'fromTotal'>;

/** The option an answer selects, or the question's "not sure" option when it is unanswered or unknown. */
export function resolveAnswer(
  question: TrustQuestion,
  answers: TrustAnswers,
): { option: TrustOption | undefined; unanswered: boolean } {
  const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const option = chosen === undefined ? undefined : question.options.find((o) => o.id === chosen);
  if (option) return { option, unanswered: false };
  return { option: question.options.find((o) => o.notSure), unanswered: true };
}

/** The band a total reaches without red flags: the highest threshold at or below it, else "low". */
export function bandForTotal(total: number, bands: readonly ScoringBand[]): Exclude<TrustBandId, 'stop'> {
  let best: { id: Exclude<TrustBandId, 'stop'>; from: number } = { id: 'low', from: -Infinity };
  for (const band of bands) {
    if (band.id === 'stop' || band.id === 'low' || band.fromTotal === null) continue;
    if (total >= band.fromTotal && band.fromTotal >= best.from) best = { id: band.id, from: band.fromTotal };
  }
  return best.id;
}

export function scoreAnswers(
  questions: readonly TrustQuestion[],
  answers: TrustAnswers,
  bands: readonly ScoringBand[],
): TrustResult {
  const reasons: (TrustReason & { position: number })[] = [];
  let total = 0;
  let unanswered = 0;
  for (const [position, question] of sortQuestions(questions).entries()) {
    const { option, unanswered: isUnanswered } = resolveAnswer(question, answers);
    if (isUnanswered) unanswered++;
    if (!option) continue;
    total += option.weight;
    if (option.weight === 0 && !option.redFlag) continue;
    reasons.push({
      questionId: question.id,
      optionId: option.id,
      weight: option.weight,
      why: option.why,
      guideHref: question.guide,
      unanswered: isUnanswered,
      redFlag: option.redFlag === true,
      position,
    });
  }
  reasons.sort(
    (a, b) =>
      Number(b.redFlag) - Number(a.redFlag) ||
      Math.abs(b.weight) - Math.abs(a.weight) ||
      // Equal weights: what raised the risk before what lowered it, then in question order.
      b.weight - a.weight ||
      a.position - b.position,
  );
  const clean: TrustReason[] = reasons.map(({ position: _position, ...reason }) => reason);
  const redFlags = clean.filter((r) => r.redFlag);
  return {
    band: redFlags.length > 0 ? 'stop' : bandForTotal(total, bands),
    total,
    reasons: clean,
    redFlags,
    unanswered,
  };
}

const BAND_WORDS: Record<TrustBandId, string> = {
  low: 'low risk',
  elevated: 'elevated risk',
  high: 'high risk',
  stop: 'stop',
};

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The result in one sentence, for the status region that announces it. */
export function describeResult(result: TrustResult): string {
  const unanswered =
    result.unanswered === 0
      ? 'every question was answered'
      : `${count(result.unanswered, 'question was', 'questions were')} left unanswered and counted as not sure`;
  if (result.band === 'stop') {
    const flags =
      result.redFlags.length === 1
        ? '1 answer is a red flag that ends the check on its own'
        : `${result.redFlags.length} answers are red flags that end the check on their own`;
    return `Result: stop. ${flags}; ${unanswered}.`;
  }
  const raised = result.reasons.filter((r) => r.weight > 0).length;
  const lowered = result.reasons.filter((r) => r.weight < 0).length;
  return `Result: ${BAND_WORDS[result.band]}. ${count(raised, 'answer raised', 'answers raised')} the risk and ${count(lowered, 'answer lowered', 'answers lowered')} it; ${unanswered}.`;
}

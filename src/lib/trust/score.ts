/**
 * Scoring for the trust check: a plain sum of the weights the data gives each answer, a band looked up from
 * thresholds that are also data, answers that set a minimum band on their own, and red flags that override
 * everything. Runs in the browser, so it imports types only (no zod).
 */
import type { TrustBand, TrustBandId, TrustOption, TrustQuestion, TrustSource } from './schema';
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
  /** True for a "not sure" answer, chosen or counted for an unanswered question. */
  notSure: boolean;
  redFlag: boolean;
  /** The band this answer reaches on its own, if it sets one. */
  minimumBand?: 'elevated' | 'high';
  /** Where `why` comes from when it is not the question's own source. */
  sources?: TrustSource[];
}

export interface TrustResult {
  band: TrustBandId;
  /** Sum of the weights of every answer, unanswered questions counted as "not sure". */
  total: number;
  /** Every answer with a non-zero weight, red flags first, then heaviest (absolute weight) first. */
  reasons: TrustReason[];
  /** The red-flag answers; any one of them makes the band "stop". */
  redFlags: TrustReason[];
  /** The answers that set a minimum band; the band is at least the highest of them. */
  floors: TrustReason[];
  /** How many questions were scored. */
  questionCount: number;
  /** How many questions were left unanswered. */
  unanswered: number;
  /** How many answers are "not sure", chosen or unanswered. */
  notSure: number;
  /** What the "not sure" answers add to the total. */
  notSurePoints: number;
  /** The band the other answers alone reach, with every "not sure" counted as 0: what the unknowns change. */
  knownBand: TrustBandId;
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

const BAND_RANK: Record<TrustBandId, number> = { low: 0, elevated: 1, high: 2, stop: 3 };

/** The higher of two bands. */
function higher<B extends TrustBandId>(a: B, b: B): B {
  return BAND_RANK[b] > BAND_RANK[a] ? b : a;
}

export function scoreAnswers(
  questions: readonly TrustQuestion[],
  answers: TrustAnswers,
  bands: readonly ScoringBand[],
): TrustResult {
  const reasons: (TrustReason & { position: number })[] = [];
  let total = 0;
  let unanswered = 0;
  let notSure = 0;
  let notSurePoints = 0;
  let floor: Exclude<TrustBandId, 'stop'> = 'low';
  for (const [position, question] of sortQuestions(questions).entries()) {
    const { option, unanswered: isUnanswered } = resolveAnswer(question, answers);
    if (isUnanswered) unanswered++;
    if (!option) continue;
    total += option.weight;
    if (option.notSure) {
      notSure++;
      notSurePoints += option.weight;
    }
    if (option.minimumBand) floor = higher(floor, option.minimumBand);
    if (option.weight === 0 && !option.redFlag && !option.minimumBand) continue;
    reasons.push({
      questionId: question.id,
      optionId: option.id,
      weight: option.weight,
      // Present for every answer listed here (schema: an answer that moves the risk has a why).
      why: option.why ?? '',
      guideHref: question.guide,
      unanswered: isUnanswered,
      notSure: option.notSure === true,
      redFlag: option.redFlag === true,
      ...(option.minimumBand ? { minimumBand: option.minimumBand } : {}),
      ...(option.sources ? { sources: option.sources } : {}),
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
  // A "not sure" answer never carries a flag or a floor (schema), so only the total changes without them.
  const withoutFlags = higher(bandForTotal(total, bands), floor);
  const known = higher(bandForTotal(total - notSurePoints, bands), floor);
  return {
    band: redFlags.length > 0 ? 'stop' : withoutFlags,
    total,
    reasons: clean,
    redFlags,
    floors: clean.filter((r) => r.minimumBand),
    questionCount: questions.length,
    unanswered,
    notSure,
    notSurePoints,
    knownBand: redFlags.length > 0 ? 'stop' : known,
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

function points(n: number): string {
  return count(Math.abs(n), 'point', 'points');
}

/**
 * How many answers were "not sure" and what that means for the band, in one or two sentences, e.g.
 * 'All 19 answers were "Not sure". They add 25 points: without them the total would be 0, which is low risk, so
 * this result comes from what you do not know yet.'
 */
export function describeNotSure(result: TrustResult): string {
  const n = result.notSure;
  if (n === 0) return 'Every question was answered, none of them "Not sure".';
  const all = n === result.questionCount && n > 1;
  const left =
    result.unanswered === 0
      ? ''
      : result.unanswered === n
        ? n === 1
          ? ' (left unanswered)'
          : ' (all of them left unanswered)'
        : ` (${result.unanswered} of them left unanswered)`;
  const head =
    result.unanswered === result.questionCount
      ? `No question was answered, so all ${n} count as "Not sure".`
      : all
        ? `All ${n} answers were "Not sure"${left}.`
        : `${count(n, 'answer was', 'answers were')} "Not sure"${left}.`;
  const it = n === 1 ? 'It' : 'They';
  const them = n === 1 ? 'it' : 'them';
  if (result.band === 'stop')
    return `${head} Whatever ${n === 1 ? 'it turns' : 'they turn'} out to be, a red flag means stop.`;
  const adds =
    result.notSurePoints >= 0
      ? `${it} ${n === 1 ? 'adds' : 'add'} ${points(result.notSurePoints)}`
      : `${it} ${n === 1 ? 'takes' : 'take'} away ${points(result.notSurePoints)}`;
  if (result.knownBand === result.band) {
    return `${head} ${adds}: your other answers alone also give ${BAND_WORDS[result.band]}.`;
  }
  return `${head} ${adds}: without ${them} the total would be ${result.total - result.notSurePoints}, which is ${BAND_WORDS[result.knownBand]}, so this result comes from what you do not know yet.`;
}

/** "Check your answers": what is answered, and how much of it is "Not sure". */
export function describeAnswerCounts(questions: readonly TrustQuestion[], answers: TrustAnswers): string {
  let unanswered = 0;
  let notSure = 0;
  for (const question of questions) {
    const { option, unanswered: isUnanswered } = resolveAnswer(question, answers);
    if (isUnanswered) unanswered++;
    else if (option?.notSure) notSure++;
  }
  const unsure = notSure === 0 ? '' : ` ${count(notSure, 'answer is', 'answers are')} "Not sure".`;
  if (unanswered === 0) return `You answered every question.${unsure}`;
  return `${unanswered} of ${questions.length} questions are not answered; they will count as "Not sure".${unsure}`;
}

/** The result in one sentence, for the status region that announces it. */
export function describeResult(result: TrustResult): string {
  const notSure = describeNotSure(result);
  const unsure = notSure.charAt(0).toLowerCase() + notSure.slice(1);
  if (result.band === 'stop') {
    const flags =
      result.redFlags.length === 1
        ? '1 answer is a red flag that ends the check on its own'
        : `${result.redFlags.length} answers are red flags that end the check on their own`;
    return `Result: stop. ${flags}; ${unsure}`;
  }
  const sure = result.reasons.filter((r) => !r.notSure);
  const raised = sure.filter((r) => r.weight > 0).length;
  const lowered = sure.filter((r) => r.weight < 0).length;
  const floors = result.floors.filter((r) => r.minimumBand === result.band).length;
  const floor =
    floors === 0
      ? ''
      : `${count(floors, 'answer makes', 'answers make')} it at least ${BAND_WORDS[result.band]} on ${floors === 1 ? 'its' : 'their'} own; `;
  return `Result: ${BAND_WORDS[result.band]}. ${floor}${count(raised, 'answer raised', 'answers raised')} the risk and ${count(lowered, 'answer lowered', 'answers lowered')} it; ${unsure}`;
}

import type { TrustQuestion } from '../../../lib/trust/schema';
import type { TrustReason, TrustResult as Result } from '../../../lib/trust/score';
import type { TrustBandView } from '../TrustCheck';

interface Props {
  result: Result;
  questions: TrustQuestion[];
  bands: TrustBandView[];
  onChange(): void;
  onStartAgain(): void;
}

const BOX: Record<Result['band'], string> = {
  low: 'box trust-band--low',
  elevated: 'box box--warning',
  high: 'box box--danger',
  stop: 'box box--danger',
};

function formatWeight(weight: number): string {
  return weight > 0 ? `+${weight}` : `\u2212${Math.abs(weight)}`;
}

function ReasonItem({ reason, question }: { reason: TrustReason; question: TrustQuestion | undefined }) {
  const option = question?.options.find((o) => o.id === reason.optionId);
  const effect = reason.redFlag ? 'Red flag' : reason.weight > 0 ? 'Raises the risk' : 'Lowers the risk';
  return (
    <li class="trust-reason">
      <p class="trust-reason__question">{question?.question}</p>
      <p>
        <strong>{reason.unanswered ? 'Not answered, counted as "Not sure"' : option?.label}</strong>{' '}
        <span class={`badge ${reason.redFlag || reason.weight > 0 ? 'trust-badge--up' : 'trust-badge--down'}`}>
          {effect} ({formatWeight(reason.weight)})
        </span>
      </p>
      <p>{reason.why}</p>
      <p class="meta">
        <a href={reason.guideHref}>
          Read more<span class="visually-hidden"> about: {question?.question}</span>
        </a>
        {question && (
          <>
            {' · Source: '}
            <a href={question.source.url}>
              {question.source.publisher}, {question.source.title}
            </a>{' '}
            ({question.source.asOf})
          </>
        )}
      </p>
    </li>
  );
}

/** The verdict, what to do next, the suggested protection, and every answer that moved the risk. */
export function TrustResult({ result, questions, bands, onChange, onStartAgain }: Props) {
  const band = bands.find((b) => b.id === result.band);
  const elevated = bands.find((b) => b.id === 'elevated')?.fromTotal;
  const high = bands.find((b) => b.id === 'high')?.fromTotal;
  const questionById = (id: string) => questions.find((q) => q.id === id);
  const others = result.reasons.filter((r) => !r.redFlag);
  return (
    <div class={`trust-result trust-result--${result.band}`}>
      <h2 tabIndex={-1} data-view-heading>
        Result: {band?.label ?? result.band}
      </h2>
      <div class={BOX[result.band]}>
        <p>{band?.summary}</p>
      </div>

      {result.redFlags.length > 0 && (
        <>
          <h3>Red flags in your answers</h3>
          <ul class="trust-reasons">
            {result.redFlags.map((r) => (
              <ReasonItem key={r.questionId} reason={r} question={questionById(r.questionId)} />
            ))}
          </ul>
        </>
      )}

      <h3>{result.band === 'stop' ? 'What to do now' : 'What to do next'}</h3>
      <ol class="trust-steps">
        {band?.nextSteps.map((step) => (
          <li key={step.text}>
            {step.text} {step.link && <a href={step.link.href}>{step.link.label}</a>}
          </li>
        ))}
      </ol>

      {band?.protection && (
        <div class="box trust-protection">
          <h3>Suggested protection</h3>
          <p>{band.protection.text}</p>
          {band.planHref && band.planText && (
            <p>
              <a class="button" href={band.planHref}>
                Open the payment-plan calculator with {band.planText}
              </a>
            </p>
          )}
        </div>
      )}

      <h3>
        {result.band === 'stop' ? 'The other answers that changed the risk' : 'Why: every answer that changed the risk'}
      </h3>
      <p>
        Heaviest first. The weights add up to {result.total}; elevated risk starts at {elevated}, high risk at {high},
        and any red flag means stop.
        {result.unanswered > 0 &&
          ` ${result.unanswered} ${result.unanswered === 1 ? 'question was' : 'questions were'} left unanswered and counted as "Not sure".`}
      </p>
      {others.length > 0 ? (
        <ul class="trust-reasons">
          {others.map((r) => (
            <ReasonItem key={r.questionId} reason={r} question={questionById(r.questionId)} />
          ))}
        </ul>
      ) : (
        <p>No other answer moved the risk.</p>
      )}

      <p class="meta">
        The address of this page now holds your answers, so a bookmark or a shared link shows this result again. Nothing
        is sent to a server.
      </p>
      <div class="trust-actions">
        <button type="button" class="secondary" onClick={onChange}>
          Change your answers
        </button>
        <button type="button" class="secondary" onClick={onStartAgain}>
          Start again
        </button>
      </div>
    </div>
  );
}

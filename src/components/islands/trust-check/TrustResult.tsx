import type { TrustBandView } from '../../../lib/trust/advice';
import type { TrustQuestion, TrustSource } from '../../../lib/trust/schema';
import { describeNotSure, type TrustReason, type TrustResult as Result } from '../../../lib/trust/score';

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

function SourceLinks({ sources }: { sources: TrustSource[] }) {
  return (
    <>
      {sources.map((source, i) => (
        <span key={source.url}>
          {i === 0 ? ' · Source: ' : '; '}
          <a href={source.url}>{`${source.publisher}, ${source.title}`}</a>
          {` (${source.asOf})`}
        </span>
      ))}
    </>
  );
}

function ReasonItem({
  reason,
  question,
  bandLabel,
}: {
  reason: TrustReason;
  question: TrustQuestion | undefined;
  bandLabel: (id: string) => string;
}) {
  const option = question?.options.find((o) => o.id === reason.optionId);
  const effect = reason.redFlag
    ? 'Red flag'
    : reason.minimumBand
      ? `At least ${bandLabel(reason.minimumBand)}`
      : reason.weight > 0
        ? 'Raises the risk'
        : 'Lowers the risk';
  return (
    <li class="trust-reason">
      <p class="trust-reason__question">{question?.question}</p>
      <p>
        <strong>{reason.unanswered ? 'Not answered, counted as "Not sure"' : option?.label}</strong>{' '}
        <span class={`badge ${reason.weight < 0 ? 'trust-badge--down' : 'trust-badge--up'}`}>
          {effect} ({formatWeight(reason.weight)})
        </span>
      </p>
      <p>{reason.why}</p>
      <p class="meta">
        <a href={reason.guideHref}>
          Read more<span class="visually-hidden"> about: {question?.question}</span>
        </a>
        {question && <SourceLinks sources={[question.source, ...(reason.sources ?? [])]} />}
      </p>
    </li>
  );
}

/** The verdict once, the one action it leads to, what to do next, the deposit choices, and every reason. */
export function TrustResult({ result, questions, bands, onChange, onStartAgain }: Props) {
  const band = bands.find((b) => b.id === result.band);
  const elevated = bands.find((b) => b.id === 'elevated')?.fromTotal;
  const high = bands.find((b) => b.id === 'high')?.fromTotal;
  const bandLabel = (id: string) => bands.find((b) => b.id === id)?.label ?? id;
  const questionById = (id: string) => questions.find((q) => q.id === id);
  const others = result.reasons.filter((r) => !r.redFlag);
  const item = (r: TrustReason) => (
    <ReasonItem key={r.questionId} reason={r} question={questionById(r.questionId)} bandLabel={bandLabel} />
  );
  return (
    <div class={`trust-result trust-result--${result.band}`}>
      <h2 tabIndex={-1} data-view-heading>
        Result: {band?.label ?? result.band}
      </h2>
      <div class={BOX[result.band]}>
        <p>{band?.summary}</p>
        <p>{describeNotSure(result)}</p>
      </div>
      {band && (
        <p>
          <a class="button" href={band.primaryAction.href}>
            {band.primaryAction.label}
          </a>
        </p>
      )}

      {result.redFlags.length > 0 && (
        <>
          <h3>Red flags in your answers</h3>
          <ul class="trust-reasons">{result.redFlags.map(item)}</ul>
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
          <h3>If you go ahead: limit what you can lose</h3>
          <p>{band.protection.text}</p>
          {band.planChoices.length > 0 && (
            <ul>
              {band.planChoices.map((choice) => (
                <li key={choice.href}>
                  <a href={choice.href}>Open the payment-plan calculator with {choice.text}</a>. {choice.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h3>
        {result.band === 'stop' ? 'The other answers that changed the risk' : 'Why: every answer that changed the risk'}
      </h3>
      <p>
        Heaviest first. The weights add up to {result.total}; elevated risk starts at {elevated}, high risk at {high},
        some answers make the risk at least high on their own, and any red flag means stop.
      </p>
      {others.length > 0 ? <ul class="trust-reasons">{others.map(item)}</ul> : <p>No other answer moved the risk.</p>}

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

import type { TrustQuestion } from '../../../lib/trust/schema';
import { describeAnswerCounts, type TrustAnswers } from '../../../lib/trust/score';
import { TRUST_SECTIONS, TRUST_SECTION_TITLES } from '../../../lib/trust/sections';

interface Props {
  questions: TrustQuestion[];
  answers: TrustAnswers;
  onChange(question: TrustQuestion): void;
  onBack(): void;
  onResult(): void;
}

/** "Check your answers": every question with its answer and a Change button that reopens its step. */
export function TrustReview({ questions, answers, onChange, onBack, onResult }: Props) {
  return (
    <div class="trust-review">
      <h2 tabIndex={-1} data-view-heading>
        Check your answers
      </h2>
      <p>{describeAnswerCounts(questions, answers)}</p>
      {TRUST_SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`trust-review-${section}`}>
          <h3 id={`trust-review-${section}`}>{TRUST_SECTION_TITLES[section]}</h3>
          <dl class="trust-summary">
            {questions
              .filter((q) => q.section === section)
              .map((q) => {
                const option = q.options.find((o) => o.id === answers[q.id]);
                return (
                  <div class="trust-summary__row" key={q.id}>
                    <dt>{q.question}</dt>
                    <dd>
                      {option ? option.label : <em>Not answered (counts as "Not sure")</em>}
                      {option?.redFlag && <strong class="badge trust-badge--flag">Red flag</strong>}
                    </dd>
                    <dd class="trust-summary__change">
                      <button type="button" class="trust-link-button" onClick={() => onChange(q)}>
                        Change<span class="visually-hidden"> the answer to: {q.question}</span>
                      </button>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
      <div class="trust-actions">
        <button type="button" class="secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" onClick={onResult}>
          See the result
        </button>
      </div>
    </div>
  );
}

import type { TrustQuestion } from '../../../lib/trust/schema';
import type { TrustAnswers } from '../../../lib/trust/score';
import { TRUST_SECTION_TITLES, type TrustSection } from '../../../lib/trust/sections';

interface Props {
  section: TrustSection;
  stepNumber: number;
  stepCount: number;
  questions: TrustQuestion[];
  answers: TrustAnswers;
  /** Questions answered by the message check, marked "From the message: please confirm". */
  fromMessage?: readonly string[];
  disabled: boolean;
  submitLabel: string;
  onAnswer(questionId: string, optionId: string): void;
  onBack: (() => void) | null;
  onNext(): void;
  onSeeResult(): void;
}

/** One section of questions; every question is a radio group in a fieldset with its legend and hint. */
export function TrustStep(props: Props) {
  const { section, stepNumber, stepCount, questions, answers, disabled } = props;
  return (
    <form
      class="trust-step"
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <h2 tabIndex={-1} data-view-heading>
        <span class="trust-step__progress">
          Step {stepNumber} of {stepCount}
        </span>{' '}
        {TRUST_SECTION_TITLES[section]}
      </h2>
      {questions.map((question) => {
        const chosen = answers[question.id];
        const option = question.options.find((o) => o.id === chosen);
        const hintId = `trust-${question.id}-hint`;
        const fromMessage = props.fromMessage?.includes(question.id) === true;
        return (
          <fieldset
            key={question.id}
            aria-describedby={fromMessage ? `${hintId} trust-${question.id}-from-message` : hintId}
            disabled={disabled}
          >
            <legend>{question.question}</legend>
            <p class="hint" id={hintId}>
              {question.hint}
            </p>
            {fromMessage && (
              <p id={`trust-${question.id}-from-message`}>
                <span class="badge">From the message: please confirm</span>
              </p>
            )}
            <div class="trust-options">
              {question.options.map((o) => {
                const id = `trust-${question.id}-${o.id}`;
                return (
                  <div class="trust-option" key={o.id}>
                    <input
                      type="radio"
                      id={id}
                      name={`trust-${question.id}`}
                      checked={chosen === o.id}
                      onChange={() => props.onAnswer(question.id, o.id)}
                    />
                    <label for={id}>{o.label}</label>
                  </div>
                );
              })}
            </div>
            {option?.redFlag && (
              <div class="box box--danger trust-red-flag">
                <p>
                  <strong>This is a red flag.</strong> It ends the check on its own: {option.why}
                </p>
                <button type="button" onClick={props.onSeeResult}>
                  See what to do now
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      <div class="trust-actions">
        {props.onBack && (
          <button type="button" class="secondary" onClick={props.onBack} disabled={disabled}>
            Back
          </button>
        )}
        <button type="submit" disabled={disabled}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

import type { TrustAnswers } from '../../../lib/trust/score';
import { TRUST_SECTION_TITLES, type TrustSection } from '../../../lib/trust/sections';
import type { TrustStepQuestion } from '../../../lib/trust/split';
import { KEYBOARD_HINT } from '../../../lib/trust/words';
import { Radios } from '../form/Choices';

interface Props {
  section: TrustSection;
  stepNumber: number;
  stepCount: number;
  questions: TrustStepQuestion[];
  answers: TrustAnswers;
  /** Questions answered by the message check, marked "From the message: please confirm". */
  fromMessage?: readonly string[];
  disabled: boolean;
  submitLabel: string;
  onAnswer(questionId: string, optionId: string): void;
  onBack: (() => void) | null;
  /** Submits the step; after a red flag the page makes this the way to the result. */
  onNext(): void;
}

/** One section of questions, each a radio group of the form kit: its legend, hint, source and answers. */
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
      <p class="hint trust-step__keys">{KEYBOARD_HINT}</p>
      {questions.map((question) => {
        const option = question.options.find((o) => o.id === answers[question.id]);
        const id = `trust-${question.id}`;
        const fromMessage = props.fromMessage?.includes(question.id) === true;
        return (
          <Radios
            key={question.id}
            id={id}
            label={question.question}
            hint={question.hint}
            value={answers[question.id] ?? ''}
            options={question.options.map((o) => ({ value: o.id, label: o.label }))}
            disabled={disabled}
            onChange={(optionId) => props.onAnswer(question.id, optionId)}
            describedBy={fromMessage ? `${id}-from-message` : undefined}
            before={
              fromMessage && (
                <p id={`${id}-from-message`}>
                  <span class="badge">From the message: please confirm</span>
                </p>
              )
            }
            after={
              <>
                <p class="meta trust-source">
                  {'Source: '}
                  <a href={question.source.url}>{`${question.source.publisher}, ${question.source.title}`}</a>
                  {` (${question.source.asOf})`}
                </p>
                {option?.redFlag && (
                  <div class="box box--danger trust-red-flag">
                    <p>
                      <strong>This is a red flag.</strong> It ends the check on its own: {option.why}
                    </p>
                  </div>
                )}
              </>
            }
          />
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

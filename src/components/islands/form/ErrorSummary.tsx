import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../../lib/form/read';

/**
 * "There is a problem": shown after a submit with errors. It takes focus so a screen reader announces it, and each
 * link moves focus to its field (GOV.UK error summary). `onOpen` lets a multi-step form show the field's step
 * first; the summary then focuses the field once it is on screen.
 */
export function ErrorSummary(props: {
  errors: readonly FieldError[];
  /** Changes each time the summary should take focus again (each submit). */
  attempt: number;
  onOpen?: (field: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.errors.length > 0) box.current?.focus();
  }, [props.attempt]);
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={`${e.field}|${e.message}`}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                props.onOpen?.(e.field);
                // After the step opens, the control is on screen: focus it, with its label in view.
                setTimeout(() => focusField(e.field), 0);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Focuses a control by id, or the first input of a group (a fieldset of radios). */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  const target = el instanceof HTMLFieldSetElement ? el.querySelector<HTMLElement>('input, select, textarea') : el;
  target?.focus();
  (el?.closest('.field, fieldset') ?? el)?.scrollIntoView({ block: 'start' });
}

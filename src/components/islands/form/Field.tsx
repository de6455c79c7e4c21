/**
 * The form kit: every tool's controls in GOV.UK Frontend's markup and behaviour. A label for every control, the
 * hint and the error tied to it with aria-describedby, groups of choices in a fieldset with a legend.
 * See alphagov/govuk-frontend, components/input, radios, checkboxes and error-summary.
 */
import type { ComponentChildren } from 'preact';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean | undefined;
}

/** The ids aria-describedby names: "{id}-hint" and "{id}-error", when they are shown. */
export function describedBy(id: string, hint?: string, error?: string, extra?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
}

export function Hint(props: { id: string; text?: string | undefined }) {
  return props.text ? (
    <p class="hint" id={`${props.id}-hint`}>
      {props.text}
    </p>
  ) : null;
}

export function ErrorMessage(props: { id: string; text?: string | undefined }) {
  return props.text ? (
    <p class="error-message" id={`${props.id}-error`}>
      <span class="visually-hidden">Error: </span>
      {props.text}
    </p>
  ) : null;
}

/** A label, its hint and its error above one control. */
export function Field(props: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      <Hint id={props.id} text={props.hint} />
      <ErrorMessage id={props.id} text={props.error} />
      {props.children}
    </div>
  );
}

/** A group of controls under one legend: radios, checkboxes, a repeated item. */
export function Fieldset(
  props: FieldProps & { children: ComponentChildren; class?: string; describedBy?: string | undefined },
) {
  return (
    <fieldset
      id={props.id}
      disabled={props.disabled}
      class={[props.class, props.error ? 'field--error' : ''].filter(Boolean).join(' ') || undefined}
      aria-describedby={describedBy(props.id, props.hint, props.error, props.describedBy)}
    >
      <legend>{props.label}</legend>
      <Hint id={props.id} text={props.hint} />
      <ErrorMessage id={props.id} text={props.error} />
      {props.children}
    </fieldset>
  );
}

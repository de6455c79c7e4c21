import type { ComponentChildren } from 'preact';

/** A labelled control with its hint and error wired through aria-describedby (GOV.UK pattern). */
export function Field(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const { id, label, hint, error } = props;
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {props.children(ids, Boolean(error))}
    </div>
  );
}

/** A text input inside a Field. */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  disabled?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text';
  width?: string;
  autoComplete?: string;
  onInput: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy, invalid) => (
        <input
          id={props.id}
          type="text"
          class={props.width}
          value={props.value}
          disabled={props.disabled}
          inputMode={props.inputMode ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** A radio group in a fieldset with a legend. */
export function Radios<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly (readonly [T, string])[];
  disabled?: boolean;
  hint?: string;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="pp-radios" aria-describedby={props.hint ? `${props.name}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.options.map(([value, label]) => (
        <div class="pp-choice" key={value}>
          <input
            type="radio"
            id={`${props.name}-${value}`}
            name={props.name}
            value={value}
            checked={props.value === value}
            disabled={props.disabled}
            onChange={() => props.onChange(value)}
          />
          <label for={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { describedBy, Field, type FieldProps } from './Field';

export interface TextInputProps extends FieldProps {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  /** Rows of a textarea; a one-line input without it. */
  rows?: number | undefined;
  /** A short field for a number or a date. */
  narrow?: boolean;
  autoComplete?: string | undefined;
  /** More ids for aria-describedby (a question under the field, a character count). */
  describedByExtra?: string | undefined;
  /** Pasted text that is not prose (a client's message) is not spell-checked. */
  spellCheck?: boolean;
  onFocus?: () => void;
  /** Shown under the control, inside the field: a character count. */
  after?: ComponentChildren;
}

/** A text input, or a textarea when `rows` is given. */
export function TextInput(props: TextInputProps) {
  const { id, hint, error, value, onInput, disabled, rows } = props;
  const shared = {
    id,
    name: id,
    value,
    disabled,
    spellcheck: props.spellCheck ?? (props.type === undefined || props.type === 'text' ? undefined : false),
    'aria-describedby': describedBy(id, hint, error, props.describedByExtra),
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
    onFocus: props.onFocus,
  };
  return (
    <Field {...props}>
      {rows ? (
        <textarea {...shared} rows={rows} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          class={props.narrow ? 'input--narrow' : undefined}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
        />
      )}
      {props.after}
    </Field>
  );
}

/**
 * A calendar date in the browser's date picker. Its value is always `YYYY-MM-DD` (or empty), read by
 * src/lib/form/read.ts with the site's own date arithmetic, never through `Date`.
 */
export function DateInput(props: Omit<TextInputProps, 'type' | 'rows' | 'narrow' | 'inputMode'>) {
  return <TextInput {...props} type="date" narrow />;
}

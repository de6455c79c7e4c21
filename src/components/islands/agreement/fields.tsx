/** Form controls the GOV.UK way: a label for every control, hint and error tied in with aria-describedby. */
import type { ComponentChildren } from 'preact';

interface Common {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A hint with the id that aria-describedby names ("{id}-hint"); nothing when there is no hint. */
function hintFor(id: string, hint?: string) {
  return (
    hint && (
      <span class="hint" id={`${id}-hint`}>
        {hint}
      </span>
    )
  );
}

function Wrapper(props: Common & { children: ComponentChildren }) {
  const { id, label, hint, error, children } = props;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {hintFor(id, hint)}
      {error && (
        <span class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}

/** A text input, or a textarea when `rows` is given. */
export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'email' | 'date' | undefined;
    inputMode?: 'decimal' | 'numeric' | undefined;
    rows?: number | undefined;
  },
) {
  const { id, hint, error, value, onInput, type = 'text', inputMode, rows, disabled } = props;
  const shared = {
    id,
    name: id,
    value,
    disabled,
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? ('true' as const) : undefined,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <Wrapper {...props}>
      {rows ? (
        <textarea {...shared} rows={rows} />
      ) : (
        <input
          {...shared}
          type={type}
          class={inputMode || type === 'date' ? 'input--short' : undefined}
          inputMode={inputMode}
          autoComplete="off"
        />
      )}
    </Wrapper>
  );
}

export function SelectField(
  props: Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] },
) {
  const { id, hint, error, value, onChange, options, disabled } = props;
  return (
    <Wrapper {...props}>
      <select
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function Radios<V extends string>(props: {
  id: string;
  legend: string;
  hint?: string;
  value: V;
  options: readonly { value: V; label: string; hint?: string | undefined }[];
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  const { id, legend, hint, value, options, onChange, disabled } = props;
  return (
    <fieldset class="radios" aria-describedby={describedBy(id, hint)}>
      <legend>{legend}</legend>
      {hintFor(id, hint)}
      {options.map((o) => (
        <div class="radio" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={id}
            value={o.value}
            checked={o.value === value}
            disabled={disabled}
            aria-describedby={describedBy(`${id}-${o.value}`, o.hint)}
            onChange={() => onChange(o.value)}
          />
          <label for={`${id}-${o.value}`}>{o.label}</label>
          {hintFor(`${id}-${o.value}`, o.hint)}
        </div>
      ))}
    </fieldset>
  );
}

export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const { id, label, hint, checked, onChange, disabled } = props;
  return (
    <div class="checkbox">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      {hintFor(id, hint)}
    </div>
  );
}

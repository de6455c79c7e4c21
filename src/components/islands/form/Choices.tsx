import type { ComponentChildren } from 'preact';
import type { ChoiceOption } from '../../../lib/form/spec';
import { describedBy, Field, Fieldset, type FieldProps } from './Field';

interface ChoiceProps extends FieldProps {
  options: readonly ChoiceOption[];
}

/** A drop-down list: for long lists (currencies) and for short choices inside a repeated group. */
export function Select(props: ChoiceProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Field {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Choice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  option: ChoiceOption;
  checked: boolean;
  disabled?: boolean | undefined;
  onChange: (checked: boolean) => void;
}) {
  const id = `${props.name}-${props.option.value}`;
  return (
    <div class="choice">
      <input
        type={props.type}
        id={id}
        name={props.name}
        value={props.option.value}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.option.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.option.label}</label>
      {props.option.hint && (
        <p class="hint choice__hint" id={`${id}-hint`}>
          {props.option.hint}
        </p>
      )}
    </div>
  );
}

/**
 * One choice of several. Nothing is chosen until the reader chooses, unless `value` says so. `before` and `after`
 * hold what a question shows around its answers (its source; what the chosen answer means); `describedBy` names
 * more of it for screen readers.
 */
export function Radios(
  props: ChoiceProps & {
    value: string;
    onChange: (value: string) => void;
    before?: ComponentChildren;
    after?: ComponentChildren;
    describedBy?: string | undefined;
  },
) {
  return (
    <Fieldset {...props} class="choices">
      {props.before}
      {props.options.map((o) => (
        <Choice
          key={o.value}
          type="radio"
          name={props.id}
          option={o}
          checked={props.value === o.value}
          disabled={props.disabled}
          onChange={() => props.onChange(o.value)}
        />
      ))}
      {props.after}
    </Fieldset>
  );
}

/** Any number of choices; the values keep the options' order. */
export function Checkboxes(props: ChoiceProps & { value: readonly string[]; onChange: (value: string[]) => void }) {
  return (
    <Fieldset {...props} class="choices">
      {props.options.map((o) => (
        <Choice
          key={o.value}
          type="checkbox"
          name={props.id}
          option={o}
          checked={props.value.includes(o.value)}
          disabled={props.disabled}
          onChange={(on) =>
            props.onChange(
              props.options
                .filter((x) => (x.value === o.value ? on : props.value.includes(x.value)))
                .map((x) => x.value),
            )
          }
        />
      ))}
    </Fieldset>
  );
}

/** One yes-or-no box with its own label. */
export function Checkbox(
  props: Omit<FieldProps, 'error'> & { checked: boolean; onChange: (checked: boolean) => void },
) {
  return (
    <div class="choices">
      <Choice
        type="checkbox"
        name={props.id}
        option={{ value: 'yes', label: props.label, ...(props.hint ? { hint: props.hint } : {}) }}
        checked={props.checked}
        disabled={props.disabled}
        onChange={props.onChange}
      />
    </div>
  );
}

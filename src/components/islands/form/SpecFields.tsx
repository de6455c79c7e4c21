/**
 * Renders a form described as data (src/lib/form/spec.ts) with the kit: each field by its kind, a list as a group
 * of repeated items with add and remove. The island keeps the values; this only shows them and reports changes.
 */
import { Fragment, type ComponentChildren } from 'preact';
import type { CurrencyCode, DecimalMark } from '../../../lib/money';
import type { FieldError } from '../../../lib/form/read';
import { labelOf } from '../../../lib/form/read';
import {
  addItem,
  controlId,
  itemsOf,
  removeItem,
  setValue,
  type Field,
  type FormSpec,
  type FormValues,
  type ListField,
  type ScalarField,
} from '../../../lib/form/spec';
import { AmountInput } from './AmountInput';
import { Checkbox, Checkboxes, Radios, Select } from './Choices';
import { DateInput, TextInput } from './TextInput';

export interface SpecFieldsProps {
  spec: FormSpec;
  values: FormValues;
  /** The errors to show, by control id (shown only after the reader asked for a check). */
  errors: ReadonlyMap<string, FieldError>;
  /** Amounts that read two ways, by control id: asked about at once, whether errors are shown or not. */
  readings: ReadonlyMap<string, FieldError>;
  currency: CurrencyCode | null;
  onChange: (values: FormValues) => void;
  /** The reader answered "which amount did you mean?". */
  onChooseMark: (mark: DecimalMark) => void;
  disabled: boolean;
  /** Only this step's fields; every field when absent. */
  step?: string | undefined;
  /** Extra content shown just before the field with this key (the calculator's presets before the deposit). */
  before?: { key: string; content: ComponentChildren } | undefined;
}

export function SpecFields(props: SpecFieldsProps) {
  const { spec, values, step } = props;
  return (
    <>
      {spec.fields
        .filter((f) => (step === undefined || f.step === step) && (!f.when || f.when(values)))
        .map((field) => (
          <Fragment key={field.key}>
            {props.before?.key === field.key && props.before.content}
            {field.kind === 'list' ? (
              <ListGroup key={field.key} {...props} list={field} />
            ) : (
              <SpecControl
                key={field.key}
                {...props}
                field={field}
                id={controlId(spec.prefix, field.key)}
                value={values[field.key]}
                set={(v) => props.onChange(setValue(spec, values, controlId(spec.prefix, field.key), v))}
              />
            )}
          </Fragment>
        ))}
    </>
  );
}

function ListGroup(props: SpecFieldsProps & { list: ListField }) {
  const { spec, values, list } = props;
  const items = itemsOf(values, list.key);
  const fill = (template: string, n: number) => template.replace('{n}', String(n));
  return (
    <fieldset
      class="list"
      id={controlId(spec.prefix, list.key)}
      aria-describedby={list.hint ? `${controlId(spec.prefix, list.key)}-hint` : undefined}
    >
      <legend>{list.label}</legend>
      {list.hint && (
        <p class="hint" id={`${controlId(spec.prefix, list.key)}-hint`}>
          {list.hint}
        </p>
      )}
      {items.map((item, index) => (
        <fieldset class="list__item" key={index}>
          <legend>{fill(list.itemLabel, index + 1)}</legend>
          <div class="row">
            {list.fields
              .filter((f): f is ScalarField => f.kind !== 'list' && (!f.when || f.when(item)))
              .map((field) => {
                const id = controlId(spec.prefix, field.key, { key: list.key, index });
                return (
                  <SpecControl
                    key={field.key}
                    {...props}
                    field={field}
                    id={id}
                    value={item[field.key]}
                    set={(v) => props.onChange(setValue(spec, values, id, v))}
                  />
                );
              })}
          </div>
          {items.length > list.min && (
            <button
              type="button"
              class="secondary list__remove"
              disabled={props.disabled}
              onClick={() => props.onChange(removeItem(values, list, index))}
            >
              {fill(list.removeLabel, index + 1)}
            </button>
          )}
        </fieldset>
      ))}
      {items.length < list.max && (
        <button
          type="button"
          class="secondary list__add"
          disabled={props.disabled}
          onClick={() => props.onChange(addItem(values, list))}
        >
          {list.addLabel}
        </button>
      )}
    </fieldset>
  );
}

function SpecControl(
  props: SpecFieldsProps & {
    field: Field;
    id: string;
    value: FormValues[string] | undefined;
    set: (v: string | string[]) => void;
  },
) {
  const { field, id, currency, disabled } = props;
  if (field.kind === 'list') return null;
  const common = {
    id,
    label: labelOf(field, currency ?? 'the currency'),
    hint: field.hint,
    error: props.errors.get(id)?.message,
    disabled,
  };
  const text = typeof props.value === 'string' ? props.value : '';
  switch (field.kind) {
    case 'select':
      return <Select {...common} options={field.options} value={text} onChange={props.set} />;
    case 'radios':
      return <Radios {...common} options={field.options} value={text} onChange={props.set} />;
    case 'checkboxes':
      return (
        <Checkboxes
          {...common}
          options={field.options}
          value={Array.isArray(props.value) ? (props.value as string[]) : []}
          onChange={props.set}
        />
      );
    case 'checkbox':
      return <Checkbox {...common} checked={text === 'yes'} onChange={(on) => props.set(on ? 'yes' : '')} />;
    case 'amount':
      return (
        <AmountInput
          {...common}
          value={text}
          onInput={props.set}
          currency={currency}
          readings={props.readings.get(id)?.readings}
          onChooseMark={props.onChooseMark}
        />
      );
    case 'date':
      return <DateInput {...common} value={text} onInput={props.set} />;
    case 'email':
      return <TextInput {...common} type="email" value={text} onInput={props.set} autoComplete="email" />;
    case 'textarea':
      return <TextInput {...common} rows={field.rows ?? 4} value={text} onInput={props.set} />;
    case 'text':
      return <TextInput {...common} value={text} onInput={props.set} autoComplete={field.autocomplete} />;
    case 'percent':
    case 'decimal':
      return <TextInput {...common} inputMode="decimal" narrow value={text} onInput={props.set} />;
    case 'whole':
      return <TextInput {...common} inputMode="numeric" narrow value={text} onInput={props.set} />;
  }
}

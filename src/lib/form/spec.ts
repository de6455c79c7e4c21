/**
 * A tool's form, described once as data: each field's id, words, kind, step and the condition that shows it. The
 * one description drives the rendering (the form kit in src/components/islands/form), the reading and its order,
 * the error summary and which step an error opens.
 */

/** What a form holds as the reader typed it: text, a list of ticked values, or a list of repeated groups. */
export type FormValue = string | readonly string[] | readonly FormValues[];
export interface FormValues {
  readonly [key: string]: FormValue;
}

interface FieldBase {
  /** Key of the value in FormValues; the control's id is the form's prefix, a hyphen and this key. */
  key: string;
  /** The label; `{currency}` is replaced by the chosen currency's code. */
  label: string;
  hint?: string;
  /** What the field is, as it reads inside a message: "the total price" ("Enter the total price"). */
  what: string;
  /** Empty is allowed (the field says "(optional)" in its label itself). */
  optional?: boolean;
  /** The step of a multi-step form that holds it; absent in one-step forms. */
  step?: string;
  /** The field is shown, read and checked only while this holds. */
  when?: (values: FormValues) => boolean;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'textarea' | 'email';
  /** Longest text accepted; longer text is kept as typed and gets a message. */
  maxLength: number;
  rows?: number;
  autocomplete?: string;
}
export interface AmountField extends FieldBase {
  kind: 'amount';
  /** Zero is refused ("above zero"). */
  positive?: boolean;
}
export interface PercentField extends FieldBase {
  kind: 'percent';
  /** Largest share in basis points (default 10,000 = 100%). */
  maxBasisPoints?: number;
  positive?: boolean;
  allowNegative?: boolean;
}
export interface WholeField extends FieldBase {
  kind: 'whole';
  min: number;
  max: number;
}
export interface DecimalField extends FieldBase {
  kind: 'decimal';
  /** Digits allowed after the decimal mark. */
  places: number;
  /** Bounds in hundredths (37.5 hours = 3,750), so the check stays in integers. */
  minHundredths: number;
  maxHundredths: number;
  example: string;
}
export interface DateField extends FieldBase {
  kind: 'date';
}
export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}
export interface ChoiceField extends FieldBase {
  kind: 'select' | 'radios' | 'checkboxes';
  options: readonly ChoiceOption[];
}
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
}
/** A repeated group (milestones): each item holds the same fields. */
export interface ListField extends FieldBase {
  kind: 'list';
  /** Legend of each item; `{n}` is its position from 1. */
  itemLabel: string;
  fields: readonly Field[];
  min: number;
  max: number;
  addLabel: string;
  /** `{n}` is the item's position. */
  removeLabel: string;
  /** The values of a new item added at `index`. */
  newItem: (values: FormValues, index: number) => FormValues;
}

export type ScalarField =
  TextField | AmountField | PercentField | WholeField | DecimalField | DateField | ChoiceField | CheckboxField;
export type Field = ScalarField | ListField;

export interface FormSpec {
  /** Start of every control id: "pp" gives "pp-total". */
  prefix: string;
  fields: readonly Field[];
}

/** A field on screen: its control id, and for an item of a list, the list and the item's index. */
export interface PlacedField {
  id: string;
  field: ScalarField;
  value: string | readonly string[];
  list?: { field: ListField; index: number };
}

export function controlId(prefix: string, key: string, list?: { key: string; index: number }): string {
  return list ? `${prefix}-${list.key}-${list.index}-${key}` : `${prefix}-${key}`;
}

function asItems(value: FormValue | undefined): readonly FormValues[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object') ? (value as readonly FormValues[]) : [];
}

function asScalar(value: FormValue | undefined): string | readonly string[] {
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as readonly string[]) : '';
}

/** The list items of `key`, or none. */
export function itemsOf(values: FormValues, key: string): readonly FormValues[] {
  return asItems(values[key]);
}

/** Every field shown for these values, in the order they appear, list items expanded. */
export function placeFields(spec: FormSpec, values: FormValues, step?: string): PlacedField[] {
  const placed: PlacedField[] = [];
  for (const field of spec.fields) {
    if (step !== undefined && field.step !== step) continue;
    if (field.when && !field.when(values)) continue;
    if (field.kind !== 'list') {
      placed.push({ id: controlId(spec.prefix, field.key), field, value: asScalar(values[field.key]) });
      continue;
    }
    asItems(values[field.key]).forEach((item, index) => {
      for (const inner of field.fields) {
        if (inner.kind === 'list' || (inner.when && !inner.when(item))) continue;
        placed.push({
          id: controlId(spec.prefix, inner.key, { key: field.key, index }),
          field: inner,
          value: asScalar(item[inner.key]),
          list: { field, index },
        });
      }
    });
  }
  return placed;
}

/** The step that holds a control (for an error link), or undefined for a one-step form or an unknown id. */
export function findStep(spec: FormSpec, id: string): string | undefined {
  for (const field of spec.fields) {
    const own = controlId(spec.prefix, field.key);
    if (id === own || (field.kind === 'list' && id.startsWith(`${own}-`))) return field.step;
  }
  return undefined;
}

/** A value set at a control id, for the island's input handlers. */
export function setValue(
  spec: FormSpec,
  values: FormValues,
  id: string,
  value: string | readonly string[],
): FormValues {
  for (const field of spec.fields) {
    const own = controlId(spec.prefix, field.key);
    if (field.kind !== 'list') {
      if (id === own) return { ...values, [field.key]: value };
      continue;
    }
    const m = id.startsWith(`${own}-`) ? /^(\d+)-(.+)$/.exec(id.slice(own.length + 1)) : null;
    if (!m) continue;
    const index = Number(m[1]);
    const inner = m[2] ?? '';
    const items = asItems(values[field.key]);
    if (index >= items.length) return values;
    return { ...values, [field.key]: items.map((item, i) => (i === index ? { ...item, [inner]: value } : item)) };
  }
  return values;
}

/** Adds an item at the end of a list, up to its maximum. */
export function addItem(values: FormValues, list: ListField): FormValues {
  const items = asItems(values[list.key]);
  if (items.length >= list.max) return values;
  return { ...values, [list.key]: [...items, list.newItem(values, items.length)] };
}

/** Removes item `index`, keeping at least the list's minimum. */
export function removeItem(values: FormValues, list: ListField, index: number): FormValues {
  const items = asItems(values[list.key]);
  if (items.length <= list.min) return values;
  return { ...values, [list.key]: items.filter((_, i) => i !== index) };
}

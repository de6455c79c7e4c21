/**
 * Reading what the reader typed, field by field, in the order the form shows it. Each kind has one reader; every
 * message comes from messages.ts. Nothing here knows a tool: the tools turn the values read into a plan or an
 * agreement and add the checks that need several fields.
 */
import { parseAmount, type CurrencyCode, type DecimalMark, type ParseResult } from '../money';
import { compareDates, formatDate, parseIsoDate, type IsoDate } from '../dates';
import { formatBasisPoints } from '../percent';
import { message } from './messages';
import { placeFields, type Field, type FormSpec, type FormValues, type PlacedField, type ScalarField } from './spec';
import { formatCount } from '../numbers';

/** A problem with one control; `field` is the control's id, so the error summary can link to it. */
export interface FieldError {
  field: string;
  message: string;
  /** For an amount that reads two ways: the two readings, so the form can offer them as choices. */
  readings?: NonNullable<Extract<ParseResult, { ok: false }>['readings']>;
}

/**
 * Dates a plan or an agreement may hold. Earlier or later dates are typing slips (1900, 9999), and a bound keeps
 * every date a schedule adds to them inside the calendar.
 */
export const DATE_RANGE = { earliest: '2000-01-01', latest: '2099-12-31' } as const;

export interface ReadContext {
  /** The currency amounts are in; null when none is chosen yet (amount fields then wait). */
  currency: CurrencyCode | null;
  /** The decimal mark the reader chose; undefined lets the reader infer it and ask when unsure. */
  decimalMark?: DecimalMark;
}

export type ReadValue = string | number | readonly string[] | null;
type Read = { ok: true; value: ReadValue } | { ok: false; error: string; readings?: FieldError['readings'] };

const fail = (error: string): Read => ({ ok: false, error });

/** "12.5" → 1250 basis points; at most 2 decimals; a comma may be the decimal mark. */
export function readPercent(
  text: string,
  f: { what: string; maxBasisPoints?: number; positive?: boolean; allowNegative?: boolean },
): Read {
  const s = text.trim().replace(/%$/, '').trim().replace(',', '.').replace('\u2212', '-');
  const m = /^(-?)(\d{1,5})(?:\.(\d*))?$/.exec(s);
  if (!m) return fail(message('percentFormat', { what: f.what, example: '12.5' }));
  if ((m[3] ?? '').length > 2) return fail(message('decimalPlaces', { what: f.what, places: 2 }));
  const bp = (Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))) * (m[1] ? -1 : 1);
  if (bp < 0 && !f.allowNegative) {
    return fail(message(f.positive ? 'percentPositive' : 'percentNotNegative', { what: f.what }));
  }
  if (bp === 0 && f.positive) return fail(message('percentPositive', { what: f.what }));
  const max = f.maxBasisPoints ?? 10_000;
  if (bp > max) return fail(message('atMost', { what: f.what, max: formatBasisPoints(max) }));
  return { ok: true, value: bp };
}

export function readWhole(text: string, f: { what: string; min: number; max: number }): Read {
  const s = text.trim().replace('\u2212', '-');
  if (/^-\d+$/.test(s)) return fail(message(f.min > 0 ? 'wholeAboveZero' : 'atLeast', { what: f.what, min: f.min }));
  if (!/^\d{1,9}$/.test(s))
    return fail(message('wholeFormat', { what: f.what, example: String(Math.max(f.min, 1) * 14) }));
  const n = Number(s);
  if (n < f.min)
    return fail(message(f.min === 1 && n === 0 ? 'wholeAboveZero' : 'atLeast', { what: f.what, min: f.min }));
  if (n > f.max) return fail(message('atMost', { what: f.what, max: f.max }));
  return { ok: true, value: n };
}

/** A decimal like hours per week ("37.5"), as hundredths. */
export function readDecimal(
  text: string,
  f: { what: string; places: number; minHundredths: number; maxHundredths: number; example: string },
): Read {
  const s = text.trim().replace(',', '.').replace('\u2212', '-');
  const m = /^(-?)(\d{1,6})(?:\.(\d*))?$/.exec(s);
  if (!m) return fail(message('decimalFormat', { what: f.what, example: f.example }));
  if ((m[3] ?? '').length > f.places) return fail(message('decimalPlaces', { what: f.what, places: f.places }));
  const hundredths = (Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0').slice(0, 2))) * (m[1] ? -1 : 1);
  const show = (h: number) => String(h / 100);
  if (hundredths < f.minHundredths) {
    return fail(
      f.minHundredths <= 1
        ? message('amountAboveZero', { what: f.what })
        : message('atLeast', { what: f.what, min: show(f.minHundredths) }),
    );
  }
  if (hundredths > f.maxHundredths) return fail(message('atMost', { what: f.what, max: show(f.maxHundredths) }));
  return { ok: true, value: hundredths };
}

export function readDate(text: string, f: { what: string }): Read {
  const parsed = parseIsoDate(text);
  if (!parsed.ok)
    return fail(/^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? `${parsed.error}` : message('dateFormat', { what: f.what }));
  if (compareDates(parsed.date, DATE_RANGE.earliest) < 0) {
    return fail(message('dateEarliest', { what: f.what, date: formatDate(DATE_RANGE.earliest) }));
  }
  if (compareDates(parsed.date, DATE_RANGE.latest) > 0) {
    return fail(message('dateLatest', { what: f.what, date: formatDate(DATE_RANGE.latest) }));
  }
  return { ok: true, value: parsed.date as IsoDate };
}

export function readAmount(text: string, f: { what: string; positive?: boolean }, context: ReadContext): Read {
  if (!context.currency) return fail(message('choose', { what: 'a currency first' }));
  const s = text.trim().replace(/^\u2212/, '-');
  if (/^-/.test(s)) return fail(message(f.positive ? 'amountAboveZero' : 'atLeast', { what: f.what, min: 0 }));
  const r = context.decimalMark
    ? parseAmount(s, context.currency, { decimalMark: context.decimalMark })
    : parseAmount(s, context.currency);
  if (!r.ok) return r.readings ? { ok: false, error: r.error, readings: r.readings } : fail(r.error);
  if (r.minor === 0 && f.positive) return fail(message('amountAboveZero', { what: f.what }));
  return { ok: true, value: r.minor };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads one control's value by its field's kind; empty is an error unless the field is optional. */
export function readField(field: ScalarField, value: string | readonly string[], context: ReadContext): Read {
  if (field.kind === 'checkboxes') {
    const ticked = typeof value === 'string' ? [] : value.filter((v) => field.options.some((o) => o.value === v));
    return ticked.length === 0 && !field.optional
      ? fail(message('choose', { what: field.what }))
      : { ok: true, value: ticked };
  }
  const text = typeof value === 'string' ? value : '';
  if (field.kind === 'checkbox') return { ok: true, value: text === 'yes' ? 'yes' : '' };
  if (text.trim() === '') {
    if (field.optional) return { ok: true, value: null };
    return fail(
      message(field.kind === 'select' || field.kind === 'radios' ? 'choose' : 'required', { what: field.what }),
    );
  }
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'email':
      if (text.length > field.maxLength) {
        return fail(
          message('tooLong', {
            what: field.what,
            max: formatCount(field.maxLength),
            length: formatCount(text.length),
          }),
        );
      }
      if (field.kind === 'email' && !EMAIL.test(text.trim())) return fail(message('email', { what: field.what }));
      return { ok: true, value: text.trim() };
    case 'amount':
      return readAmount(text, field, context);
    case 'percent':
      return readPercent(text, field);
    case 'whole':
      return readWhole(text, field);
    case 'decimal':
      return readDecimal(text, field);
    case 'date':
      return readDate(text, field);
    case 'select':
    case 'radios':
      return field.options.some((o) => o.value === text)
        ? { ok: true, value: text }
        : fail(message('choose', { what: field.what }));
  }
}

export interface FormReading {
  /** Problems in the order the fields appear. */
  errors: FieldError[];
  /** The values that read cleanly, by control id (null for an empty optional field). */
  values: ReadonlyMap<string, ReadValue>;
  placed: PlacedField[];
}

/** Reads every shown field of a form. */
export function readForm(spec: FormSpec, values: FormValues, context: ReadContext): FormReading {
  const errors: FieldError[] = [];
  const read = new Map<string, ReadValue>();
  const placed = placeFields(spec, values);
  for (const p of placed) {
    const r = readField(p.field, p.value, context);
    if (r.ok) read.set(p.id, r.value);
    else
      errors.push(
        r.readings ? { field: p.id, message: r.error, readings: r.readings } : { field: p.id, message: r.error },
      );
  }
  return { errors, values: read, placed };
}

/** Orders errors as their fields appear on the form (cross-field errors join at their field's place). */
export function sortErrors(spec: FormSpec, values: FormValues, errors: readonly FieldError[]): FieldError[] {
  const order = new Map(placeFields(spec, values).map((p, i) => [p.id, i]));
  const rank = (e: FieldError) => order.get(e.field) ?? Number.MAX_SAFE_INTEGER;
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** The label with the currency filled in, as the form shows it. */
export function labelOf(field: Field, currency: string): string {
  return field.label.replace('{currency}', currency);
}

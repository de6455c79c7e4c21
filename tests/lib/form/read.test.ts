import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  readDate,
  readDecimal,
  readField,
  readForm,
  readPercent,
  readWhole,
  sortErrors,
} from '../../../src/lib/form/read';
import { fillTemplate } from '../../../src/lib/form/messages';
import {
  addItem,
  findStep,
  placeFields,
  removeItem,
  setValue,
  type FormSpec,
  type ListField,
} from '../../../src/lib/form/spec';

describe('readers', () => {
  // Expected basis points are the percentage × 100 (12.5% = 1,250).
  it.each([
    ['12.5', {}, { ok: true, value: 1250 }],
    ['12,5 %', {}, { ok: true, value: 1250 }],
    ['0', {}, { ok: true, value: 0 }],
    ['0', { positive: true }, { ok: false, error: 'Enter the share above zero' }],
    ['-5', {}, { ok: false, error: 'Enter the share of zero or more' }],
    ['-5', { positive: true }, { ok: false, error: 'Enter the share above zero' }],
    ['\u22120.5', { allowNegative: true }, { ok: true, value: -50 }],
    ['12.345', {}, { ok: false, error: 'Enter the share with at most 2 decimal places' }],
    ['101', {}, { ok: false, error: 'Enter the share of 100% or less' }],
    ['half', {}, { ok: false, error: 'Enter the share as a percentage, like 12.5' }],
  ])('readPercent(%j, %j)', (text, opts, expected) => {
    expect(readPercent(text, { what: 'the share', ...opts })).toEqual(expected);
  });

  it.each([
    ['14', { ok: true, value: 14 }],
    ['0', { ok: false, error: 'Enter the days above zero' }],
    ['-3', { ok: false, error: 'Enter the days above zero' }],
    ['121', { ok: false, error: 'Enter the days of 120 or less' }],
    ['1.5', { ok: false, error: 'Enter the days as a whole number, like 14' }],
  ])('readWhole(%j) from 1 to 120', (text, expected) => {
    expect(readWhole(text, { what: 'the days', min: 1, max: 120 })).toEqual(expected);
  });

  it.each([
    ['37.5', { ok: true, value: 3750 }],
    ['37,25', { ok: true, value: 3725 }],
    ['0', { ok: false, error: 'Enter the hours above zero' }],
    ['169', { ok: false, error: 'Enter the hours of 168 or less' }],
    ['1.255', { ok: false, error: 'Enter the hours with at most 2 decimal places' }],
  ])('readDecimal(%j) as hours', (text, expected) => {
    const hours = { what: 'the hours', places: 2, minHundredths: 1, maxHundredths: 16_800, example: '37.5' };
    expect(readDecimal(text, hours)).toEqual(expected);
  });

  // Issue 12: an agreement dated 1900 passed as complete.
  it.each([
    ['2026-03-15', { ok: true, value: '2026-03-15' }],
    ['1900-01-01', { ok: false, error: 'Enter the date on or after 1 January 2000' }],
    ['2150-01-01', { ok: false, error: 'Enter the date on or before 31 December 2099' }],
    ['2026-02-30', { ok: false, error: 'February 2026 has 28 days' }],
    ['15/03/2026', { ok: false, error: 'Enter the date as year-month-day, like 2026-03-15' }],
  ])('readDate(%j)', (text, expected) => {
    expect(readDate(text, { what: 'the date' })).toEqual(expected);
  });

  it('keeps over-long text as typed and says how long it is', () => {
    const field = { kind: 'text' as const, key: 'address', label: 'Address', what: 'your address', maxLength: 300 };
    expect(readField(field, 'x'.repeat(2000), { currency: null })).toEqual({
      ok: false,
      error: 'Your address must be 300 characters or fewer; it has 2,000',
    });
  });

  test.prop([fc.string({ maxLength: 20 })], { numRuns: 1000 })('readers never throw and never give NaN', (s) => {
    for (const r of [
      readPercent(s, { what: 'x', allowNegative: true }),
      readWhole(s, { what: 'x', min: 0, max: 10 }),
      readDecimal(s, { what: 'x', places: 2, minHundredths: 0, maxHundredths: 100_00, example: '1' }),
    ]) {
      if (r.ok) expect(Number.isSafeInteger(r.value)).toBe(true);
      else expect(r.error).not.toMatch(/NaN|undefined|\{/);
    }
  });
});

describe('a form described once', () => {
  const items: ListField = {
    kind: 'list',
    key: 'items',
    label: 'Items',
    what: 'the items',
    itemLabel: 'Item {n}',
    fields: [{ kind: 'text', key: 'name', label: 'Name', what: 'the name', maxLength: 10 }],
    min: 1,
    max: 2,
    addLabel: 'Add',
    removeLabel: 'Remove item {n}',
    newItem: (_v, i) => ({ name: `Item ${i + 1}` }),
    step: 'two',
  };
  const spec: FormSpec = {
    prefix: 'f',
    fields: [
      { kind: 'text', key: 'title', label: 'Title', what: 'the title', maxLength: 10, step: 'one' },
      {
        kind: 'radios',
        key: 'kind',
        label: 'Kind',
        what: 'a kind',
        options: [{ value: 'a', label: 'A' }],
        step: 'one',
      },
      {
        kind: 'text',
        key: 'extra',
        label: 'Extra',
        what: 'the extra',
        maxLength: 10,
        step: 'one',
        when: (v) => v['kind'] === 'a',
      },
      items,
    ],
  };
  const values = { title: '', kind: '', extra: '', items: [{ name: '' }] };

  it('reads only the fields shown, in their order, with one message table', () => {
    expect(readForm(spec, values, { currency: null }).errors).toEqual([
      { field: 'f-title', message: 'Enter the title' },
      { field: 'f-kind', message: 'Choose a kind' },
      { field: 'f-items-0-name', message: 'Enter the name' },
    ]);
    expect(placeFields(spec, { ...values, kind: 'a' }).map((p) => p.id)).toEqual([
      'f-title',
      'f-kind',
      'f-extra',
      'f-items-0-name',
    ]);
  });

  it('finds the step of any control, list items included', () => {
    expect(findStep(spec, 'f-kind')).toBe('one');
    expect(findStep(spec, 'f-items-1-name')).toBe('two');
    expect(findStep(spec, 'nothing')).toBeUndefined();
  });

  it('sets, adds and removes within the limits', () => {
    const two = addItem(values, items);
    expect(two.items).toEqual([{ name: '' }, { name: 'Item 2' }]);
    expect(addItem(two, items)).toBe(two);
    expect(setValue(spec, two, 'f-items-1-name', 'B').items).toEqual([{ name: '' }, { name: 'B' }]);
    expect(setValue(spec, two, 'f-title', 'T')['title']).toBe('T');
    expect(removeItem(removeItem(two, items, 0), items, 0)).toEqual({ ...values, items: [{ name: 'Item 2' }] });
  });

  it('sorts errors added later into the form order', () => {
    const sorted = sortErrors(spec, values, [
      { field: 'f-items-0-name', message: 'b' },
      { field: 'f-title', message: 'a' },
    ]);
    expect(sorted.map((e) => e.message)).toEqual(['a', 'b']);
  });

  it('fills templates, capitalising {What}', () => {
    expect(fillTemplate('{What} is {n} long; {missing}', { what: 'your name', n: 3 })).toBe(
      'Your name is 3 long; {missing}',
    );
  });
});

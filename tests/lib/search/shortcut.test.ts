import { describe, expect, it } from 'vitest';
import { shouldFocusSearch, type KeyContext } from '../../../src/lib/search/shortcut';

const base: KeyContext = {
  key: '/',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetIsContentEditable: false,
};

describe('shouldFocusSearch', () => {
  it('takes "/" pressed on the page or on a link', () => {
    expect(shouldFocusSearch(base)).toBe(true);
    expect(shouldFocusSearch({ ...base, targetTag: 'A' })).toBe(true);
    expect(shouldFocusSearch({ ...base, targetTag: 'INPUT', inputType: 'checkbox' })).toBe(true);
  });

  it('leaves "/" alone inside text fields, selects and editable regions', () => {
    expect(shouldFocusSearch({ ...base, targetTag: 'INPUT', inputType: 'text' })).toBe(false);
    expect(shouldFocusSearch({ ...base, targetTag: 'INPUT', inputType: 'search' })).toBe(false);
    expect(shouldFocusSearch({ ...base, targetTag: 'INPUT' })).toBe(false);
    expect(shouldFocusSearch({ ...base, targetTag: 'TEXTAREA' })).toBe(false);
    expect(shouldFocusSearch({ ...base, targetTag: 'SELECT' })).toBe(false);
    expect(shouldFocusSearch({ ...base, targetTag: 'DIV', targetIsContentEditable: true })).toBe(false);
  });

  it('ignores other keys, modifiers and IME composition', () => {
    expect(shouldFocusSearch({ ...base, key: '?' })).toBe(false);
    expect(shouldFocusSearch({ ...base, ctrlKey: true })).toBe(false);
    expect(shouldFocusSearch({ ...base, metaKey: true })).toBe(false);
    expect(shouldFocusSearch({ ...base, altKey: true })).toBe(false);
    expect(shouldFocusSearch({ ...base, isComposing: true })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { askedAsForPath, askedAsSchema, PAGE_ASKED_AS } from '../../../src/lib/search/asked-as';

describe('askedAsSchema', () => {
  it('accepts a list of reader phrasings', () => {
    expect(askedAsSchema.parse([' how much deposit ', 'upfront payment', 'net 30'])).toEqual([
      'how much deposit',
      'upfront payment',
      'net 30',
    ]);
  });

  it.each([
    [['deposit', 'advance'], 'fewer than 3'],
    [['deposit', 'advance', 'no'], 'a phrasing under 3 characters'],
    [['deposit', 'advance', 'x'.repeat(121)], 'a phrasing over 120 characters'],
    [['deposit', 'Deposit', 'advance'], 'the same phrasing twice'],
  ])('rejects %j: %s', (list) => {
    expect(askedAsSchema.safeParse(list).success).toBe(false);
  });
});

describe('PAGE_ASKED_AS', () => {
  it.each(Object.entries(PAGE_ASKED_AS))('%s has valid phrasings', (_path, list) => {
    expect(askedAsSchema.safeParse(list).success).toBe(true);
  });

  it('names pages by path, and never a guide (guides declare theirs in frontmatter)', () => {
    for (const path of Object.keys(PAGE_ASKED_AS)) {
      expect(path).toMatch(/^\/([a-z0-9-]+\/)+$/);
      expect(path.startsWith('/guides/')).toBe(false);
    }
  });

  it('gives a page without phrasings none', () => {
    expect(askedAsForPath('/no-such-page/')).toEqual([]);
    expect(askedAsForPath('/tools/trust-check/').length).toBeGreaterThan(0);
  });
});

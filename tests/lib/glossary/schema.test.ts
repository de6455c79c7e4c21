import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { countSentences, glossaryTermSchema, groupTermsByLetter } from '../../../src/lib/glossary/schema';

describe('countSentences', () => {
  it.each([
    ['One sentence.', 1],
    ['One. Two.', 2],
    ['It costs 0.99 USD. Then more. And more.', 3],
    ['Upwork says "it will". Then it did.', 2],
  ])('%s → %d', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('glossaryTermSchema', () => {
  it('rejects a definition of four sentences', () => {
    const result = glossaryTermSchema.safeParse({
      id: 'x-y',
      term: 'X Y',
      definition: 'One thing. Two things. Three things. Four things.',
    });
    expect(result.success).toBe(false);
  });
  it('rejects an id that is not kebab-case', () => {
    expect(
      glossaryTermSchema.safeParse({ id: 'Bad Id', term: 'Bad', definition: 'A definition long enough.' }).success,
    ).toBe(false);
  });
});

describe('groupTermsByLetter', () => {
  it('sorts A to Z ignoring case and groups by first letter', () => {
    const groups = groupTermsByLetter([
      { term: 'escrow' },
      { term: 'ACH' },
      { term: 'Escrow fee' },
      { term: 'arbitration' },
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.term)])).toEqual([
      ['A', ['ACH', 'arbitration']],
      ['E', ['escrow', 'Escrow fee']],
    ]);
  });
});

describe('the glossary data', () => {
  const terms = parse(
    readFileSync(join(import.meta.dirname, '../../../src/content/data/glossary.yaml'), 'utf8'),
  ) as unknown[];
  it('has at least 30 valid terms with unique ids', () => {
    const parsed = terms.map((t) => glossaryTermSchema.parse(t));
    expect(parsed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(parsed.map((t) => t.id)).size).toBe(parsed.length);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findSpellingVariants, SPELLING_GROUPS, tokenize } from '../../../src/lib/search/variants';

describe('findSpellingVariants', () => {
  it.each([
    ['A client sent a fake check for more than the price', ['cheque'], 'a payment check'],
    ['The cheques bounced', ['checks'], 'the plural carries over'],
    ['Check the company and the person', [], '"check" as "verify" is never a cheque'],
    ['The review window works in your favour', ['favor'], 'British to US'],
    ['a favorable review', ['favourable'], 'US to British, with its ending'],
    ['Never accept PayPal Friends and Family for work', ['f&f', 'pay pal'], 'a phrase'],
    ['F&F has no protection', ['friends and family'], 'the abbreviation, as typed'],
    ['The Upwork Conversion Fee', ['opt out fee', 'opt-out fee', 'upworks', 'upwrok'], 'old name'],
    ['It used to be called the Opt-Out Fee', ['conversion fee', 'opt out fee'], 'new name'],
    ['Fiverr forbids it', ['fivver'], 'a misspelt name'],
    ['licences cancelled', ['canceled', 'licenses'], 'two words at once'],
  ])('%s → %j (%s)', (text, expected) => {
    expect(findSpellingVariants(text)).toEqual(expected);
  });

  it('adds nothing the text already says', () => {
    expect(findSpellingVariants('favour and favor')).toEqual([]);
  });

  test.prop([fc.array(fc.constantFrom(...SPELLING_GROUPS.flatMap((g) => g.forms), 'client', 'pays', 'fake'))], {
    numRuns: 500,
  })('returns sorted forms of the groups, none of them already in the text', (words) => {
    const text = words.join(' ');
    const variants = findSpellingVariants(text);
    expect([...variants].sort()).toEqual(variants);
    const known = new Set(SPELLING_GROUPS.flatMap((g) => g.forms).flatMap((f) => [f, `${f}s`]));
    const present = new Set(tokenize(text));
    for (const v of variants) {
      expect(known.has(v) || [...known].some((f) => v.startsWith(f))).toBe(true);
      if (tokenize(v).length === 1) expect(present.has(v)).toBe(false);
    }
  });
});

describe('SPELLING_GROUPS', () => {
  it('lists every form once, in lower case', () => {
    const forms = SPELLING_GROUPS.flatMap((g) => g.forms);
    expect(new Set(forms).size).toBe(forms.length);
    for (const f of forms) expect(f).toBe(f.toLowerCase());
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decodeEntities, excerptToText, splitExcerpt } from '../../../src/lib/search/excerpt';

describe('splitExcerpt', () => {
  it('keeps Pagefind marks and plain text apart', () => {
    expect(splitExcerpt('The <mark>Conversion</mark> <mark>Fee</mark> is charged')).toEqual([
      { text: 'The ', marked: false },
      { text: 'Conversion', marked: true },
      { text: ' ', marked: false },
      { text: 'Fee', marked: true },
      { text: ' is charged', marked: false },
    ]);
  });

  it('leaves any other tag as literal text', () => {
    expect(splitExcerpt('<img src=x onerror=alert(1)><mark>fee</mark><script>x</script>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'fee', marked: true },
      { text: '<script>x</script>', marked: false },
    ]);
  });

  it('does not treat a mark with attributes as a mark', () => {
    expect(splitExcerpt('<mark onclick="x">a</mark>')).toEqual([{ text: '<mark onclick="x">a', marked: false }]);
  });

  it('decodes escaped text after splitting, so an escaped tag never becomes a mark', () => {
    expect(splitExcerpt('Terms &amp; fees &lt;mark&gt;x&lt;/mark&gt;')).toEqual([
      { text: 'Terms & fees <mark>x</mark>', marked: false },
    ]);
  });

  it('ends an unclosed mark with the string and ignores a stray closing tag', () => {
    expect(splitExcerpt('a</mark>b<MARK>c')).toEqual([
      { text: 'ab', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(splitExcerpt('')).toEqual([]);
  });

  test.prop([fc.array(fc.oneof(fc.string(), fc.constantFrom('<mark>', '</mark>', '&amp;', '<b>')))], {
    numRuns: 1000,
  })('never produces empty runs and never two neighbours with the same marking', (parts) => {
    const segments = splitExcerpt(parts.join(''));
    for (const [i, s] of segments.entries()) {
      expect(s.text).not.toBe('');
      if (i > 0) expect(segments[i - 1]!.marked).not.toBe(s.marked);
    }
  });

  test.prop([fc.string()], { numRuns: 1000 })('keeps every character of text that has no tags or entities', (s) => {
    fc.pre(!/[<&]/.test(s));
    expect(excerptToText(s)).toBe(s);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('a &amp; b &quot;c&quot; &#39;d&#x27; &gt;')).toBe(`a & b "c" 'd' >`);
  });

  it('keeps unknown and invalid references as text', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; &#99999999;')).toBe('&bogus; &#xD800; &#0; &#99999999;');
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeFallback,
  describeNothingFound,
  describePrompt,
  describeResults,
} from '../../../src/lib/search/describe';

describe('describeResults', () => {
  it('says the count, the query and the filters in one sentence', () => {
    expect(describeResults(0, 'zzz', [])).toBe('No results for “zzz”.');
    expect(describeResults(1, 'deposit', ['Guide'])).toBe('1 result for “deposit” in Guide.');
    expect(describeResults(12, '', ['Tool'])).toBe('12 results in Tool.');
  });
});

describe('what the reader is told', () => {
  it.each([
    [
      describeFallback('milstones and deposit', 4, ['milstones']),
      /^No page has all the words of “milstones and deposit”\. 4 results leave out “milstones”\.$/,
    ],
    [describeFallback('a b c', 1, ['b', 'c']), /1 result leaves out “b” and “c”\.$/],
    [describePrompt('how do i'), /^“how do i” has no word to search for\. Add a word/],
    [
      describeNothingFound('xylophonequartz'),
      /^No page matches “xylophonequartz”\. Start from one of the four steps or a tool/,
    ],
  ])('%s', (sentence, pattern) => {
    expect(sentence).toMatch(pattern);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { toIndexQuery } from '../../../src/lib/search/stopwords';

describe('toIndexQuery', () => {
  it('keeps the words that carry meaning', () => {
    expect(toIndexQuery('can I take my client off upwork')).toBe('take client off upwork');
    expect(toIndexQuery('who owns the design')).toBe('owns design');
    expect(toIndexQuery('wise or wire')).toBe('wise wire');
    expect(toIndexQuery('net 30')).toBe('net 30');
  });

  it('keeps a query made only of stop words', () => {
    expect(toIndexQuery('who are you')).toBe('who are you');
  });

  test.prop([fc.array(fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/), { minLength: 1, maxLength: 8 })], { numRuns: 1000 })(
    'returns a non-empty subsequence of the words typed',
    (words) => {
      const out = toIndexQuery(words.join(' ')).split(' ');
      expect(out.length).toBeGreaterThan(0);
      let i = 0;
      for (const w of words) if (w === out[i]) i++;
      expect(i).toBe(out.length);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { MAX_FALLBACK_SEARCHES, planFallbackQueries } from '../../../src/lib/search/fallback';

const reach = (pairs: [string, number][]) => pairs.map(([word, pages]) => ({ word, pages }));

describe('planFallbackQueries', () => {
  it('leaves out a word no page has (a typo) before any other', () => {
    const plans = planFallbackQueries(
      reach([
        ['milstones', 0],
        ['deposit', 15],
      ]),
    );
    expect(plans[0]).toEqual({ kept: ['deposit'], dropped: ['milstones'] });
  });

  it('then leaves out the word on the most pages, keeping the words in the order typed', () => {
    const plans = planFallbackQueries(
      reach([
        ['paypal', 8],
        ['seller', 3],
        ['protection', 10],
        ['valid', 2],
      ]),
    );
    expect(plans.slice(0, 4).map((p) => p.dropped)).toEqual([['protection'], ['paypal'], ['seller'], ['valid']]);
    expect(plans[0]!.kept).toEqual(['paypal', 'seller', 'valid']);
  });

  it('tries every query with one word left out before any with two', () => {
    const plans = planFallbackQueries(
      reach([
        ['a1', 1],
        ['b2', 2],
        ['c3', 3],
      ]),
    );
    expect(plans.map((p) => p.dropped.length)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('on a tie, keeps the first words typed', () => {
    expect(
      planFallbackQueries(
        reach([
          ['first', 4],
          ['second', 4],
        ]),
      )[0]!.dropped,
    ).toEqual(['second']);
  });

  it('has nothing to try for a single word', () => {
    expect(planFallbackQueries(reach([['deposit', 0]]))).toEqual([]);
  });

  test.prop([fc.uniqueArray(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 30 }), fc.nat(50)], {
    numRuns: 100,
  })('never tries the full or an empty query, and stays within its limit', (words, pages) => {
    const plans = planFallbackQueries(words.map((word, i) => ({ word, pages: (pages * (i + 1)) % 17 })));
    expect(plans.length).toBeLessThanOrEqual(MAX_FALLBACK_SEARCHES);
    for (const plan of plans) {
      expect(plan.kept.length).toBeGreaterThan(0);
      expect(plan.dropped.length).toBeGreaterThan(0);
      expect([...plan.kept, ...plan.dropped].sort()).toEqual([...words].sort());
      expect(plan.kept).toEqual(words.filter((w) => plan.kept.includes(w)));
    }
  });
});

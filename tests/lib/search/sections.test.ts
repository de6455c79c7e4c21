import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { rankSections } from '../../../src/lib/search/sections';

const at = (url: string, ...scores: number[]) => ({
  url,
  weighted_locations: scores.map((s) => ({ balanced_score: s })),
});

describe('rankSections', () => {
  it('puts the best-matching section first and drops the unanchored lead', () => {
    // Shape taken from a real Pagefind result for "kill fee" on the agreement guide.
    const sections = [
      at('/g/', 900),
      at('/g/#timeline', 214),
      at('/g/#late-fee', 2048, 512),
      at('/g/#kill-fee', 2048, 2048, 512),
    ];
    expect(rankSections(sections, 2).map((s) => s.url)).toEqual(['/g/#kill-fee', '/g/#late-fee']);
  });

  it('keeps page order between equal scores and copes with missing locations', () => {
    expect(rankSections([{ url: '/g/#a' }, { url: '/g/#b' }], 5).map((s) => s.url)).toEqual(['/g/#a', '/g/#b']);
    expect(rankSections([at('/g/#a', 1)], -1)).toEqual([]);
  });

  test.prop([fc.array(fc.record({ url: fc.constantFrom('/g/', '/g/#a', '/g/#b'), n: fc.nat(1000) })), fc.nat(5)], {
    numRuns: 1000,
  })('returns at most `limit` anchored sections in descending score', (raw, limit) => {
    const out = rankSections(
      raw.map((r) => at(r.url, r.n)),
      limit,
    );
    expect(out.length).toBeLessThanOrEqual(limit);
    for (const s of out) expect(s.url).toContain('#');
    for (let i = 1; i < out.length; i++) {
      expect(out[i - 1]!.weighted_locations![0]!.balanced_score).toBeGreaterThanOrEqual(
        out[i]!.weighted_locations![0]!.balanced_score,
      );
    }
  });
});

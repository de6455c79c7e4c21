import { describe, expect, it } from 'vitest';
import { loadRelevanceSet, scoreRelevance } from '../../scripts/search-relevance.mjs';

const questions = [
  { q: 'deposit', first: '/guides/deposits/', also: ['/tools/plan/'] },
  { q: 'fake check', first: '/guides/scams/' },
];

describe('scoreRelevance', () => {
  it.each([
    [[['/guides/deposits/'], ['/guides/scams/']], 1, 1, 'both first'],
    [
      [
        ['/tools/plan/', '/guides/deposits/'],
        ['/x/', '/y/', '/guides/scams/'],
      ],
      0,
      1,
      'both in the top 3',
    ],
    [[['/tools/plan/'], ['/x/']], 0, 0.5, 'an "also" page counts for the top 3 only'],
    [[['/x/', '/y/', '/z/', '/guides/deposits/'], []], 0, 0, 'fourth place and no result are misses'],
  ])('%j → top-1 %d, top-3 %d (%s)', (rankings, top1, top3) => {
    const score = scoreRelevance(questions, rankings);
    expect(score.top1).toBe(top1);
    expect(score.top3).toBe(top3);
    expect(score.misses.length).toBe(Math.round((1 - top1) * 2));
  });
});

describe('the relevance set', () => {
  it('has at least 60 questions, each once, each naming site paths', async () => {
    const set = await loadRelevanceSet();
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(new Set(set.map((q) => q.q.toLowerCase())).size).toBe(set.length);
    for (const q of set) {
      for (const path of [q.first, ...(q.also ?? [])]) expect(path).toMatch(/^\/([a-z0-9-]+\/)+$/);
      expect(q.also ?? []).not.toContain(q.first);
    }
  });
});

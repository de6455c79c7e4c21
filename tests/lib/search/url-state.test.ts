import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../../../src/lib/search/query';
import { formatSearchState, parseSearchState, toPagefindFilters } from '../../../src/lib/search/url-state';

const allowed = { kinds: ['guide', 'tool', 'glossary'], topics: ['platform-rules', 'getting-paid'] };

describe('parseSearchState', () => {
  it('reads the query and known filters', () => {
    expect(parseSearchState('?q=net+30&kind=guide&topic=getting-paid', allowed)).toEqual({
      q: 'net 30',
      kind: 'guide',
      topic: 'getting-paid',
    });
  });

  it('drops filter values the site does not have', () => {
    expect(parseSearchState('?q=x&kind=<script>&topic=nope', allowed)).toEqual({ q: 'x', kind: null, topic: null });
  });

  it('cuts a very long query', () => {
    expect(parseSearchState(`?q=${'a'.repeat(5000)}`, allowed).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  test.prop(
    [fc.string(), fc.option(fc.constantFrom(...allowed.kinds)), fc.option(fc.constantFrom(...allowed.topics))],
    {
      numRuns: 1000,
    },
  )('round-trips through the URL', (q, kind, topic) => {
    const state = { q: normaliseQuery(q), kind, topic };
    expect(parseSearchState(formatSearchState(state), allowed)).toEqual(state);
  });
});

describe('formatSearchState', () => {
  it('leaves out empty parts', () => {
    expect(formatSearchState({ q: '  ', kind: null, topic: null })).toBe('');
    expect(formatSearchState({ q: 'wise or wire', kind: 'guide', topic: null })).toBe('?q=wise+or+wire&kind=guide');
  });
});

describe('toPagefindFilters', () => {
  it('passes active filters and can leave one group out for counting', () => {
    const state = { q: 'fee', kind: 'guide', topic: 'getting-paid' };
    expect(toPagefindFilters(state)).toEqual({ kind: 'guide', topic: 'getting-paid' });
    expect(toPagefindFilters(state, 'kind')).toEqual({ topic: 'getting-paid' });
    expect(toPagefindFilters({ q: '', kind: null, topic: null })).toEqual({});
  });

  it('translates a topic id into the value the index holds', () => {
    const labels = { 'getting-paid': 'Planning the money' };
    expect(toPagefindFilters({ q: '', kind: null, topic: 'getting-paid' }, undefined, labels)).toEqual({
      topic: 'Planning the money',
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeDropped,
  filterAnswers,
  parseTrustState,
  trustStateCodec,
  type TrustState,
} from '../../../src/lib/trust/state';
import { loadTrustData } from './load-trust-data';
import { LONG_STANDING_CLIENT } from './fixtures';

const { questions } = loadTrustData();

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function encodeRaw(value: unknown, version = 1): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const b64 = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `trust-check=v${version}.${b64}`;
}

describe('parseTrustState', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a number', 3],
    ['no answers', { view: 'request' }],
    ['a non-string option', { answers: { 'move-when': 1 }, view: 'request' }],
    ['a missing view', { answers: {} }],
    ['an overlong view', { answers: {}, view: 'x'.repeat(101) }],
  ])('rejects %s', (_what, value) => {
    expect(parseTrustState(value)).toBeUndefined();
  });

  it('keeps only the known fields', () => {
    expect(parseTrustState({ answers: { a: 'b' }, view: 'review', extra: true })).toEqual({
      answers: { a: 'b' },
      view: 'review',
    });
  });

  it('never lets "__proto__" become a prototype: the key is dropped', () => {
    for (const json of [
      '{"answers":{"__proto__":{"x":"y"}},"view":"request"}',
      '{"answers":{"__proto__":"x"},"view":"request"}',
    ]) {
      const parsed = parseTrustState(JSON.parse(json));
      expect(parsed).toEqual({ answers: {}, view: 'request' });
      expect(Object.getPrototypeOf(parsed?.answers)).toBe(Object.prototype);
    }
  });

  it('never throws on arbitrary JSON and only returns well-formed state', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseTrustState(value);
        if (parsed === undefined) return;
        expect(typeof parsed.view).toBe('string');
        for (const [k, v] of Object.entries(parsed.answers)) {
          expect(typeof k).toBe('string');
          expect(typeof v).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every well-formed state unchanged', () => {
    const stateArb = fc.record({
      // Valibot drops the keys that could reach a prototype; no question id is one of them.
      answers: fc.dictionary(
        fc.string({ maxLength: 100 }).filter((k) => !['__proto__', 'prototype', 'constructor'].includes(k)),
        fc.string({ maxLength: 100 }),
      ),
      view: fc.string({ maxLength: 100 }),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseTrustState(JSON.parse(JSON.stringify(state)))).toEqual(JSON.parse(JSON.stringify(state)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('trustStateCodec', () => {
  const state: TrustState = { answers: LONG_STANDING_CLIENT, view: 'result' };

  it('round-trips through the fragment and storage', () => {
    expect(trustStateCodec.decode('#' + trustStateCodec.encode(state))).toEqual({ status: 'ok', value: state });
    const storage = memoryStorage();
    trustStateCodec.save(storage, state);
    expect(storage.getItem('offramp:trust-check')).not.toBeNull();
    expect(trustStateCodec.load(storage)).toEqual({ status: 'ok', value: state });
    trustStateCodec.clear(storage);
    expect(trustStateCodec.load(storage)).toEqual({ status: 'missing' });
  });

  it('uses the trust-check name', () => {
    expect(trustStateCodec.encode(state).startsWith('trust-check=v1.')).toBe(true);
    expect(trustStateCodec.storageKey).toBe('offramp:trust-check');
  });

  it.each([
    ['an older version', encodeRaw({ answers: {}, view: 'request' }, 0), 'old-version'],
    ['broken base64', 'trust-check=v1.%%%', 'tampered'],
    ['valid JSON of the wrong shape', encodeRaw({ answers: 'all yes' }), 'tampered'],
  ])('rejects %s with a notice', (_what, fragment, reason) => {
    const decoded = trustStateCodec.decode(fragment);
    expect(decoded).toMatchObject({ status: 'rejected', reason });
    if (decoded.status === 'rejected') expect(decoded.notice.length).toBeGreaterThan(10);
  });

  it('never throws on arbitrary fragments', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => trustStateCodec.decode('trust-check=' + text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('filterAnswers', () => {
  it('keeps valid answers and drops unknown questions and options', () => {
    const { answers, dropped } = filterAnswers(questions, {
      'move-when': 'first-message',
      'question-that-was-removed': 'yes',
      'pay-rate': 'option-that-was-renamed',
    });
    expect(answers).toEqual({ 'move-when': 'first-message' });
    expect(dropped).toBe(2);
  });

  it('keeps exactly the answers that match the questions (property)', () => {
    const known = questions.flatMap((q) => q.options.map((o) => [q.id, o.id] as const));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom(...questions.map((q) => q.id)), fc.string()),
          fc.oneof(fc.constantFrom(...known.map(([, o]) => o)), fc.string()),
        ),
        (answers) => {
          const { answers: kept, dropped } = filterAnswers(questions, answers);
          expect(Object.keys(kept).length + dropped).toBe(Object.keys(answers).length);
          for (const [q, o] of Object.entries(kept)) expect(known.some(([kq, ko]) => kq === q && ko === o)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    [0, null],
    [
      1,
      '1 saved answer referred to a question or choice that no longer exists and was left out. Your other answers were kept.',
    ],
    [
      3,
      '3 saved answers referred to a question or choice that no longer exists and were left out. Your other answers were kept.',
    ],
  ])('describeDropped(%i)', (n, text) => {
    expect(describeDropped(n)).toBe(text);
  });
});

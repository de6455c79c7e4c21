/**
 * Invariants of the matcher over generated text (fast-check, at least 1,000 runs each): any string, including
 * HTML, control characters, lone surrogates and 20,000 characters of noise, gives a result without throwing;
 * every range lies inside the text, marks are in order and never overlap, no range splits a surrogate pair, and
 * the segments cover the text exactly. Case and accents never change what is found.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, compileRules, segmentText, type CheckResult } from '../../../src/lib/message-check/check';
import { foldText, originalRange } from '../../../src/lib/message-check/fold';
import { MAX_CHARACTERS } from '../../../src/lib/message-check/limits';
import { loadCorpus } from './corpus';
import { loadRules } from './load-rules';

const rules = compileRules(loadRules());
const corpus = loadCorpus();
// Thousands of runs each: seconds on a quiet machine, more on a shared one.
const SLOW = { timeout: 120_000 };

/** Pieces people paste, so that generated text also contains real signs, not only noise. */
const PIECES = [
  'add me on WhatsApp',
  'send back the difference',
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '&amp;&lt;',
  '💸🙏👉',
  '\u200b',
  '\u0000\u0007\u001b\u007f',
  '\r\n',
  '\n\n',
  '[03/11/2025, 09:12] Ana: ',
  '$1,500.00',
  'R$ 80',
  '1 500 €',
  'contraseña',
  'ção',
  '\ud800',
  '\udfff',
  'Ｔｅｌｅｇｒａｍ',
  'e\u0301',
];

const pasted = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...PIECES)), { maxLength: 30 })
  .map((parts) => parts.join(''));

function expectWellFormed(text: string, result: CheckResult) {
  if (result.status !== 'checked') return;
  const isHigh = (i: number) =>
    i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]!) && /[\udc00-\udfff]/.test(text[i]!);
  let end = 0;
  for (const h of result.highlights) {
    expect(h.start).toBeGreaterThanOrEqual(end);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(isHigh(h.start) || isHigh(h.end)).toBe(false);
    end = h.end;
  }
  for (const s of result.signals) {
    for (const r of s.ranges) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(text.length);
      expect(result.highlights.some((h) => h.start <= r.start && r.end <= h.end && h.signals.includes(s.id))).toBe(
        true,
      );
    }
  }
  let at = 0;
  for (const m of result.messages) {
    expect(m.start).toBeGreaterThanOrEqual(at);
    expect(m.end).toBeLessThanOrEqual(text.length);
    at = m.end;
  }
  const segments = segmentText(text.length, result.highlights);
  expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
}

describe('checkText on any input', () => {
  it('never throws, and its ranges are well formed', SLOW, () => {
    fc.assert(
      fc.property(pasted, (text) => {
        expectWellFormed(text, checkText(text, rules));
      }),
      { numRuns: 1500 },
    );
  });

  it('handles any full-Unicode string the same way', SLOW, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expectWellFormed(text, checkText(text, rules));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads 20,000 characters of noise, and refuses 20,001 without reading them', SLOW, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 200, maxLength: 200 }), (seed) => {
        const text = seed.repeat(MAX_CHARACTERS / 200);
        expectWellFormed(text, checkText(text, rules));
        expect(checkText(`${text}a`, rules).status).toBe('too-long');
      }),
      { numRuns: 20 },
    );
  });
});

describe('folding', () => {
  it('maps every folded range back inside the original, in order', SLOW, () => {
    fc.assert(
      fc.property(pasted, fc.nat(), fc.nat(), (text, a, b) => {
        const folded = foldText(text);
        expect(folded.starts).toHaveLength(folded.text.length + 1);
        const from = Math.min(a, b) % (folded.text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (folded.text.length + 1));
        const range = originalRange(folded, from, to);
        expect(range.start).toBeGreaterThanOrEqual(0);
        expect(range.end).toBeGreaterThanOrEqual(range.start);
        expect(range.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves no letter or digit outside ASCII', SLOW, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(foldText(text).text).not.toMatch(/[^\x00-\x7f](?<=[\p{L}\p{N}])/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('what the corpus messages contain does not depend on case or accents', () => {
  const flipCase = (text: string, seed: number) =>
    [...text].map((c, i) => ((i * 7 + seed) % 3 === 0 ? c.toUpperCase() : c.toLowerCase())).join('');
  const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
  const ids = (text: string) => {
    const r = checkText(text, rules);
    return r.status === 'checked' ? r.signals.map((s) => s.id).sort() : [];
  };
  it('finds the same signs in upper, lower and mixed case, with or without accents', SLOW, () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.nat(), fc.boolean(), (message, seed, strip) => {
        const variant = flipCase(strip ? stripAccents(message.text) : message.text, seed);
        expect(ids(variant)).toEqual(ids(message.text));
      }),
      { numRuns: 1000 },
    );
  });
});

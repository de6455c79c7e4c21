/**
 * The quality targets on the labelled corpus (tests/fixtures/messages, development and held-out sets
 * together): stop signs recall at least 95%, no stop sign on any benign message, warning signs recall and
 * precision at least 85%. `npm run bench:messages` prints the same figures per sign.
 */
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../src/lib/message-check/check';
import { LANGUAGES } from '../../../src/lib/message-check/patterns';
import { evaluate, loadCorpus, precision, recall, sumKind } from './corpus';
import { loadRules } from './load-rules';

const rules = compileRules(loadRules());
const corpus = loadCorpus();
const evaluation = evaluate(corpus, rules);

describe('the corpus', () => {
  it('has at least 100 messages, 15 per language and 30 benign, with unique ids and known signs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    for (const language of LANGUAGES) {
      expect(corpus.filter((m) => m.language === language).length, language).toBeGreaterThanOrEqual(15);
    }
    expect(corpus.filter((m) => m.signals.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
    const ids = new Set(rules.map((r) => r.id));
    for (const m of corpus) for (const s of m.signals) expect(ids.has(s), `${m.id}: ${s}`).toBe(true);
  });

  it('labels every sign at least four times', () => {
    for (const rule of rules) {
      expect(corpus.filter((m) => m.signals.includes(rule.id)).length, rule.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('the targets', () => {
  it('finds at least 95% of stop signs', () => {
    expect(recall(sumKind(evaluation, rules, 'stop'))).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no stop sign on any benign message', () => {
    expect(evaluation.benignWithStop).toEqual([]);
  });

  it('finds at least 85% of warning signs, at least 85% of what it flags being right', () => {
    const warnings = sumKind(evaluation, rules, 'warning');
    expect(recall(warnings)).toBeGreaterThanOrEqual(0.85);
    expect(precision(warnings)).toBeGreaterThanOrEqual(0.85);
  });

  it('tells the language of at least 95% of messages', () => {
    expect(evaluation.languageCorrect / evaluation.languageTotal).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the scoring (so the targets mean something)', () => {
  it('counts a miss and a false alarm', () => {
    const [first] = corpus.filter((m) => m.signals.length === 1);
    const wrong = { ...first!, signals: ['urgency'] };
    const e = evaluate([wrong], rules);
    expect(e.bySignal.get('urgency')?.falseNegatives).toBe(1);
    expect(e.bySignal.get(first!.signals[0]!)?.falsePositives).toBe(1);
  });
});

/**
 * The rules as data: every file validates as the build validates it, the set holds the issue's signs, and the
 * schema rejects the mistakes a rule writer makes (a broken or capitalised pattern, a language without patterns).
 */
import { describe, expect, it } from 'vitest';
import { checkSignalRules, signalRuleSchema } from '../../../src/lib/message-check/schema';
import { findPatternProblem, LANGUAGES } from '../../../src/lib/message-check/patterns';
import { loadRuleFiles, loadRules } from './load-rules';

describe('every message-signals YAML file validates', () => {
  it.each([...loadRuleFiles()])('message-signals/%s.yaml', (name, value) => {
    const parsed = signalRuleSchema.safeParse(value);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // The id is what the page's data-signal and the trust mapping use; it must be findable from the file name.
    expect(parsed.data?.id).toBe(name);
  });
});

describe('the rules as a set', () => {
  const rules = loadRules();

  // The ids the issue fixes, with their kinds.
  it.each([
    ['overpayment', 'stop'],
    ['send-money', 'stop'],
    ['equipment', 'stop'],
    ['crypto-gift-cards', 'stop'],
    ['credentials', 'stop'],
    ['off-platform-chat', 'warning'],
    ['off-platform-payment', 'warning'],
    ['fee-avoidance', 'warning'],
    ['crypto-payment', 'warning'],
    ['pay-too-high', 'warning'],
    ['urgency', 'warning'],
    ['free-work', 'warning'],
  ])('has %s as a %s sign', (id, kind) => {
    expect(rules.find((r) => r.id === id)?.kind).toBe(kind);
  });

  it('reads all four languages in every rule', () => {
    for (const rule of rules) expect([...rule.languages].sort(), rule.id).toEqual([...LANGUAGES].sort());
  });

  it('uses each id and order once', () => {
    expect(checkSignalRules(rules)).toEqual([]);
    expect(checkSignalRules([...rules, rules[0]!])).toHaveLength(2);
  });

  it('cites only sources from facts.md publishers, or says it has none', () => {
    for (const rule of rules) {
      if ('unsourced' in rule.source) continue;
      expect(['Federal Trade Commission (FTC)', 'Upwork', 'Upwork Community'], rule.id).toContain(
        rule.source.publisher,
      );
    }
  });

  it('links each sign to a section of a guide', () => {
    for (const rule of rules) expect(rule.guide.href, rule.id).toMatch(/^\/guides\/[a-z-]+\/#[a-z0-9-]+$/);
  });
});

describe('the rule schema', () => {
  const valid = loadRuleFiles().get('urgency') as Record<string, unknown>;
  const withPatterns = (patterns: unknown) => ({ ...valid, patterns });
  const issues = (value: unknown) =>
    (signalRuleSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  it('accepts the real file', () => {
    expect(issues(valid)).toEqual([]);
  });

  it.each([
    ['an invalid regular expression', '(unclosed', /patterns\.en\.0: pattern is not a valid regular expression/],
    ['capital letters', 'Send Money', /capital letters/],
    ['accents', 'contraseña', /non-ASCII/],
    ['a pattern that matches nothing at all', '(a)?', /matches empty text/],
    ['a space inside a class', '[a b]', /space inside a character class/],
    ['a Unicode escape', '\\p{L}+', /\\p or \\u escapes/],
  ])('rejects %s', (_what, pattern, message) => {
    const patterns = { ...(valid['patterns'] as object), en: [pattern] };
    expect(issues(withPatterns(patterns)).join('\n')).toMatch(message);
  });

  it('rejects a listed language without patterns, and patterns of an unlisted language', () => {
    const { fr: _fr, ...withoutFrench } = valid['patterns'] as Record<string, unknown>;
    expect(issues(withPatterns(withoutFrench)).join('\n')).toMatch(/patterns\.fr: fr is listed but has no patterns/);
    expect(issues({ ...valid, languages: ['en', 'es', 'pt'] }).join('\n')).toMatch(/fr has patterns but is not listed/);
  });

  it('rejects an unknown field and a guide link that is not a guide section', () => {
    expect(issues({ ...valid, extra: 1 }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, guide: { href: '/tools/trust-check/', label: 'x x x' } }).join('\n')).toMatch(
      /guide\.href/,
    );
  });
});

describe('findPatternProblem', () => {
  it.each([['send {w3} back'], ['{money} per day'], ['t\\.me/[a-z0-9_]{3,32}'], ["driver'?s licen[cs]e"]])(
    'accepts %s',
    (pattern) => {
      expect(findPatternProblem(pattern)).toBeNull();
    },
  );
});

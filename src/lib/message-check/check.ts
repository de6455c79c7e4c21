/**
 * The message check: finds each warning sign of the rules in pasted text and returns where it is, as ranges of
 * the text exactly as pasted. Pure and synchronous; the rules come from the content collection
 * (src/content/data/message-signals, validated by schema.ts at build time). No zod, no DOM: runs in the browser.
 */
import { foldText, originalRange, type FoldedText } from './fold';
import { detectLanguage, splitMessages, type TextRange } from './messages';
import { findLengthProblem, type LengthProblem } from './limits';
import { compilePatterns, type Language, type PatternKey, type PatternSet } from './patterns';

export type { TextRange };

export const SIGNAL_KINDS = ['stop', 'warning'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** What the matcher needs of a rule. */
export interface SignalRule {
  id: string;
  kind: SignalKind;
  patterns: PatternSet;
  /** Patterns that, found anywhere in the same message, show that it is not this sign (a Conversion Fee offer). */
  unless?: PatternSet | undefined;
}

export interface CompiledRule {
  id: string;
  kind: SignalKind;
  find: Partial<Record<PatternKey, RegExp>>;
  unless: Partial<Record<PatternKey, RegExp>>;
}

export interface MessagePart extends TextRange {
  /** The language the message is in, or null when it could not be told (then every language's patterns run). */
  language: Language | null;
}

export interface FoundSignal {
  id: string;
  kind: SignalKind;
  /** Where it was found, in order, without overlaps. */
  ranges: TextRange[];
}

/** A marked passage: one or more signs whose ranges overlap, merged. */
export interface Highlight extends TextRange {
  signals: string[];
  /** "stop" when any of its signals is a stop sign. */
  kind: SignalKind;
}

export type CheckedText = {
  status: 'checked';
  messages: MessagePart[];
  signals: FoundSignal[];
  highlights: Highlight[];
};
export type CheckResult = LengthProblem | CheckedText;

function compileSet(set: PatternSet | undefined): Partial<Record<PatternKey, RegExp>> {
  const out: Partial<Record<PatternKey, RegExp>> = {};
  for (const [key, patterns] of Object.entries(set ?? {}) as [PatternKey, readonly string[] | undefined][]) {
    if (patterns && patterns.length > 0) out[key] = compilePatterns(patterns);
  }
  return out;
}

/** Compiles the rules once; stop signs first, otherwise in the order given. */
export function compileRules(rules: readonly SignalRule[]): CompiledRule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => Number(b.rule.kind === 'stop') - Number(a.rule.kind === 'stop') || a.index - b.index)
    .map(({ rule }) => ({
      id: rule.id,
      kind: rule.kind,
      find: compileSet(rule.patterns),
      unless: compileSet(rule.unless),
    }));
}

/**
 * Words that, just before a match in the same clause, turn it around ("I don't want to move to WhatsApp",
 * "nunca te pediremos dinero"). Folded, per language.
 */
const NEGATIONS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(['not', 'never', 'no', 'cannot', 'without', 'nor', 'neither', 'dont', 'doesnt', 'didnt', 'wont', 'cant']),
  es: new Set(['no', 'nunca', 'jamas', 'sin', 'ni', 'tampoco']),
  pt: new Set(['nao', 'nunca', 'jamais', 'sem', 'nem']),
  fr: new Set(['ne', 'pas', 'jamais', 'sans', 'aucun', 'aucune', 'ni']),
};
const NEGATION_WINDOW = 3;
const CLAUSE_END = /[.!?;:\n,()]/;

/** True when a negation ("don't", "n'", "nunca") is among the few words before `matchStart` in its clause. */
function isNegated(folded: string, matchStart: number, partStart: number, languages: readonly Language[]): boolean {
  let from = matchStart;
  // Walk back to the clause start, but no further than a few words' worth of characters.
  while (from > partStart && matchStart - from < 60 && !CLAUSE_END.test(folded[from - 1]!)) from--;
  const words = folded.slice(from, matchStart).match(/[a-z0-9']+/g) ?? [];
  return words.slice(-NEGATION_WINDOW).some((word) => {
    // English "n't" and French "n'" are negations whatever the word they are part of.
    if (/n't$/.test(word) || /^n'/.test(word)) return true;
    const bare = word.replace(/'/g, '');
    return languages.some((l) => NEGATIONS[l].has(bare));
  });
}

function anyMatch(regexes: Partial<Record<PatternKey, RegExp>>, keys: readonly PatternKey[], text: string): boolean {
  return keys.some((key) => {
    const regex = regexes[key];
    if (!regex) return false;
    regex.lastIndex = 0;
    return regex.test(text);
  });
}

/** Sorts ranges and merges the ones that overlap. */
function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

function buildHighlights(signals: readonly FoundSignal[]): Highlight[] {
  const marks = signals
    .flatMap((s) => s.ranges.map((r) => ({ ...r, id: s.id, kind: s.kind })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Highlight[] = [];
  for (const mark of marks) {
    const last = out[out.length - 1];
    if (last && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end);
      if (!last.signals.includes(mark.id)) last.signals.push(mark.id);
      if (mark.kind === 'stop') last.kind = 'stop';
    } else {
      out.push({ start: mark.start, end: mark.end, signals: [mark.id], kind: mark.kind });
    }
  }
  return out;
}

function findInPart(
  folded: FoldedText,
  part: TextRange,
  slice: string,
  languages: readonly Language[],
  keys: readonly PatternKey[],
  rule: CompiledRule,
): TextRange[] {
  if (anyMatch(rule.unless, keys, slice)) return [];
  const found: TextRange[] = [];
  for (const key of keys) {
    const regex = rule.find[key];
    if (!regex) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const from = part.start + m.index;
      if (isNegated(folded.text, from, part.start, languages)) continue;
      found.push(originalRange(folded, from, from + m[0].length));
    }
  }
  return found;
}

/**
 * Checks pasted text against compiled rules. Never throws on any string. Text of only spaces is "empty"; text
 * longer than MAX_CHARACTERS (limits.ts) is "too-long" and is not read at all (the caller keeps it, so nothing is lost).
 */
export function checkText(text: string, rules: readonly CompiledRule[]): CheckResult {
  const problem = findLengthProblem(text);
  if (problem) return problem;
  const folded = foldText(text);
  const ranges = new Map<string, TextRange[]>();
  const messages: MessagePart[] = [];
  for (const part of splitMessages(folded.text)) {
    const original = originalRange(folded, part.start, part.end);
    const slice = folded.text.slice(part.start, part.end);
    const { language, candidates } = detectLanguage(slice, text.slice(original.start, original.end));
    messages.push({ ...original, language });
    // English too: freelance messages mix it in ("pls add me on WhatsApp").
    const languages: Language[] = [...new Set<Language>([...candidates, 'en'])];
    const keys: PatternKey[] = [...languages, 'any'];
    for (const rule of rules) {
      const found = findInPart(folded, part, slice, languages, keys, rule);
      if (found.length > 0) ranges.set(rule.id, [...(ranges.get(rule.id) ?? []), ...found]);
    }
  }
  const signals: FoundSignal[] = rules
    .filter((rule) => ranges.has(rule.id))
    .map((rule) => ({ id: rule.id, kind: rule.kind, ranges: mergeRanges(ranges.get(rule.id)!) }));
  return { status: 'checked', messages, signals, highlights: buildHighlights(signals) };
}

/** A run of the text: plain, or one highlight. */
export interface TextSegment extends TextRange {
  highlight: Highlight | null;
}

/** Cuts the text into plain runs and highlights, in order, covering it exactly (for rendering as text nodes). */
export function segmentText(length: number, highlights: readonly Highlight[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const highlight of highlights) {
    const start = Math.max(at, Math.min(highlight.start, length));
    const end = Math.max(start, Math.min(highlight.end, length));
    if (start > at) segments.push({ start: at, end: start, highlight: null });
    if (end > start) segments.push({ start, end, highlight });
    at = end;
  }
  if (at < length) segments.push({ start: at, end: length, highlight: null });
  return segments;
}

/**
 * What the browser loads to run the check: the rules' patterns and words, and the trust answers they imply,
 * built from the content collection into /tools/message-check/signals.json. The file is our own build output, so
 * the guard only makes sure it has the shape this code expects (a stale cached copy fails loudly, not oddly).
 */
import type { SignalRuleData, SignalView } from './schema';
import type { TrustImplication } from './trust';

export interface MessageCheckData {
  signals: SignalView[];
  trust: TrustImplication[];
}

/** The fields of a rule the island needs; languages and sources stay in the page's HTML. */
export function toSignalView(rule: SignalRuleData): SignalView {
  const { id, kind, title, patterns, unless, explanation, whyItMatters, whatToDo, guide } = rule;
  return { id, kind, title, patterns, unless, explanation, whyItMatters, whatToDo, guide };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isPatternSet = (v: unknown) =>
  isObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every(isString));

/** @throws when the data does not have the expected shape. */
export function readMessageCheckData(value: unknown): MessageCheckData {
  const ok =
    isObject(value) &&
    Array.isArray(value['signals']) &&
    value['signals'].every(
      (s) =>
        isObject(s) &&
        isString(s['id']) &&
        (s['kind'] === 'stop' || s['kind'] === 'warning') &&
        ['title', 'explanation', 'whyItMatters', 'whatToDo'].every((k) => isString(s[k])) &&
        isObject(s['guide']) &&
        isString(s['guide']['href']) &&
        isString(s['guide']['label']) &&
        isPatternSet(s['patterns']) &&
        (s['unless'] === undefined || isPatternSet(s['unless'])),
    ) &&
    Array.isArray(value['trust']) &&
    value['trust'].every(
      (t) =>
        isObject(t) &&
        isString(t['signal']) &&
        isString(t['question']) &&
        isString(t['option']) &&
        typeof t['weight'] === 'number',
    );
  if (!ok) throw new Error('The message check rules have an unexpected shape');
  return value as unknown as MessageCheckData;
}

/** The message check's result in words: the sentence a screen reader hears. Pure; runs in the browser. */
import type { CheckedText } from './check';
import { formatCount } from '../numbers';
import { LANGUAGE_NAMES } from './messages';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The languages the messages were read in, in order of first appearance: "English and Spanish". */
export function describeLanguages(result: CheckedText): string {
  const names = [...new Set(result.messages.map((m) => (m.language ? LANGUAGE_NAMES[m.language] : null)))];
  const known = names.filter((n): n is string => n !== null);
  const unknown = names.includes(null);
  const list = [...known, ...(unknown ? ['a language the check does not read'] : [])];
  if (list.length <= 1) return list[0] ?? 'no language';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** One sentence for the status region: what was found, in how many messages, in which languages. */
export function describeResult(result: CheckedText): string {
  const stops = result.signals.filter((s) => s.kind === 'stop').length;
  const warnings = result.signals.length - stops;
  const where = `in ${plural(result.messages.length, 'message', 'messages')} (${describeLanguages(result)})`;
  if (result.signals.length === 0) {
    return `No warning signs found ${where}. That does not prove the client is safe.`;
  }
  const parts = [
    stops > 0 ? plural(stops, 'stop sign', 'stop signs') : '',
    warnings > 0 ? plural(warnings, 'warning sign', 'warning signs') : '',
  ].filter(Boolean);
  return `Found ${parts.join(' and ')} ${where}.${stops > 0 ? ' Stop: any one stop sign is enough.' : ''}`;
}

/**
 * The part of the message check that loads when the reader first uses the form: the matcher, its rules (fetched
 * as data), the result view and the hand-over to the trust check.
 */
import { checkText, compileRules } from '../../../lib/message-check/check';
import { readMessageCheckData } from '../../../lib/message-check/data';
import { buildTrustHandoff } from '../../../lib/message-check/trust';
import { trustStateCodec } from '../../../lib/trust/state';

export { describeResult } from '../../../lib/message-check/describe';
export { Result } from './Result';

export type Checker = ReturnType<typeof createChecker>;

export function createChecker(data: unknown, trustPath: string) {
  const { signals, trust } = readMessageCheckData(data);
  const rules = compileRules(signals);
  return {
    signals,
    check: (text: string) => checkText(text, rules),
    /** The trust check's address with the answers the found signs imply, and how many there are. */
    trustLink(found: readonly string[]): { href: string; count: number } {
      const state = buildTrustHandoff(found, trust);
      const count = state.fromMessage?.length ?? 0;
      return { href: count > 0 ? `${trustPath}#${trustStateCodec.encode(state)}` : trustPath, count };
    },
  };
}

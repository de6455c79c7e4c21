/**
 * "Remember on this device": the one thing the message check stores, and only when the reader ticks it. The
 * pasted text goes to localStorage under `offramp:message-check` (listed on the privacy page, emptied by its
 * "Clear everything"); never into the URL. A hand-written guard rather than zod, for the island's budget; proven
 * against arbitrary JSON in tests/lib/message-check/state.test.ts.
 */
import { createStateCodec, type Validator } from '../state';
import { MAX_CHARACTERS } from './limits';

export interface RememberedMessage {
  /** The text as pasted, at most MAX_CHARACTERS long. */
  text: string;
}

export function parseRememberedMessage(value: unknown): RememberedMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const text = (value as Record<string, unknown>)['text'];
  if (typeof text !== 'string' || text.length > MAX_CHARACTERS) return undefined;
  return { text };
}

const validator: Validator<RememberedMessage> = {
  safeParse(data) {
    const parsed = parseRememberedMessage(data);
    return parsed ? { success: true, data: parsed } : { success: false };
  },
};

// 20,000 characters of three-byte UTF-8, or of control characters that JSON writes as \u0000, in base64.
const MAX_STORED = Math.ceil((MAX_CHARACTERS * 6 + 32) / 3) * 4 + 16;

export const rememberedMessageCodec = createStateCodec({
  name: 'message-check',
  version: 1,
  validator,
  maxBytes: MAX_STORED,
});

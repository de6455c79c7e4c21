/**
 * "Remember on this device": the one thing the message check stores, and only when the reader ticks it. The
 * pasted text goes to localStorage under `offramp:message-check` (listed on the privacy page, emptied by its
 * "Clear everything"); never into the URL.
 */
import * as v from 'valibot';
import { createStateCodec } from '../state';
import { MAX_CHARACTERS } from './limits';

export const rememberedMessageSchema = v.object({
  /** The text as pasted, at most MAX_CHARACTERS long. */
  text: v.pipe(v.string(), v.maxLength(MAX_CHARACTERS)),
});

export type RememberedMessage = v.InferOutput<typeof rememberedMessageSchema>;

/** A remembered message read from untrusted data, or undefined. */
export function parseRememberedMessage(value: unknown): RememberedMessage | undefined {
  const result = v.safeParse(rememberedMessageSchema, value);
  return result.success ? result.output : undefined;
}

// 20,000 characters of three-byte UTF-8, or of control characters that JSON writes as \u0000, in base64.
const MAX_STORED = Math.ceil((MAX_CHARACTERS * 6 + 32) / 3) * 4 + 16;

export const rememberedMessageCodec = createStateCodec({
  name: 'message-check',
  version: 1,
  schema: rememberedMessageSchema,
  maxBytes: MAX_STORED,
});

/** "Remember on this device": what is stored, under which key, and that nothing else is read back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHARACTERS } from '../../../src/lib/message-check/limits';
import { parseRememberedMessage, rememberedMessageCodec } from '../../../src/lib/message-check/state';
import { STORAGE_PREFIX } from '../../../src/lib/state';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('rememberedMessageCodec', () => {
  it('stores under offramp:message-check, the key the privacy page lists', () => {
    expect(rememberedMessageCodec.storageKey).toBe(`${STORAGE_PREFIX}message-check`);
  });

  it(
    'gives back exactly the text saved, at the longest length and in the worst characters',
    { timeout: 60_000 },
    () => {
      for (const text of ['add me on WhatsApp 🙏', '\u0000'.repeat(MAX_CHARACTERS), 'ç'.repeat(MAX_CHARACTERS)]) {
        const storage = memoryStorage();
        rememberedMessageCodec.save(storage, { text });
        expect(rememberedMessageCodec.load(storage)).toEqual({ status: 'ok', value: { text } });
        rememberedMessageCodec.clear(storage);
        expect(storage.map.size).toBe(0);
      }
    },
  );

  it('refuses a text over the limit and anything that is not a text', () => {
    expect(parseRememberedMessage({ text: 'x'.repeat(MAX_CHARACTERS + 1) })).toBeUndefined();
    expect(parseRememberedMessage({ text: 3 })).toBeUndefined();
    expect(parseRememberedMessage(['x'])).toBeUndefined();
    expect(parseRememberedMessage({ text: 'ok', extra: '<b>' })).toEqual({ text: 'ok' });
  });

  it('never throws on arbitrary JSON and returns only a text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseRememberedMessage(value);
        if (parsed) expect(Object.keys(parsed)).toEqual(['text']);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports tampered storage instead of using it', () => {
    const storage = memoryStorage();
    storage.setItem(rememberedMessageCodec.storageKey, 'v1.@@tampered@@');
    expect(rememberedMessageCodec.load(storage).status).toBe('rejected');
  });
});

/**
 * The trust state's optional `fromMessage` list (the answers the message check chose). Apart from state.test.ts
 * so that the trust check's own tests stay as they are while its island is reworked.
 */
import { describe, expect, it } from 'vitest';
import { parseTrustState, trustStateCodec } from '../../../src/lib/trust/state';

describe('fromMessage in the trust state', () => {
  it('is optional: a link made before it existed still opens', () => {
    const old = trustStateCodec.encode({ answers: { 'chat-app': 'chat-before-contract' }, view: 'request' });
    expect(trustStateCodec.decode(`#${old}`)).toEqual({
      status: 'ok',
      value: { answers: { 'chat-app': 'chat-before-contract' }, view: 'request' },
    });
  });

  it('is kept when present', () => {
    const state = { answers: { 'chat-app': 'chat-before-contract' }, view: 'request', fromMessage: ['chat-app'] };
    expect(trustStateCodec.decode(trustStateCodec.encode(state))).toEqual({ status: 'ok', value: state });
  });

  it.each([
    ['not a list', 'chat-app'],
    ['a list holding a number', ['chat-app', 3]],
    ['an overlong id', ['x'.repeat(101)]],
    ['too many ids', Array.from({ length: 51 }, (_, i) => `q${i}`)],
  ])('rejects %s', (_what, fromMessage) => {
    expect(parseTrustState({ answers: {}, view: 'request', fromMessage })).toBeUndefined();
  });
});

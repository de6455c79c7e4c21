import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from '../../../src/lib/message-check/fold';

describe('foldText', () => {
  it.each([
    ['Contraseña', 'contrasena'],
    ['ÇÃO é', 'cao e'],
    ['Œuvre straße', 'oeuvre strasse'],
    ['don’t “quote” — dash', 'don\'t "quote" - dash'],
    ['Tele\u200bgram\u00ad', 'telegram'],
    ['Ｔｅｌｅｇｒａｍ', 'telegram'],
    ['𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦', 'telegram'],
    ['1\u00a0500\u202f€', '1 500 €'],
    ['Привет мир', 'xxxxxx xxx'],
    ['İstanbul', 'istanbul'],
    ['pay 💸 now', 'pay 💸 now'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input).text).toBe(expected);
  });

  it('records where each folded character came from', () => {
    const folded = foldText('aœb');
    expect(folded.text).toBe('aoeb');
    expect(folded.starts).toEqual([0, 1, 1, 2, 3]);
  });
});

describe('originalRange', () => {
  it('never ends inside a character that folded to two', () => {
    const folded = foldText('xœy');
    // Folded "o" alone (the first half of œ) maps back to the whole œ.
    expect(originalRange(folded, 1, 2)).toEqual({ start: 1, end: 2 });
  });

  it('keeps a combining accent with its letter', () => {
    const text = 'cafe\u0301 ok';
    const folded = foldText(text);
    expect(folded.text).toBe('cafe ok');
    expect(originalRange(folded, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('keeps an emoji whole', () => {
    const text = 'a💸b';
    const folded = foldText(text);
    expect(originalRange(folded, 1, 3)).toEqual({ start: 1, end: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/message-check/fold';
import { detectLanguage, splitMessages } from '../../../src/lib/message-check/messages';

const detect = (text: string) => detectLanguage(foldText(text).text, text).language;

describe('splitMessages', () => {
  it.each([
    ['one message', 'Hello\nthere', ['Hello\nthere']],
    ['a blank line', 'Hello\n\nthere', ['Hello', 'there']],
    ['several blank lines with spaces', 'Hello\n  \n\t\nthere', ['Hello', 'there']],
    [
      'WhatsApp headers',
      '[03/11/2025, 09:12] Dan: hi\n[03/11/2025, 09:13] Dan: ok',
      ['[03/11/2025, 09:12] Dan: hi', '[03/11/2025, 09:13] Dan: ok'],
    ],
    [
      'Android export headers',
      '03/11/2025 09:12 - Dan: hi\n03/11/2025 09:13 - Dan: ok',
      ['03/11/2025 09:12 - Dan: hi', '03/11/2025 09:13 - Dan: ok'],
    ],
    ['a copied thread', 'Client (10:02): hi\nClient (10:05): ok', ['Client (10:02): hi', 'Client (10:05): ok']],
    ['only spaces', ' \n \n', []],
  ])('%s', (_what, text, expected) => {
    expect(splitMessages(text).map((r) => text.slice(r.start, r.end))).toEqual(expected);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Hi, could you please send the files for the project?', 'en'],
    ['Hola, ¿puedes enviarme los archivos del proyecto?', 'es'],
    ['hola, puedes enviarme los archivos del proyecto', 'es'],
    ['Olá, você pode me enviar os arquivos do projeto?', 'pt'],
    ['ola, voce pode me enviar os arquivos do projeto', 'pt'],
    ['Bonjour, pouvez-vous m’envoyer les fichiers du projet ?', 'fr'],
    ['bonjour pouvez vous envoyer les fichiers du projet', 'fr'],
  ])('%s → %s', (text, language) => {
    expect(detect(text)).toBe(language);
  });

  it.each([['ok'], ['+44 7700 900123'], ['Привет, как дела?'], ['👍']])('cannot tell "%s"', (text) => {
    expect(detect(text)).toBeNull();
  });

  it('offers Portuguese as well when Spanish and Portuguese are close', () => {
    const text = 'Te pago no Pix assim que terminar.';
    expect(detectLanguage(foldText(text).text, text).candidates).toEqual(expect.arrayContaining(['es', 'pt']));
  });
});

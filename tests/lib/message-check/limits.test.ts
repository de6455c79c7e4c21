import { describe, expect, it } from 'vitest';
import { checkText, compileRules } from '../../../src/lib/message-check/check';
import { describeLanguages, describeResult } from '../../../src/lib/message-check/describe';
import { describeLengthProblem, findLengthProblem, MAX_CHARACTERS } from '../../../src/lib/message-check/limits';
import { loadRules } from './load-rules';

const rules = compileRules(loadRules());
const checked = (text: string) => {
  const r = checkText(text, rules);
  if (r.status !== 'checked') throw new Error(r.status);
  return r;
};

describe('the length check', () => {
  it.each([
    ['', { status: 'empty' }],
    ['  \n ', { status: 'empty' }],
    ['x'.repeat(MAX_CHARACTERS), null],
    ['x'.repeat(MAX_CHARACTERS + 1), { status: 'too-long', length: 20_001, limit: 20_000 }],
  ])('%#', (text, expected) => {
    expect(findLengthProblem(text)).toEqual(expected);
  });

  it('says how long the text is and how much to remove', () => {
    expect(describeLengthProblem({ status: 'too-long', length: 23_412, limit: 20_000 })).toBe(
      'The text is 23,412 characters long. The check reads up to 20,000 at a time: remove 3,412 characters, or check it in two parts.',
    );
    expect(describeLengthProblem({ status: 'empty' })).toBe("Paste or type the client's message");
  });
});

describe('describeResult', () => {
  it.each([
    [
      'Thanks, the files look great.',
      'No warning signs found in 1 message (English). That does not prove the client is safe.',
    ],
    [
      'Please add me on WhatsApp.\n\nPara activar tu cuenta debes pagar una cuota de inscripción.',
      'Found 1 stop sign and 1 warning sign in 2 messages (English and Spanish). Stop: any one stop sign is enough.',
    ],
    ['Please add me on WhatsApp so we can talk.', 'Found 1 warning sign in 1 message (English).'],
  ])('%s', (text, sentence) => {
    expect(describeResult(checked(text))).toBe(sentence);
  });

  it('names a language it cannot read', () => {
    expect(describeLanguages(checked('Привет, как дела? Где ты?'))).toBe('a language the check does not read');
  });
});

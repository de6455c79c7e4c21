import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  FILLER_WORDS,
  findMissingQuestionWords,
  QUESTION_WORDS,
  isStopWord,
  meaningfulWords,
  STOP_WORDS,
  toIndexQuery,
} from '../../../src/lib/search/stopwords';

describe('toIndexQuery', () => {
  it.each([
    ['can I take my client off upwork', 'take client off upwork'],
    ['who owns the design', 'owns design'],
    ['wise or wire', 'wise wire'],
    ['net 30', 'net 30'],
    // Question filler ("got", "what happens", "doesn't") says nothing about the page wanted.
    ['i got scammed what do i do', 'scammed'],
    ['what happens if the client doesn’t pay', 'client pay'],
    ["client hasn't paid for two months", 'client paid months'],
  ])('%s → %s', (query, expected) => {
    expect(toIndexQuery(query)).toBe(expected);
  });

  it('returns nothing for a query made only of stop words, so the reader gets a prompt', () => {
    expect(toIndexQuery('who are you')).toBe('');
    expect(meaningfulWords('how do I')).toEqual([]);
  });

  test.prop([fc.array(fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/), { minLength: 1, maxLength: 8 })], { numRuns: 1000 })(
    'keeps, in order, exactly the words that are not stop words',
    (words) => {
      expect(meaningfulWords(words.join(' '))).toEqual(words.filter((w) => !isStopWord(w)));
    },
  );
});

describe('STOP_WORDS', () => {
  it('are lower case, without apostrophes, each once (as Pagefind reads a query)', () => {
    expect(new Set(STOP_WORDS).size).toBe(STOP_WORDS.length);
    expect(STOP_WORDS.length).toBe(QUESTION_WORDS.length + FILLER_WORDS.length);
    for (const w of STOP_WORDS) expect(w).toMatch(/^[a-z]+$/);
  });

  it.each(['deposit', 'fee', 'scam', 'contract', 'upwork', 'check', 'paid', 'late'])(
    'never include a word that tells pages apart: %s',
    (word) => {
      expect(isStopWord(word)).toBe(false);
    },
  );
});

describe('findMissingQuestionWords', () => {
  it('lists the question words a text lacks, reading contractions as Pagefind does', () => {
    const missing = findMissingQuestionWords("The client doesn’t pay, and it isn't fair.");
    expect(missing).not.toContain('the');
    expect(missing).not.toContain('doesnt');
    expect(missing).not.toContain('isnt');
    expect(missing).toContain('my');
    expect(missing).not.toContain('please');
    expect(missing).toEqual(QUESTION_WORDS.filter((w) => missing.includes(w)));
  });
});

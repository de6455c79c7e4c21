/**
 * The small pattern language of the message-check rules (src/content/data/message-signals/*.yaml), and its
 * compilation to regular expressions. A pattern is a JavaScript regular expression written against folded text
 * (src/lib/message-check/fold.ts: lower case, no accents), with three conveniences:
 *
 * - a space stands for any run of characters that are not letters or digits (spaces, line breaks, punctuation,
 *   emoji), so `send back` also matches "send\nback" and "send... back";
 * - `{wN}` (N from 1 to 15) stands for up to N other words, so `send {w2} back` matches "send it all back";
 * - `{money}` stands for an amount with its currency, written the ways people write it ("$1,250.00", "1.250,00 €",
 *   "R$ 80", "USD 300", "300usd", "2k dollars", "50$"), and `{amount}` for the number alone.
 *
 * Every pattern matches whole words only: it cannot start or end inside a word. Literal spaces inside a character
 * class are not allowed (write `\s`). No zod here: this runs in the browser.
 */

export const LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Patterns by language; `any` holds patterns for every language (links, handles, phone numbers). */
export type PatternKey = Language | 'any';
export type PatternSet = { readonly [K in PatternKey]?: readonly string[] | undefined };
export const PATTERN_KEYS: readonly PatternKey[] = [...LANGUAGES, 'any'];

// Folded text holds ASCII letters and digits only (fold.ts turns any other letter into "x"), so plain ASCII
// classes and no 'u' flag: Unicode property classes made every rule about 50 times slower to compile.
const LETTER_OR_DIGIT = 'a-z0-9';
// A group, so that a "?" after a space in a pattern makes the whole separator optional.
const SEPARATOR = `(?:[^${LETTER_OR_DIGIT}]+)`;
const WORD = `[${LETTER_OR_DIGIT}]+`;

// Digits are bounded so that a long run of digits cannot make a pattern slow.
const NUMBER = "\\d{1,3}(?:[.,' ]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?";
const AMOUNT = `(?:${NUMBER})(?: ?(?:k|mil)(?![a-z]))?`;
const SYMBOL = '(?:(?:us|u\\.s\\.|au|ca|c|r|mx|col|ar|cl|nz)?\\$|€|£|₱|₹|₦|₴|¥|₩|₺|₫|₵|₨)';
const CODE =
  '(?:usd|eur|gbp|brl|mxn|cop|ars|clp|pen|php|inr|ngn|pkr|kes|ghs|zar|uah|cad|aud|usdt|usdc|btc|eth)(?![a-z])';
const WORDS =
  '(?:dollars?|dolares|dolar|bucks|euros?|reais|real|pesos|libras|pounds?|rupees|naira|cedis|hryvnias?)(?![a-z])';
const MONEY = `(?:(?:${SYMBOL}|${CODE}) ?${AMOUNT}|${AMOUNT} ?(?:${SYMBOL}|${CODE}|${WORDS}))`;

const MACRO = / ?\{(w(?:1[0-5]|[1-9]))\} ?|\{(money|amount)\}| +/g;

/** The regular-expression source a pattern stands for. */
export function expandPattern(pattern: string): string {
  return pattern.replace(MACRO, (_token, words: string | undefined, named: string | undefined) => {
    if (words) return `${SEPARATOR}(?:${WORD}${SEPARATOR}){0,${words.slice(1)}}`;
    if (named === 'money') return MONEY;
    if (named === 'amount') return AMOUNT;
    return SEPARATOR;
  });
}

/** One regular expression that finds any of the patterns, as whole words, in folded text. */
export function compilePatterns(patterns: readonly string[]): RegExp {
  const body = patterns.map((p) => `(?:${expandPattern(p)})`).join('|');
  return new RegExp(`(?<![${LETTER_OR_DIGIT}])(?:${body})(?![${LETTER_OR_DIGIT}])`, 'g');
}

/** Why a pattern cannot be used, or null when it can (the content schema reports this at build time). */
export function findPatternProblem(pattern: string): string | null {
  if (/\[[^\]]* [^\]]*\]/.test(pattern)) return 'has a space inside a character class (write \\s)';
  try {
    compilePatterns([pattern]);
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  if (new RegExp(`^(?:${expandPattern(pattern)})$`).test('')) return 'matches empty text';
  if (/\\[pPu]/.test(pattern)) return 'uses \\p or \\u escapes (folded text is plain ASCII letters and digits)';
  // Escapes such as \p{L}, \S or \B are the only capitals a pattern may hold.
  const letters = pattern.replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, '');
  if (letters !== letters.toLowerCase()) return 'has capital letters (text is folded to lower case before matching)';
  if (/[^\p{ASCII}$€£₱₹₦₴¥₩₺₫₵₨]/u.test(letters)) {
    return 'has accented or non-ASCII letters (text is folded to plain letters before matching)';
  }
  return null;
}

/**
 * Folds pasted text for matching: lower case, accents removed, compatibility forms (fullwidth or "bold" letters,
 * ligatures) made plain, one kind of apostrophe, quote, dash and space, and invisible characters dropped. Any
 * letter or digit still outside ASCII (Cyrillic, Arabic, CJK) becomes "x": the patterns read only the four
 * Latin-script languages, and ASCII-only text lets them run as plain, fast regular expressions. The
 * folded text keeps, for each of its characters, where it came from, so a match is reported as a range of the
 * text the reader pasted. No DOM, no zod: this runs in the browser.
 */

export interface FoldedText {
  /** The folded text that patterns are matched against. */
  text: string;
  /**
   * `starts[i]` is the index in the original text of the character that produced folded character `i`;
   * `starts[text.length]` is the original length, so any folded range maps back.
   */
  starts: number[];
}

/** Characters that NFKD leaves alone but people use interchangeably. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Soft hyphen, zero-width space and joiners, word joiner, byte-order mark: used to break up words that filters look for. */
const INVISIBLE = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/;
const SPACE = /^\p{Zs}$/u;
const MARKS = /\p{M}+/gu;
const OTHER_LETTER = /[\p{L}\p{N}]/u;

function foldCharacter(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  const plain = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  // NFKD can produce a character from the table above (a fullwidth apostrophe, a capital Œ in a ligature).
  let out = '';
  for (const c of plain) {
    const special = SPECIAL[c];
    if (special !== undefined) out += special;
    else if (c.charCodeAt(0) < 0x80) out += c;
    else out += OTHER_LETTER.test(c) ? 'x' : c;
  }
  return out;
}

export function foldText(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      // ASCII, most of any message: lower-case letters directly; everything else is kept as it is.
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i];
      starts.push(i);
      i++;
      continue;
    }
    const point = original.codePointAt(i) ?? code;
    const ch = String.fromCodePoint(point);
    const folded = foldCharacter(ch);
    for (let k = 0; k < folded.length; k++) starts.push(i);
    text += folded;
    i += ch.length;
  }
  starts.push(original.length);
  return { text, starts };
}

/** The original range `[start, end)` that folded range `[from, to)` came from. */
export function originalRange(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const { starts } = folded;
  const start = starts[from] ?? 0;
  if (to <= from) return { start, end: start };
  // One original character can fold to two (œ → oe): end after the whole of the last character used.
  const last = starts[to - 1] ?? start;
  let k = to;
  while (k < starts.length - 1 && starts[k] === last) k++;
  return { start, end: starts[k] ?? last + 1 };
}

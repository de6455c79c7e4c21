/**
 * Several messages pasted at once: where each one starts, and which language each is in. Works on folded text
 * (fold.ts) and, for the letters that folding removes (ñ, ã, ç), on the original. No zod: runs in the browser.
 */
import { LANGUAGES, type Language } from './patterns';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  fr: 'French',
};

/** A range of a text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

// A line that opens a new message in a chat export or a copied thread:
// "[03/11/2025, 09:12] Daniel:", "03/11/2025 09:12 - Daniel:", "Client (10:02):", "[10:02] Ana:".
const HEADER =
  /^[ \t]*(?:\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}|\[\d{1,2}:\d{2}|[\p{L}][\p{L} .'-]{0,40}\(\d{1,2}:\d{2}\)[ \t]*:)/u;

/**
 * Splits text into messages: at blank lines and at chat-export headers. Returns ranges of the given text, each
 * holding something other than spaces, in order and without overlap.
 */
export function splitMessages(text: string): TextRange[] {
  const parts: TextRange[] = [];
  let start = -1;
  let end = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (blank || (start !== -1 && HEADER.test(line))) {
      if (start !== -1) parts.push({ start, end });
      start = -1;
    }
    if (!blank) {
      if (start === -1) start = lineStart;
      end = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) parts.push({ start, end });
  return parts;
}

/** Common short words of each language (folded). A word in several lists counts for each, divided among them. */
const COMMON_WORDS: Readonly<Record<Language, string>> = {
  en: 'a the and you your to is are for with this that we will can please it of on be have my our i hi hello thanks thank would could need want just if they their am was what when do get send let know here there about all from by an as at so not but us work pay payment',
  es: 'a el la los las de que y en un una por para con es su tu usted mi nos pero muy hola gracias necesito puedes quiero esta este como si lo le te del al tienes debes hacer somos tambien aqui mas me yo eso ya hoy bien buenas buenos puede favor trabajo pago dinero cuenta',
  pt: 'a o os as de que e em um uma por para com voce seu sua meu nao muito ola oi obrigado obrigada preciso pode quero esta isso nos tambem do da no na pra pelo pela ao vai tem fazer somos aqui mais me eu hoje bem bom boa ficou trabalho pagamento dinheiro conta ja favor',
  fr: 'a le la les de des du que et en un une pour avec vous votre vos je nous est pas tres bonjour merci besoin pouvez ce cette sur au il ne qui mais ou faire sommes ici plus me moi j c l d aujourd bien travail paiement argent compte',
};

const WEIGHTS: ReadonlyMap<string, ReadonlyMap<Language, number>> = (() => {
  const owners = new Map<string, Language[]>();
  for (const language of LANGUAGES) {
    for (const word of COMMON_WORDS[language].split(' ')) owners.set(word, [...(owners.get(word) ?? []), language]);
  }
  return new Map(
    [...owners].map(([word, languages]) => [word, new Map(languages.map((l) => [l, 1 / languages.length]))]),
  );
})();

/** Spellings that folding removes and that point to one language, with their weight. */
const SPELLINGS: readonly [RegExp, Language, number][] = [
  [/ñ|¿|¡/giu, 'es', 2],
  [/ção|ções|[ãõ]/giu, 'pt', 2],
  [/ç/giu, 'pt', 0.5],
  [/ç/giu, 'fr', 0.5],
  [/[èêàùûœ]|\b(?:[ldjnc]|qu)['’](?=\p{L})/giu, 'fr', 1],
];

/** Reads at most this many words of a message: enough to tell, and bounded for long pastes. */
const MAX_WORDS = 300;

export interface DetectedLanguage {
  /** The language of the message, or null when the words give no clear answer. */
  language: Language | null;
  /**
   * The languages worth reading it in: the detected one and any close second (Spanish and Portuguese share many
   * words), or every language when none is clear.
   */
  candidates: Language[];
}

/**
 * The language of one message, or null when the words give no clear answer (a short "ok", a phone number, or a
 * language the check does not read).
 */
export function detectLanguage(folded: string, original: string): DetectedLanguage {
  const scores: Record<Language, number> = { en: 0, es: 0, pt: 0, fr: 0 };
  let count = 0;
  for (const match of folded.matchAll(/[a-z]+/g)) {
    if (++count > MAX_WORDS) break;
    const weights = WEIGHTS.get(match[0]);
    if (weights) for (const [language, weight] of weights) scores[language] += weight;
  }
  const sample = original.length > 4000 ? original.slice(0, 4000) : original;
  for (const [pattern, language, weight] of SPELLINGS) {
    scores[language] += Math.min(3, (sample.match(pattern)?.length ?? 0) * weight);
  }
  const ranked = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  if (scores[best] < 1.5 || scores[best] < scores[second] * 1.3) {
    const close = ranked.filter((l) => scores[l] >= 1.5 && scores[l] >= scores[best] * 0.5);
    return { language: null, candidates: close.length > 1 ? close : [...LANGUAGES] };
  }
  return { language: best, candidates: ranked.filter((l) => l === best || scores[l] >= scores[best] * 0.5) };
}

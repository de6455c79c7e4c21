/**
 * Spellings readers type for what the site writes another way: British and US spelling, the old and new names of
 * a fee, abbreviations, and the misspellings of names that are hard to spell. They are added to each page's index
 * entry at build time (src/components/search/SearchMeta.astro), so every Pagefind client finds them, not only our
 * search box. Add a group here when a reader's spelling finds nothing; keep it to words the site actually uses.
 */
export interface SpellingGroup {
  /** Forms that mean the same thing here, lower case: words or short phrases. */
  forms: readonly string[];
  /**
   * A form counts only when one of these words is within two words of it. "check" is also the verb "verify", and
   * only the payment sense is a "cheque".
   */
  near?: readonly string[];
}

export const SPELLING_GROUPS: readonly SpellingGroup[] = [
  {
    forms: ['cheque', 'check'],
    near: [
      'fake',
      'bounce',
      'bounced',
      'bounces',
      'cash',
      'cashed',
      'cashing',
      'cashier',
      'cashiers',
      'cashier’s',
      'mail',
      'mailed',
      'send',
      'sends',
      'sent',
      'cleared',
      'clears',
      'overpayment',
      'overpaid',
      'paper',
      'certified',
      'forged',
      'scam',
      'scams',
      'payment',
    ],
  },
  { forms: ['favour', 'favor'] },
  { forms: ['licence', 'license'] },
  { forms: ['cancelled', 'canceled'] },
  { forms: ['cancelling', 'canceling'] },
  { forms: ['instalment', 'installment'] },
  { forms: ['organisation', 'organization'] },
  { forms: ['organise', 'organize'] },
  { forms: ['authorise', 'authorize'] },
  { forms: ['authorisation', 'authorization'] },
  { forms: ['recognise', 'recognize'] },
  { forms: ['realise', 'realize'] },
  { forms: ['apologise', 'apologize'] },
  { forms: ['prioritise', 'prioritize'] },
  { forms: ['itemise', 'itemize'] },
  { forms: ['finalise', 'finalize'] },
  { forms: ['summarise', 'summarize'] },
  { forms: ['optimise', 'optimize'] },
  { forms: ['optimisation', 'optimization'] },
  { forms: ['behaviour', 'behavior'] },
  { forms: ['labour', 'labor'] },
  { forms: ['honour', 'honor'] },
  { forms: ['defence', 'defense'] },
  { forms: ['centre', 'center'] },
  { forms: ['judgement', 'judgment'] },
  { forms: ['fulfil', 'fulfill'] },
  { forms: ['enquiry', 'inquiry'] },
  { forms: ['e-mail', 'email'] },
  // Upwork renamed its Opt-Out Fee; readers still use the old name.
  // Pagefind indexes "opt-out" as "optout", "opt" and "out", so those two forms cover every way of typing it.
  { forms: ['conversion fee', 'opt-out fee', 'opt out fee'] },
  { forms: ['non-circumvention', 'non circumvention', 'noncircumvention'] },
  // Pagefind reads "F&F" as "ff", in the index and in a query alike.
  { forms: ['friends and family', 'f&f'] },
  // Pagefind matches the start of a word, so "fiver" already finds "fiverr"; these are the spellings it cannot.
  { forms: ['fiverr', 'fivver'] },
  { forms: ['upwork', 'upwrok', 'upworks'] },
  { forms: ['payoneer', 'payonner', 'payoner'] },
  { forms: ['paypal', 'pay pal'] },
  { forms: ['peopleperhour', 'people per hour'] },
  { forms: ['whatsapp', 'whats app', 'watsapp'] },
];

/** Endings a single-word form may carry; the other forms get the same ending ("favourite" → "favorite"). */
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing', 'ite', 'ites', 'able', 'ably'];
/** A group with `near` words names a thing, so only its plural carries over ("cheques" → "checks"). */
const NOUN_ENDINGS = ['', 's'];

/** Lower-case words, keeping the characters that belong inside them here (f&f, opt-out, cashier’s). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

function isNear(tokens: readonly string[], start: number, length: number, near: readonly string[] | undefined) {
  if (!near) return true;
  const from = Math.max(0, start - 2);
  const to = Math.min(tokens.length, start + length + 2);
  for (let i = from; i < to; i++) {
    if (i >= start && i < start + length) continue;
    if (near.includes(tokens[i]!)) return true;
  }
  return false;
}

/**
 * The spellings of `text`'s words that the text itself does not contain, one per entry, sorted: for each group
 * with a form in the text (and a `near` word beside it, where the group asks for one), every other form.
 */
export function findSpellingVariants(text: string, groups: readonly SpellingGroup[] = SPELLING_GROUPS): string[] {
  const tokens = tokenize(text);
  const present = new Set(tokens);
  const joined = ` ${tokens.join(' ')} `;
  const found = new Set<string>();
  for (const group of groups) {
    for (const form of group.forms) {
      const formTokens = tokenize(form);
      if (formTokens.length === 0) continue;
      if (formTokens.length === 1) {
        for (const ending of group.near ? NOUN_ENDINGS : ENDINGS) {
          const word = form + ending;
          if (!present.has(word)) continue;
          const hits = tokens.flatMap((t, i) => (t === word ? [i] : []));
          if (!hits.some((i) => isNear(tokens, i, 1, group.near))) continue;
          for (const other of group.forms) {
            if (other === form) continue;
            // An ending only carries over to another single word ("cheques" → "checks", never "pay pals").
            const variant = tokenize(other).length === 1 ? other + ending : other;
            if (!present.has(variant)) found.add(variant);
          }
        }
      } else {
        const phrase = ` ${formTokens.join(' ')} `;
        let at = joined.indexOf(phrase);
        let matched = false;
        while (at >= 0 && !matched) {
          const start = joined
            .slice(0, at + 1)
            .trim()
            .split(' ')
            .filter(Boolean).length;
          matched = isNear(tokens, start, formTokens.length, group.near);
          at = joined.indexOf(phrase, at + 1);
        }
        if (!matched) continue;
        for (const other of group.forms) {
          if (other !== form && !joined.includes(` ${tokenize(other).join(' ')} `)) found.add(other);
        }
      }
    }
  }
  return [...found].sort();
}

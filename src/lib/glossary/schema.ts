import { z } from 'zod';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** One glossary entry; guides link to it with <Term id="...">, the glossary page prints it as <dt id>. */
export const glossaryTermSchema = z.strictObject({
  /** Kebab-case id; the anchor on /glossary/ (#id). */
  id: kebabId,
  /** The term as a reader meets it in the guides. */
  term: z.string().min(2),
  /** Plain English, 1 to 3 sentences, stated only from the sourced fact data and the sources it cites. */
  definition: z
    .string()
    .min(20)
    .refine((d) => countSentences(d) <= 3, { message: 'a definition has at most 3 sentences' }),
  /** Slug of the guide that explains the term best. */
  seeAlso: kebabId.optional(),
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** Sentences end in . ! or ? followed by a space or the end; "e.g." style abbreviations are avoided in definitions. */
export function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .filter((s) => s.trim().length > 0).length;
}

/** Terms sorted A to Z (ignoring case), grouped under their first letter, for the glossary page. */
export function groupTermsByLetter<T extends { term: string }>(terms: readonly T[]): { letter: string; terms: T[] }[] {
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups: { letter: string; terms: T[] }[] = [];
  for (const t of sorted) {
    const letter = t.term.charAt(0).toLocaleUpperCase('en');
    const last = groups.at(-1);
    if (last && last.letter === letter) last.terms.push(t);
    else groups.push({ letter, terms: [t] });
  }
  return groups;
}

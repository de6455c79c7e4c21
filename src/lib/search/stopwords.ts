/**
 * Words that say nothing about which page a reader wants. Pagefind has no stop-word list and only returns pages
 * that hold every word of a query, so "i got scammed what do i do" missed the scams guide, which never says "got".
 * Contractions are listed without their apostrophe, the way Pagefind reads a query ("doesn't" → "doesnt").
 *
 * QUESTION_WORDS make a typed question: who asks (i, my, we), the auxiliaries, the question words and the verbs of
 * asking (want, need, got, happens). At index time every page declares those its text lacks
 * (src/components/search/SearchMeta.astro), so that none of them keeps a page out of any Pagefind client's
 * results; on every page, they add almost nothing to its score.
 *
 * FILLER_WORDS are rarer in questions (please, really, just, number words: "two months" never tells one page from
 * another here). They are not declared: each word declared on every page costs its postings in the index chunk a
 * query may load (at 1,000 pages, about 1 KB a word).
 *
 * The site's own search drops both from the query, so a query of them alone gets a prompt.
 */
export const QUESTION_WORDS: readonly string[] = (
  'a am an and are arent as at be been being but by can cant could did didnt do does doesnt dont for from get ' +
  'gets got had happen happens happened has hasnt have havent how i if im in is isnt it its ive me my need needs ' +
  'no not of on or our should than that the their them then there these they this to us want wants was wasnt we ' +
  'were what whats when where which who whom why will with wont would you your'
).split(' ');

export const FILLER_WORDS: readonly string[] = (
  'about also any getting help just like much now ok please really so some still too very ' +
  'one two three four five six seven eight nine ten'
).split(' ');

export const STOP_WORDS: readonly string[] = [...QUESTION_WORDS, ...FILLER_WORDS];

const STOP_WORD_SET = new Set(STOP_WORDS);

export function isStopWord(term: string): boolean {
  return STOP_WORD_SET.has(term.toLowerCase().replace(/['’]/g, ''));
}

/** The question words `text` lacks, read as Pagefind indexes words ("doesn't" is "doesnt"). */
export function findMissingQuestionWords(text: string): string[] {
  const present = new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]/g, '')),
  );
  return QUESTION_WORDS.filter((w) => !present.has(w));
}

/** The words of a query that carry meaning, in the order typed; none when it holds only stop words. */
export function meaningfulWords(query: string): string[] {
  return query.split(/\s+/).filter((w) => w !== '' && !isStopWord(w));
}

/** The query the index is asked: its meaningful words, or "" when there are none (the reader gets a prompt). */
export function toIndexQuery(query: string): string {
  return meaningfulWords(query).join(' ');
}

/**
 * Words that say nothing about which page a reader wants: function words, and the filler of typed questions ("I
 * got", "do I need", "what happens if"). Pagefind has no stop-word list and only returns pages that hold every
 * word of a query, so "i got scammed what do i do" missed the scams guide, which never says "got". Two uses, one
 * list:
 *   - at index time every page declares these words (src/components/search/SearchMeta.astro), so they never keep a
 *     page out of any Pagefind client's results; being on every page, they add almost nothing to its score;
 *   - the site's own search drops them from the query, so a query of these words alone gets a prompt.
 * Contractions are listed without their apostrophe, the way Pagefind reads a query ("doesn't" → "doesnt"). Number
 * words are here too: "two months" or "three weeks" never tells one page from another on this site.
 */
export const STOP_WORDS: readonly string[] = (
  'a about also am an and any are arent as at be been being but by can cant could did didnt do does doesnt dont ' +
  'for from get gets getting got had happen happens happened has hasnt have havent help how i if im in is isnt it ' +
  'its ive just like me ' +
  'much my need needs no not now of ok on or our please really should so some still than that the their them ' +
  'then there these they this to too us very want wants was wasnt we were what whats when where which who whom ' +
  'why will with wont would you your one two three four five six seven eight nine ten'
).split(' ');

const STOP_WORD_SET = new Set(STOP_WORDS);

export function isStopWord(term: string): boolean {
  return STOP_WORD_SET.has(term.toLowerCase().replace(/['’]/g, ''));
}

/** The words of a query that carry meaning, in the order typed; none when it holds only stop words. */
export function meaningfulWords(query: string): string[] {
  return query.split(/\s+/).filter((w) => w !== '' && !isStopWord(w));
}

/** The query the index is asked: its meaningful words, or "" when there are none (the reader gets a prompt). */
export function toIndexQuery(query: string): string {
  return meaningfulWords(query).join(' ');
}

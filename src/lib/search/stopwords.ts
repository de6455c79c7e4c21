/**
 * Pagefind has no stop-word list, and on a small site a function word can be rare: "my" appears almost only in
 * the reply templates a reader copies, so "can I take my client off upwork" ranked the page of templates above the
 * guide that answers the question. The site sends the index the words that carry meaning and keeps the reader's
 * query as typed everywhere else (the box, the URL, the status sentence).
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could do does for from had has have how i if in is it its me my no not of ' +
    'on or our should so than that the their them then there these they this to too was we were what when where ' +
    'which who whom why will with would you your'
  ).split(' '),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term.toLowerCase());
}

/** The query without stop words; the query itself when it holds nothing else (a search for "who" still works). */
export function toIndexQuery(query: string): string {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isStopWord(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

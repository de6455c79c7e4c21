/**
 * Every sentence search says about a result list, for the header box and the search page alike: the status region
 * announces it, and above a list that is shorter than asked for, or empty, it is also shown.
 */

/**
 * The count of results, e.g. "3 results for “fee” in Guide, The platform’s rules". `labels` names the active
 * filters in reading order.
 */
export function describeResults(count: number, q: string, labels: readonly string[]): string {
  const noun = count === 1 ? 'result' : 'results';
  const subject = q ? ` for “${q}”` : '';
  const scope = labels.length > 0 ? ` in ${labels.join(', ')}` : '';
  return `${count === 0 ? 'No' : count} ${noun}${subject}${scope}.`;
}

const quoteList = (words: readonly string[]) => words.map((w) => `“${w}”`).join(' and ');

/** Said above results found with fewer words, e.g. "No page has all the words of “…”. 4 results leave out “halfway”." */
export function describeFallback(typed: string, count: number, dropped: readonly string[]): string {
  const results = count === 1 ? '1 result leaves' : `${count} results leave`;
  return `No page has all the words of “${typed}”. ${results} out ${quoteList(dropped)}.`;
}

/** Said when the query holds only words like "how", "can" or "the": nothing is searched. */
export function describePrompt(typed: string): string {
  return `“${typed}” has no word to search for. Add a word about your question, such as “deposit”, “fake check” or “contract”.`;
}

/** Said when no page matches even one of the words; the four steps and the tools are offered instead. */
export function describeNothingFound(typed: string): string {
  return `No page matches “${typed}”. Start from one of the four steps or a tool instead.`;
}

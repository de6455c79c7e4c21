/**
 * How the header box and the search page ask the index: the reader's meaningful words first; when no page has them
 * all, fewer words in the order src/lib/search/fallback.ts gives. Searching again costs no index download: the
 * chunks for every word were fetched by the first search; the planner itself loads only when it is needed.
 */
import { meaningfulWords } from '../lib/search/stopwords';
import type { PagefindApi, PagefindResponse, SearchOptions } from './pagefind';

export type QueryOutcome =
  /** Only stop words were typed: nothing was searched. */
  | { kind: 'prompt' }
  /** `response` holds the pages that have `kept`, every meaningful word unless `dropped` names some. */
  | { kind: 'found'; response: PagefindResponse; kept: string[]; dropped: string[] }
  /** Not even one of the words is on any page (with the options' filters); `kept` is every meaningful word. */
  | { kind: 'none'; response: PagefindResponse; kept: string[]; dropped: string[] };

/** `load` is called only when there is something to search, so a prompt costs no download. */
export async function runQuery(
  load: () => Promise<PagefindApi>,
  typed: string,
  options: SearchOptions = {},
): Promise<QueryOutcome> {
  const words = meaningfulWords(typed);
  if (words.length === 0) return { kind: 'prompt' };
  const pagefind = await load();
  const first = await pagefind.search(words.join(' '), options);
  const none: QueryOutcome = { kind: 'none', response: first, kept: words, dropped: [] };
  if (first.results.length > 0) return { kind: 'found', response: first, kept: words, dropped: [] };
  if (words.length === 1) return none;
  const { planFallbackQueries } = await import('../lib/search/fallback');
  const reach = [];
  for (const word of words) reach.push({ word, pages: (await pagefind.search(word, options)).results.length });
  for (const plan of planFallbackQueries(reach)) {
    const response = await pagefind.search(plan.kept.join(' '), options);
    if (response.results.length > 0) return { kind: 'found', response, ...plan };
  }
  return none;
}

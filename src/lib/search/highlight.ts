import { isStopWord } from './stopwords';

/**
 * Pagefind adds every word of the query to a result's URL as a highlight term. Marking "the", "my" or "can"
 * across the target page (also inside longer words) buries the words that matter, so those are dropped here.
 */
/**
 * Returns a same-site result URL (path, query, fragment) with stop words and one-letter terms removed from the
 * `param` values. Other parameters and the fragment are kept as they are.
 */
export function pruneHighlightTerms(url: string, param: string): string {
  const parsed = new URL(url, 'http://site.invalid');
  const terms = parsed.searchParams.getAll(param);
  if (terms.length === 0) return url;
  parsed.searchParams.delete(param);
  for (const term of terms) {
    if (term.length > 1 && !isStopWord(term)) parsed.searchParams.append(param, term);
  }
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

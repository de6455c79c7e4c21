/**
 * Pagefind's ranking options for every search on the site (src/scripts/pagefind.ts sets them; the relevance
 * benchmark uses them too). Pagefind's defaults, except that a match in the readers' own phrasings (`askedAs`,
 * src/lib/search/asked-as.ts) counts four times a default metadata field, so a guide's own readers' words can outweigh a
 * passing word in another guide's long title. Measured with `npm run bench:search` on tests/fixtures/search.
 */
export const RANKING = {
  metaWeights: { askedAs: 4 },
} as const;

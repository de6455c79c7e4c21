/**
 * The query as the site reads it, and the kinds of page the index holds (each page declares its kind as a Pagefind
 * filter). The search page's URL state is in ./url-state.ts.
 */
export const SEARCH_KINDS = ['guide', 'tool', 'glossary', 'page'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKind, string> = {
  guide: 'Guide',
  tool: 'Tool',
  glossary: 'Glossary',
  page: 'Page',
};

/** Longer queries are cut: nobody types more, and it bounds the work a pasted link can ask of the index. */
export const MAX_QUERY_LENGTH = 200;

/** Collapses whitespace and cuts the query to MAX_QUERY_LENGTH characters (never inside a surrogate pair). */
export function normaliseQuery(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  return Array.from(collapsed).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}

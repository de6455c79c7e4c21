/**
 * The one door to Pagefind in the browser. The bundle, worker, wasm and index are fetched only when a reader first
 * needs search (this module is itself loaded lazily), and the URL is a variable so Vite never bundles the index's
 * script into ours: it is written into dist/pagefind by `pagefind --site dist` after the Astro build.
 */
import { RANKING } from '../lib/search/ranking';

/** The query parameter Pagefind appends to result URLs; the target page highlights its values on arrival. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string; location: number };
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  word_count: number;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number> | undefined>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, string>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  debouncedSearch(term: string, options?: SearchOptions, timeoutMs?: number): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<PagefindApi> | null = null;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // noWorker: Pagefind would otherwise download a second copy of its search code (12 KB) to run in a worker; a
    // search over this index takes milliseconds on the page's own thread.
    await api.options({ excerptLength: 22, highlightParam: HIGHLIGHT_PARAM, ranking: RANKING, noWorker: true });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    // Let the next interaction try again (a flaky connection should not disable search for the whole visit).
    loading = null;
    throw error;
  });
  return loading;
}

/** DOM builders shared by the header box and the search page. Everything from the index goes in as text. */
import { splitExcerpt } from '../lib/search/excerpt';
import { isSearchKind, KIND_LABELS } from '../lib/search/query';
import type { PagefindResultData, PagefindSubResult } from './pagefind';

/** Appends an excerpt as text nodes and <mark> elements: the only markup kept from Pagefind is its term marks. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const segment of splitExcerpt(excerpt)) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}

export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The result's title as plain text; Pagefind falls back to the URL when a page has no h1. */
export function readTitle(data: PagefindResultData): string {
  return splitExcerpt(data.meta['title'] ?? '')
    .map((s) => s.text)
    .join('')
    .trim() || data.url;
}

export function readKindLabel(data: PagefindResultData): string | null {
  const kind = data.filters['kind']?.[0];
  return isSearchKind(kind) ? KIND_LABELS[kind] : null;
}

/**
 * Section hits worth showing: Pagefind also reports the part of the page before the first heading as a
 * sub-result pointing at the page itself, which would only repeat the main link.
 */
export function readSections(data: PagefindResultData, limit: number): PagefindSubResult[] {
  return data.sub_results.filter((s) => s.url.includes('#')).slice(0, limit);
}

/** Only same-site paths become links; anything else from the index is shown as text. */
export function isSafeHref(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

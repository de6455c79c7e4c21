/** DOM builders shared by the header box and the search page. Everything from the index goes in as text. */
import { splitExcerpt } from '../lib/search/excerpt';
import { pruneHighlightTerms } from '../lib/search/highlight';
import { rankSections } from '../lib/search/sections';
import { isSearchKind, KIND_LABELS } from '../lib/search/query';
import { HIGHLIGHT_PARAM, type PagefindResultData, type PagefindSubResult } from './pagefind';

/** Appends an excerpt as text nodes and <mark> elements: the only markup kept from Pagefind is its term marks. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
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
  return (
    splitExcerpt(data.meta['title'] ?? '')
      .map((s) => s.text)
      .join('')
      .trim() || data.url
  );
}

export function readKindLabel(data: PagefindResultData): string | null {
  const kind = data.filters['kind']?.[0];
  return isSearchKind(kind) ? KIND_LABELS[kind] : null;
}

/** The sections most worth a link, best first (see src/lib/search/sections.ts). */
function readSections(data: PagefindResultData, limit: number): PagefindSubResult[] {
  return rankSections(data.sub_results, limit);
}

/** Only same-site paths become links; anything else from the index is shown as text. */
function isSafeHref(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** A result link: same-site paths only (anything else is shown as text), with useless highlight terms removed. */
export function createResultLink(url: string, text: string, className = ''): HTMLElement {
  if (!isSafeHref(url)) return createElement('span', className, text);
  const a = createElement('a', className, text);
  a.href = pruneHighlightTerms(url, HIGHLIGHT_PARAM);
  return a;
}

/**
 * What every result shows under its title, in the header box and on the search page alike: the excerpt with its
 * term marks, then links to its sections most worth opening (same-site only), each with its excerpt if
 * `sectionExcerpts`. Classes are `${block}__excerpt` and `${block}__sections`.
 */
export function appendResultBody(
  parent: HTMLElement,
  data: PagefindResultData,
  options: { block: string; sections: number; sectionExcerpts: boolean },
): void {
  const excerpt = createElement('p', `${options.block}__excerpt`);
  appendExcerpt(excerpt, data.excerpt);
  parent.append(excerpt);
  const sections = readSections(data, options.sections).filter((s) => isSafeHref(s.url));
  if (sections.length === 0) return;
  const list = createElement('ul', `${options.block}__sections`);
  list.setAttribute('aria-label', `Sections of ${readTitle(data)}`);
  for (const section of sections) {
    const item = createElement('li');
    item.append(createResultLink(section.url, section.title));
    if (options.sectionExcerpts) {
      const p = createElement('p');
      appendExcerpt(p, section.excerpt);
      item.append(p);
    }
    list.append(item);
  }
  parent.append(list);
}

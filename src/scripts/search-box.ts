/**
 * Live results under the header search box. Loaded on the reader's first focus of, or typing in, the box; it then
 * loads Pagefind. The results are a plain list of links (not a listbox): Down arrow moves from the box into them,
 * Up/Down move between them, Escape closes the list and returns to the box, and Enter in the box still submits the
 * form to /search/. A status region announces each result count. The list is never empty without a reason said
 * above it: results found with fewer words, a prompt for a query of stop words only, or the four steps and the
 * tools when nothing matches.
 */
import { describeFallback, describeNothingFound, describePrompt, describeResults } from '../lib/search/describe';
import { normaliseQuery } from '../lib/search/query';
import { loadPagefind, type PagefindResultData } from './pagefind';
import { runQuery } from './search-query';
import { appendResultBody, createElement, createResultLink, readKindLabel, readTitle } from './search-render';

/**
 * Three results, each with its excerpt and sections, fill a phone's screen; "See all" opens the rest. Each result
 * costs its page's fragment (about 3 KB on a 1,000-guide site), so more would weigh on every first query.
 */
const MAX_RESULTS = 3;
/**
 * Results wait until typing pauses. Our own timer rather than Pagefind's debouncedSearch, which preloads the index
 * chunks of every intermediate prefix ("c", "co", "con"…): on a large site that costs more than the query itself.
 */
const DEBOUNCE_MS = 300;

export function bindSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('[data-site-search-panel]');
  const list = form.querySelector<HTMLUListElement>('[data-site-search-results]');
  const status = form.querySelector<HTMLElement>('[data-site-search-status]');
  const more = form.querySelector<HTMLAnchorElement>('[data-site-search-more]');
  const note = form.querySelector<HTMLElement>('[data-site-search-note]');
  if (!panel || !list || !status || !more || !note) return;

  let lastTerm = '';
  let sequence = 0;

  const links = () => Array.from(panel.querySelectorAll<HTMLAnchorElement>('a[href]'));
  const open = () => {
    panel.hidden = false;
  };
  const close = () => {
    panel.hidden = true;
  };

  /**
   * `said` is the sentence shown above the list (and announced), when the list needs one; `offer` adds links
   * below it (the four steps and the tools when nothing matches).
   */
  const render = (
    term: string,
    total: number,
    items: PagefindResultData[],
    said = '',
    offer?: (parent: HTMLElement) => void,
  ) => {
    list.replaceChildren();
    for (const data of items) {
      const li = createElement('li', 'site-search__result');
      li.append(createResultLink(data.url, readTitle(data), 'site-search__title'));
      const kind = readKindLabel(data);
      if (kind) li.append(' ', createElement('span', 'badge', kind));
      appendResultBody(li, data, { block: 'site-search', sections: 2, sectionExcerpts: false });
      list.append(li);
    }
    note.replaceChildren();
    if (said) note.append(createElement('p', '', said));
    offer?.(note);
    note.hidden = note.childElementCount === 0;
    more.href = `/search/?q=${encodeURIComponent(term)}`;
    more.textContent = total > items.length ? `See all ${total} results` : 'Open the search page';
    const hint = total > 0 || offer ? ' Press the down arrow to browse them.' : '';
    status.textContent = (said || describeResults(total, term, [])) + hint;
    open();
  };

  const run = async () => {
    const term = normaliseQuery(input.value);
    if (term === lastTerm && !panel.hidden) return;
    lastTerm = term;
    const mine = ++sequence;
    if (term === '') {
      list.replaceChildren();
      note.hidden = true;
      status.textContent = '';
      close();
      return;
    }
    try {
      const outcome = await runQuery(loadPagefind, term);
      if (mine !== sequence) return;
      if (outcome.kind === 'prompt') return render(term, 0, [], describePrompt(term));
      if (outcome.kind === 'none') {
        const { appendStartingPoints } = await import('./search-start');
        if (mine !== sequence) return;
        return render(term, 0, [], describeNothingFound(term), appendStartingPoints);
      }
      const { response, dropped } = outcome;
      const items = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== sequence) return;
      const total = response.results.length;
      render(term, total, items, dropped.length > 0 ? describeFallback(term, total, dropped) : '');
    } catch {
      if (mine !== sequence) return;
      list.replaceChildren();
      note.hidden = true;
      more.href = `/search/?q=${encodeURIComponent(term)}`;
      more.textContent = 'Open the search page';
      status.textContent = 'Live results could not load. Press Enter to open the search page.';
      open();
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (normaliseQuery(input.value) !== '' && list.childElementCount > 0) open();
  });

  form.addEventListener('keydown', (event) => {
    const items = links();
    const index = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        close();
        input.focus();
      }
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden || items.length === 0) {
      if (event.target === input && event.key === 'ArrowDown' && list.childElementCount > 0) {
        event.preventDefault();
        open();
        items[0]?.focus();
      }
      return;
    }
    event.preventDefault();
    if (event.target === input) {
      (event.key === 'ArrowDown' ? items[0] : items[items.length - 1])?.focus();
    } else if (index >= 0) {
      const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
      if (next < 0 || next >= items.length) input.focus();
      else items[next]!.focus();
    }
  });

  // Close when focus or a click leaves the search area, so the list never covers the page being read.
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !form.contains(next)) close();
  });

  void loadPagefind().catch(() => undefined);
  // Text typed while this module loaded waits for the same pause as any other typing.
  if (normaliseQuery(input.value) !== '') timer = setTimeout(() => void run(), DEBOUNCE_MS);
}

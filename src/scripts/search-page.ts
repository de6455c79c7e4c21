/**
 * The /search/ page. Its state lives in the URL (?q=, &kind=, &topic=): typing replaces the history entry, while
 * submitting or choosing a filter pushes one, so Back returns to the previous search. Results are built with DOM
 * APIs; only Pagefind's term marks survive from its excerpts.
 */
import {
  formatSearchState,
  hasSomethingToSearch,
  parseSearchState,
  toPagefindFilters,
  type SearchState,
} from '../lib/search/url-state';
import { describeFallback, describeNothingFound, describePrompt, describeResults } from '../lib/search/describe';
import {
  loadPagefind,
  type FilterCounts,
  type PagefindResponse,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind';
import { runQuery } from './search-query';
import { appendResultBody, createElement, createResultLink, readKindLabel, readTitle } from './search-render';

/** Results per batch: each costs its page's fragment (3–5 KB gzip), so the first query stays within budget. */
const PAGE_SIZE = 6;
const TYPING_DELAY_MS = 300;

function bindSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const browse = document.querySelector<HTMLElement>('[data-search-browse]');
  if (!form || !input || !status || !list || !more || !browse) return;

  const radios = (name: 'kind' | 'topic') =>
    Array.from(form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`));
  const allowed = {
    kinds: radios('kind')
      .map((r) => r.value)
      .filter(Boolean),
    topics: radios('topic')
      .map((r) => r.value)
      .filter(Boolean),
  };
  // Guide pages declare their topic by its label; the URL uses the short id.
  const topicValues: Record<string, string> = Object.fromEntries(
    radios('topic')
      .filter((r) => r.value && r.dataset['filterValue'])
      .map((r) => [r.value, r.dataset['filterValue']!]),
  );
  const topicIds: Record<string, string> = Object.fromEntries(Object.entries(topicValues).map(([id, v]) => [v, id]));
  const filtersFor = (state: SearchState, omit?: 'kind' | 'topic') => toPagefindFilters(state, omit, topicValues);
  const labelOf = (name: 'kind' | 'topic', value: string) => {
    const radio = radios(name).find((r) => r.value === value);
    const label = radio ? form.querySelector(`label[for="${radio.id}"]`) : null;
    return label?.firstChild?.textContent?.trim() ?? value;
  };

  let pending: PagefindResult[] = [];
  let shown = 0;
  let sequence = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => {
    const data = new FormData(form);
    return parseSearchState(
      formatSearchState({
        q: String(data.get('q') ?? ''),
        kind: String(data.get('kind') ?? '') || null,
        topic: String(data.get('topic') ?? '') || null,
      }),
      allowed,
    );
  };

  const fillForm = (state: SearchState) => {
    input.value = state.q;
    for (const r of radios('kind')) r.checked = r.value === (state.kind ?? '');
    for (const r of radios('topic')) r.checked = r.value === (state.topic ?? '');
  };

  const writeCounts = (name: 'kind' | 'topic', counts: Record<string, number> | undefined, total: number) => {
    for (const span of form.querySelectorAll<HTMLElement>(`[data-count^="${name}:"]`)) {
      const value = span.dataset['count']!.slice(name.length + 1);
      const key = name === 'topic' ? (topicValues[value] ?? value) : value;
      const n = value === '' ? total : (counts?.[key] ?? 0);
      span.textContent = `(${n})`;
    }
  };

  const renderResult = (data: PagefindResultData, term: string): HTMLLIElement => {
    const li = createElement('li', 'search-result');
    const h2 = createElement('h2');
    h2.append(createResultLink(data.url, readTitle(data)));
    li.append(h2);
    const kind = readKindLabel(data);
    const topic = data.filters['topic']?.[0];
    const meta = [kind, topic !== undefined && topicIds[topic] ? topic : null].filter(Boolean);
    if (meta.length > 0) li.append(createElement('p', 'search-result__meta', meta.join(' · ')));
    appendResultBody(li, data, { block: 'search-result', sections: term ? 3 : 0, sectionExcerpts: true });
    return li;
  };

  const showMore = async (term: string, mine: number) => {
    const batch = pending.slice(shown, shown + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (mine !== sequence) return;
    const first = shown;
    for (const data of items) list.append(renderResult(data, term));
    shown += items.length;
    more.hidden = shown >= pending.length;
    return first;
  };

  const run = async (state: SearchState) => {
    const mine = ++sequence;
    if (!hasSomethingToSearch(state)) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      browse.hidden = false;
      status.textContent = '';
      try {
        const pagefind = await loadPagefind();
        const totals = await pagefind.filters();
        if (mine !== sequence) return;
        writeTotals(totals);
      } catch {
        // Counts are a nicety; the form still works without them.
      }
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pagefind = await loadPagefind();
      // Pagefind reports filter counts only once its filter index is loaded, which filters() does.
      await pagefind.filters();
      let term: string | null = null;
      let said = '';
      let main: PagefindResponse;
      if (state.q === '') {
        main = await pagefind.search(null, { filters: filtersFor(state) });
      } else {
        const outcome = await runQuery(async () => pagefind, state.q, { filters: filtersFor(state) });
        if (mine !== sequence) return;
        if (outcome.kind === 'prompt') {
          pending = [];
          list.replaceChildren();
          list.hidden = true;
          more.hidden = true;
          browse.hidden = true;
          status.textContent = describePrompt(state.q);
          return;
        }
        main = outcome.response;
        term = outcome.kept.join(' ');
        if (outcome.kind === 'none') said = describeNothingFound(state.q);
        else if (outcome.dropped.length > 0) said = describeFallback(state.q, main.results.length, outcome.dropped);
      }
      const [withoutKind, withoutTopic] = await Promise.all([
        state.kind ? pagefind.search(term, { filters: filtersFor(state, 'kind') }) : null,
        state.topic ? pagefind.search(term, { filters: filtersFor(state, 'topic') }) : null,
      ]);
      if (mine !== sequence) return;
      // Each group counts its values with the other group's filter applied. Pagefind fills `filters` only when a
      // filter was applied to that search; without one, `totalFilters` holds the same counts.
      const countsOf = (response: PagefindResponse, name: 'kind' | 'topic', omit: 'kind' | 'topic') =>
        Object.keys(filtersFor(state, omit)).length > 0 ? response.filters[name] : response.totalFilters[name];
      const kindSource = withoutKind ?? main;
      const topicSource = withoutTopic ?? main;
      writeCounts('kind', countsOf(kindSource, 'kind', 'kind'), kindSource.results.length);
      writeCounts('topic', countsOf(topicSource, 'topic', 'topic'), topicSource.results.length);
      pending = main.results;
      shown = 0;
      list.replaceChildren();
      await showMore(state.q, mine);
      if (mine !== sequence) return;
      list.hidden = pending.length === 0;
      browse.hidden = pending.length > 0;
      const labels = [
        state.kind ? labelOf('kind', state.kind) : null,
        state.topic ? labelOf('topic', state.topic) : null,
      ].filter((l): l is string => l !== null);
      status.textContent = said || describeResults(pending.length, state.q, labels);
    } catch {
      if (mine !== sequence) return;
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      browse.hidden = false;
      status.textContent = 'Search could not load. Check your connection and try again, or browse below.';
    }
  };

  const writeTotals = (totals: FilterCounts) => {
    const kinds = totals['kind'] ?? {};
    const all = Object.values(kinds).reduce((n, c) => n + c, 0);
    writeCounts('kind', kinds, all);
    writeCounts('topic', totals['topic'], all);
  };

  const go = (mode: 'push' | 'replace') => {
    const state = readForm();
    const url = `${location.pathname}${formatSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    go('push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go('replace'), TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') go('push');
  });
  more.addEventListener('click', () => {
    void showMore(readForm().q, sequence).then((first) => {
      // Move focus to the first new result so keyboard and screen-reader users continue where they were.
      const link = list.children[first ?? 0]?.querySelector<HTMLAnchorElement>('a');
      link?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search, allowed);
    fillForm(state);
    void run(state);
  });

  const initial = parseSearchState(location.search, allowed);
  fillForm(initial);
  void run(initial);
}

bindSearchPage();

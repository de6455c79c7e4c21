/**
 * The search page keeps its whole state in the URL (?q=, &kind=, &topic=) so a search can be shared and the Back
 * button works. Values the site does not know are dropped rather than passed to the index.
 */
import { normaliseQuery } from './query';

export interface SearchState {
  q: string;
  kind: string | null;
  topic: string | null;
}

export interface AllowedFilters {
  kinds: readonly string[];
  topics: readonly string[];
}

export function parseSearchState(search: string, allowed: AllowedFilters): SearchState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const topic = params.get('topic');
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    kind: kind !== null && allowed.kinds.includes(kind) ? kind : null,
    topic: topic !== null && allowed.topics.includes(topic) ? topic : null,
  };
}

/** "?q=…&kind=…&topic=…" with empty parts left out; "" when there is nothing to say. */
export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set('q', q);
  if (state.kind) params.set('kind', state.kind);
  if (state.topic) params.set('topic', state.topic);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Pagefind's `filters` option for a state; `omit` leaves one group out (used to count that group's values).
 * `topicValues` maps a topic's URL id to the value the index holds (guide pages declare the topic's label).
 */
export function toPagefindFilters(
  state: SearchState,
  omit?: 'kind' | 'topic',
  topicValues: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.kind && omit !== 'kind') filters['kind'] = state.kind;
  if (state.topic && omit !== 'topic') filters['topic'] = topicValues[state.topic] ?? state.topic;
  return filters;
}

export function hasSomethingToSearch(state: SearchState): boolean {
  return state.q !== '' || state.kind !== null || state.topic !== null;
}

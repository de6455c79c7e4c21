/**
 * The four steps and the tools, offered by the header box when no page matches. Loaded only then: most searches
 * never need it.
 */
import { PATH_STEPS, TOOLS } from '../lib/site';
import { createElement, createResultLink } from './search-render';

/** Appends the list of links to `parent`. */
export function appendStartingPoints(parent: HTMLElement): void {
  const list = createElement('ul', 'site-search__start');
  list.setAttribute('aria-label', 'The four steps and the tools');
  for (const step of PATH_STEPS) {
    const li = createElement('li');
    li.append(createResultLink(`/guides/${step.guide}/`, `Step ${step.step}: ${step.title}`));
    list.append(li);
  }
  for (const [id, tool] of Object.entries(TOOLS)) {
    const li = createElement('li');
    li.append(createResultLink(`/tools/${id}/`, tool.title));
    list.append(li);
  }
  parent.append(list);
}

/**
 * Pagefind lists a page's matching sections in page order. A reader wants the section that answers them first,
 * so sections are ordered by their summed match score (ties keep page order). The part of the page before the
 * first heading comes back as a "section" without an anchor; it would only repeat the page link, so it is dropped.
 */
export interface ScoredSection {
  url: string;
  weighted_locations?: readonly { balanced_score: number }[] | undefined;
}

export function scoreSection(section: ScoredSection): number {
  return (section.weighted_locations ?? []).reduce(
    (sum, l) => sum + (Number.isFinite(l.balanced_score) ? l.balanced_score : 0),
    0,
  );
}

export function rankSections<T extends ScoredSection>(sections: readonly T[], limit: number): T[] {
  return sections
    .map((section, index) => ({ section, index, score: scoreSection(section) }))
    .filter(({ section }) => section.url.includes('#'))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map(({ section }) => section);
}

/**
 * Pagefind returns only pages that hold every word of a query, so one word no answering page uses ("valid",
 * "halfway", a typo) empties the list. The site then searches again with fewer words: first without one word,
 * then without two, and so on, keeping as many of the reader's words as it can. Among queries with the same number
 * of words left out, the one that leaves out the least informative words comes first: a word no page has on its own
 * (a typo) tells us nothing; after that, the word on the most pages tells us the least.
 */
export interface WordReach {
  word: string;
  /** How many pages hold the word on its own. */
  pages: number;
}

/** How far the search goes: a long pasted question must not start hundreds of searches. */
export const MAX_FALLBACK_SEARCHES = 40;
/** Only the least informative words are candidates to leave out; the rest of a long question always stays. */
const MAX_DROPPABLE = 8;

/** How little a word tells: a word on no page least of all, then the more pages the less. */
function uninformative(reach: WordReach): number {
  return reach.pages === 0 ? 1e9 : reach.pages;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Every way to choose `k` of `items`. */
function combinations<T>(items: readonly T[], k: number): T[][] {
  const out: T[][] = [];
  const pick = (start: number, chosen: T[]) => {
    if (chosen.length === k) return void out.push([...chosen]);
    for (let i = start; i < items.length; i++) pick(i + 1, [...chosen, items[i]!]);
  };
  pick(0, []);
  return out;
}

/**
 * The shorter queries to try, in order, each as the words kept (in the order typed) and the words left out. At most
 * `limit` of them; never the full query and never an empty one.
 */
export function planFallbackQueries(
  reach: readonly WordReach[],
  limit: number = MAX_FALLBACK_SEARCHES,
): { kept: string[]; dropped: string[] }[] {
  const plans: { kept: string[]; dropped: string[] }[] = [];
  const droppable = reach
    .map((r, i) => ({ i, u: uninformative(r) }))
    .sort((a, b) => b.u - a.u || b.i - a.i)
    .slice(0, MAX_DROPPABLE)
    .map(({ i }) => i);
  for (let k = 1; k <= droppable.length && k < reach.length && plans.length < limit; k++) {
    const level = combinations(droppable, k)
      .map((indexes) => ({ indexes, score: sum(indexes.map((i) => uninformative(reach[i]!))) }))
      // Least informative left out first; on a tie, keep the reader's first words (they lead with the subject).
      .sort((a, b) => b.score - a.score || sum(b.indexes) - sum(a.indexes));
    for (const { indexes } of level) {
      if (plans.length >= limit) break;
      const left = new Set(indexes);
      plans.push({
        kept: reach.filter((_, i) => !left.has(i)).map((r) => r.word),
        dropped: reach.filter((_, i) => left.has(i)).map((r) => r.word),
      });
    }
  }
  return plans;
}

/**
 * Relevance of site search on the reader questions in tests/fixtures/search/relevance.json, measured in Chromium
 * over a served dist/:
 *   - through Pagefind's own JavaScript API with the question exactly as typed, none of the site's query handling
 *     (stop words, fewer-words fallback): with the site's ranking options (src/lib/search/ranking.ts), and with
 *     Pagefind's defaults, which is what any other Pagefind client gets from our index;
 *   - through the header search box, filled in as a reader pastes or types, read from the links it lists.
 * A question counts for top-1 when its `first` page is the first result, and for top-3 when `first` or one of its
 * `also` pages is among the first three. Shared by `npm run bench:search` and tests/e2e/search-relevance.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const RELEVANCE_FILE = resolve(import.meta.dirname, '../tests/fixtures/search/relevance.json');

/** @returns {Promise<{ q: string; first: string; also?: string[] }[]>} */
export async function loadRelevanceSet(file = RELEVANCE_FILE) {
  const json = JSON.parse(await readFile(file, 'utf8'));
  return json.questions;
}

/**
 * The first three result paths for each question through Pagefind's API, from a page of the served site.
 * @param {import('playwright-core').Page} page a page already on the site (any URL of it); load a fresh page
 *   between calls with different options, since Pagefind keeps one instance per page
 * @param {string[]} queries
 * @param {{ ranking?: object }} [options] Pagefind ranking options; Pagefind's defaults without
 * @returns {Promise<string[][]>}
 */
export async function rankThroughApi(page, queries, { ranking } = {}) {
  return page.evaluate(`(${RANK_IN_PAGE})(${JSON.stringify({ queries, ranking: ranking ?? null })})`);
}

/**
 * Runs in the page. Kept as source text so that no bundler rewrites its dynamic import (vitest would turn it into
 * a helper that does not exist in the browser).
 */
const RANK_IN_PAGE = `async ({ queries, ranking }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  if (ranking) await pagefind.options({ ranking });
  await pagefind.init();
  const out = [];
  for (const q of queries) {
    const response = await pagefind.search(q);
    const top = await Promise.all(response.results.slice(0, 3).map((r) => r.data()));
    out.push(top.map((d) => new URL(d.url, location.origin).pathname));
  }
  return out;
}`;

/**
 * The first three result paths for each question through the header box: the question is put in the box (one
 * input event, as a paste or a pause in typing) and the list is read once the status names the question.
 * @param {import('playwright-core').Page} page a page of the site that has the header box
 * @param {string[]} queries
 * @returns {Promise<string[][]>}
 */
export async function rankThroughBox(page, queries) {
  const input = page.locator('#site-search-input');
  const status = page.locator('[data-site-search-status]');
  const out = [];
  for (const q of queries) {
    await input.fill('');
    await input.fill(q);
    const shown = q.replace(/\s+/g, ' ').trim();
    await status.filter({ hasText: `“${shown}”` }).waitFor({ timeout: 20_000 });
    const hrefs = await page
      .locator('[data-site-search-results] > li > a:first-child')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    out.push(hrefs.slice(0, 3).map((h) => new URL(h, 'http://site.invalid').pathname));
  }
  return out;
}

/**
 * @param {{ q: string; first: string; also?: string[] }[]} questions
 * @param {string[][]} rankings the first results for each question, in order
 */
export function scoreRelevance(questions, rankings) {
  let top1 = 0;
  let top3 = 0;
  const misses = [];
  questions.forEach((question, i) => {
    const top = rankings[i] ?? [];
    const good = new Set([question.first, ...(question.also ?? [])]);
    const isTop1 = top[0] === question.first;
    const isTop3 = top.slice(0, 3).some((p) => good.has(p));
    if (isTop1) top1 += 1;
    if (isTop3) top3 += 1;
    if (!isTop1) misses.push({ q: question.q, expected: question.first, got: top, inTop3: isTop3 });
  });
  const n = questions.length;
  return { n, top1: top1 / n, top3: top3 / n, misses };
}

/** "top-1 81/89 (91.0%)" style lines for a score. */
export function describeScore(label, score) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const count = (x) => Math.round(x * score.n);
  return `${label}: top-1 ${count(score.top1)}/${score.n} (${pct(score.top1)}), top-3 ${count(score.top3)}/${score.n} (${pct(score.top3)})`;
}

#!/usr/bin/env node
/**
 * `npm run bench:search`: how well and how cheaply the site's search answers, measured in Debian Chromium over a
 * built site served the way a static host serves it (gzip for text; Pagefind's own files are already compressed).
 * Relevance: top-1 and top-3 accuracy on the reader questions of tests/fixtures/search/relevance.json, through
 * Pagefind's API and through the header box (scripts/search-relevance.mjs).
 * Bytes:
 *   1. a guide page before any interaction: the search bytes must be 0 (no Pagefind file, no live-results code);
 *   2. the first query typed into the header box: everything loaded from the first focus to the results shown;
 *   3. the first query on the /search/ page (also loads the filter index for the counts).
 * Usage: node scripts/bench-search.mjs [dist] [--relevance | --bytes] [--query "conversion fee"]; both parts
 * without a flag. Prints figures; exits 1 only if the site cannot be measured. `npm run bench` calls it with
 * --bytes for the real site and for the site with 1,000 generated guides (whose questions do not apply).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RANKING } from '../src/lib/search/ranking.ts';
import { launchBrowser } from './chromium.mjs';
import {
  describeScore,
  loadRelevanceSet,
  rankThroughApi,
  rankThroughBox,
  scoreRelevance,
} from './search-relevance.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dist = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--query')) ?? 'dist');
const query = option('query', 'conversion fee');
const runRelevance = flag('relevance') || !flag('bytes');
const runBytes = flag('bytes') || !flag('relevance');
const BUDGET_FIRST_QUERY = 160 * 1024;

/** Records each finished response's encoded body size (what went over the wire) by path. */
function record(page) {
  const entries = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    // Requests made inside Pagefind's worker may report no body size; the Content-Length header is the same figure.
    const response = await request.response().catch(() => null);
    const length = Number((await response?.allHeaders().catch(() => ({})))?.['content-length'] ?? 0);
    const bytes = sizes && sizes.responseBodySize > 0 ? sizes.responseBodySize : length;
    entries.push({ path: new URL(request.url()).pathname, bytes });
  });
  return entries;
}

const isSearchFile = (path) =>
  path.startsWith('/pagefind/') || /\/_astro\/(search-box|search-render|pagefind)\./.test(path);

function describe(entries) {
  const groups = new Map();
  for (const { path, bytes } of entries) {
    const group = path.startsWith('/pagefind/')
      ? path
          .replace(/^\/pagefind\/(index|fragment|filter)\/.*$/, '/pagefind/$1/*')
          .replace(/\.[a-z0-9_]+\.pf_meta$/, '.pf_meta')
      : path.replace(/\.[A-Za-z0-9_-]{8}\.js$/, '.js');
    const g = groups.get(group) ?? { count: 0, bytes: 0 };
    g.count += 1;
    g.bytes += bytes;
    groups.set(group, g);
  }
  return [...groups.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (entries) => entries.reduce((n, e) => n + e.bytes, 0);

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
}

async function firstGuide(root) {
  const dirs = (await readdir(join(root, 'guides'), { withFileTypes: true })).filter((d) => d.isDirectory());
  if (dirs.length === 0) throw new Error(`no guides in ${root}/guides`);
  const preferred = dirs.find((d) => d.name === 'client-asks-to-work-off-platform') ?? dirs[0];
  return `/guides/${preferred.name}/`;
}

async function measureRelevance(server, browser) {
  const questions = await loadRelevanceSet();
  const heldOut = questions.filter((q) => q.heldOut);
  const tuned = questions.filter((q) => !q.heldOut);
  console.log(
    `\n### Relevance (${questions.length} reader questions, ${heldOut.length} of them held out from tuning; tests/fixtures/search/relevance.json)`,
  );
  const texts = questions.map((q) => q.q);
  const ways = [
    ['Pagefind API, site ranking', (page) => rankThroughApi(page, texts, { ranking: RANKING })],
    ['Pagefind API, Pagefind defaults', (page) => rankThroughApi(page, texts)],
    ['Header box', (page) => rankThroughBox(page, texts)],
  ];
  const misses = [];
  for (const [label, rank] of ways) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/guides/off-platform-scams/`);
    const rankings = await rank(page);
    await context.close();
    const score = scoreRelevance(questions, rankings);
    const part = (subset) => scoreRelevance(subset, subset.map((q) => rankings[questions.indexOf(q)]) ?? []);
    console.log(describeScore(label.padEnd(32), score));
    if (heldOut.length > 0)
      console.log(`  ${describeScore('tuned on', part(tuned))}; ${describeScore('held out', part(heldOut))}`);
    for (const m of score.misses)
      misses.push(
        `  ${label}: "${m.q}" → ${m.got.join(' ') || '(nothing)'}; wanted ${m.expected}${m.inTop3 ? ' (in top 3)' : ''}`,
      );
  }
  console.log('Questions whose page did not come first:');
  for (const line of misses) console.log(line);
}

async function measureBytes(server, browser) {
  const entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  const guide = await firstGuide(dist);
  console.log(`\n### Search bytes (${pages} indexed pages, query "${query}", gzip transfer sizes)`);

  // 1 and 2: a guide page, then the header box.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const entries = record(page);
  await page.goto(server.url + guide);
  await settle(page);
  const before = entries.splice(0);
  const searchBefore = before.filter((e) => isSearchFile(e.path));
  console.log(`guide page ${guide}: ${kb(sum(before))} in ${before.length} files before interaction`);
  console.log(
    `search bytes before interaction: ${sum(searchBefore)} (${searchBefore.length} files)${searchBefore.length ? ' ← should be 0' : ''}`,
  );
  const bootstrap = before.filter((e) => /SiteSearch/.test(e.path));
  console.log(`header box listener (always loaded, no search code): ${kb(sum(bootstrap))}`);

  // On a phone-sized page the box sits behind the header's Search button, as a reader finds it.
  const toggle = page.locator('[data-search-toggle]');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('#site-search-input').focus();
  await page.keyboard.type(query, { delay: 60 });
  await page.locator('[data-site-search-panel] li').first().waitFor({ timeout: 20_000 });
  await settle(page);
  const first = entries.splice(0);
  const firstBytes = sum(first);
  console.log(
    `first query in the header box: ${kb(firstBytes)} in ${first.length} files (budget ${kb(BUDGET_FIRST_QUERY)}: ${firstBytes <= BUDGET_FIRST_QUERY ? 'within' : 'OVER'})`,
  );
  for (const [name, g] of describe(first))
    console.log(`  ${name.padEnd(44)} ${String(g.count).padStart(3)} × ${kb(g.bytes)}`);
  await context.close();

  // 3: the search page, arriving with the query in the URL.
  const context2 = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page2 = await context2.newPage();
  const entries2 = record(page2);
  await page2.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page2.locator('[data-search-results] > li').first().waitFor({ timeout: 20_000 });
  await settle(page2);
  const onPage = entries2.filter((e) => isSearchFile(e.path));
  console.log(
    `first query on /search/ (with filter counts): ${kb(sum(onPage))} of search files, ${kb(sum(entries2))} in all`,
  );
  for (const [name, g] of describe(onPage))
    console.log(`  ${name.padEnd(44)} ${String(g.count).padStart(3)} × ${kb(g.bytes)}`);
  await context2.close();
}

const server = await startStaticServer(dist, { gzip: true });
const browser = await launchBrowser();
try {
  if (runRelevance) await measureRelevance(server, browser);
  if (runBytes) await measureBytes(server, browser);
} finally {
  await browser.close();
  await server.close();
}

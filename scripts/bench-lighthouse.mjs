#!/usr/bin/env node
/**
 * Lighthouse medians for `npm run bench`: each page type of a built site, LIGHTHOUSE_RUNS times (default 5),
 * mobile preset with default throttling, served with its _headers and gzip. Prints figures; asserts nothing
 * (tests/e2e/lighthouse.test.ts holds the thresholds).
 *
 * Usage: node scripts/bench-lighthouse.mjs [distDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES, launchChromium, runLighthouse } from './lighthouse-run.mjs';
import { readSiteHeaders } from './site-headers.mjs';
import { startStaticServer } from './static-server.mjs';

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));
const runs = Number(process.env['LIGHTHOUSE_RUNS'] ?? 5);

const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const pages = {
  home: '/',
  guide: paths.find((p) => /^\/guides\/[^/]+\/$/.test(p)) ?? '/guides/',
  ...Object.fromEntries(paths.filter((p) => /^\/tools\/[^/]+\/$/.test(p)).map((p) => [p.split('/')[2], p])),
  search: '/search/',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const headersFile = join(dist, '_headers');
const server = await startStaticServer(dist, {
  headers: existsSync(headersFile) ? await readSiteHeaders(dist) : {},
  gzip: true,
});
const chrome = await launchChromium();
try {
  console.log(`\n### Lighthouse, mobile, median of ${runs} runs (min–max of Performance)`);
  console.log(`${'page'.padEnd(34)} | ${CATEGORIES.map((c) => c.padEnd(14)).join(' | ')}`);
  for (const [name, path] of Object.entries(pages)) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push((await runLighthouse(server.url + path, chrome.port)).scores);
    const cells = CATEGORIES.map((c) => {
      const values = all.map((s) => s[c]);
      const spread = c === 'performance' ? ` (${Math.min(...values)}–${Math.max(...values)})` : '';
      return `${median(values)}${spread}`.padEnd(14);
    });
    console.log(`${`${name} ${path}`.padEnd(34)} | ${cells.join(' | ')}`);
  }
} finally {
  await chrome.close();
  await server.close();
}

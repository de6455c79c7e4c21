/**
 * Lighthouse, mobile preset with its default (simulated) throttling, in Debian's Chromium, over the built site
 * served as a static host serves it (the _headers policy applied, text gzipped): the home page, a guide, each tool
 * page and the search page. Accessibility, Best Practices and SEO must score 100; Performance at least 95, because
 * timing on a shared 2-core machine is noisy (`npm run bench` reports the medians). Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runLighthouse } from '../../scripts/lighthouse-run.mjs';
import { readSiteHeaders } from '../../scripts/site-headers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { DIST } from './support/site';
import { TOOL_PAGES } from './support/tool-states';

let server: { url: string; close(): Promise<void> };
let chrome: { port: number; close(): Promise<void> };
const pages: string[] = [];

beforeAll(async () => {
  server = await startStaticServer(DIST, { headers: await readSiteHeaders(DIST), gzip: true });
  chrome = await launchChromium();
  const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  // The first guide in the sitemap; the guide index until guides exist.
  const guide = paths.find((p) => /^\/guides\/[^/]+\/$/.test(p)) ?? '/guides/';
  pages.push('/', guide, ...TOOL_PAGES.map((t) => t.path), '/search/');
  for (const page of pages) expect(paths, `${page} is in the sitemap`).toContain(page);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('Lighthouse (mobile)', () => {
  it('scores 100 for Accessibility, Best Practices and SEO, and at least 95 for Performance', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      let { scores, failures } = await runLighthouse(server.url + path, chrome.port);
      // Load from other processes only ever makes a page look slower, so a low Performance score is measured
      // again (up to three runs) and the best run counts. The other categories must be 100 in every run.
      for (let run = 2; run <= 3 && (scores['performance'] ?? 0) < 95; run++) {
        const again = await runLighthouse(server.url + path, chrome.port);
        const best = Math.max(scores['performance'] ?? 0, again.scores['performance'] ?? 0);
        const lowest = (id: string) => Math.min(scores[id] ?? 0, again.scores[id] ?? 0);
        failures = [...new Set([...failures.filter((f) => !f.startsWith('performance')), ...again.failures])];
        scores = {
          performance: best,
          accessibility: lowest('accessibility'),
          'best-practices': lowest('best-practices'),
          seo: lowest('seo'),
        };
      }
      const low = Object.entries(scores).filter(([id, score]) => score < (id === 'performance' ? 95 : 100));
      if (low.length > 0) {
        problems.push(`${path}: ${low.map(([id, s]) => `${id} ${s}`).join(', ')}`, ...failures.map((f) => `  ${f}`));
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

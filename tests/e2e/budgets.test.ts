/**
 * Size budgets on the built site: what a first visit downloads (HTML + CSS + JS + favicon, gzip) against the
 * ceilings and targets in scripts/budgets.mjs, and no framework JavaScript on any page but the tools. Exports and
 * the panels a reader opens are dynamic imports, which pageScriptBytes does not follow. An inline script counts once,
 * as part of the HTML that carries it. Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../scripts/budgets.mjs';
import { measureFirstVisit as measureVisitIn, type FirstVisit } from '../../scripts/first-visit.mjs';
import { DIST, pageScriptBytes } from './support/site';

const KB = 1024;

async function sitemapPaths(): Promise<string[]> {
  const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const measureFirstVisit = (path: string) => measureVisitIn(DIST, path);

const describeVisit = (path: string, v: FirstVisit) =>
  `${path}: ${(v.total / KB).toFixed(1)} KB (HTML ${v.html}, CSS ${v.css}, JS ${v.js}, favicon ${v.favicon} bytes)`;

describe('first visits, page by page', () => {
  it.each(PAGE_BUDGETS.map((b) => [b.kind, b] as const))('every %s stays under its ceiling', async (_kind, budget) => {
    const paths = (await sitemapPaths()).filter(budget.match);
    expect(paths.length, `no built page is a ${budget.kind}`).toBeGreaterThan(0);
    const over: string[] = [];
    let heaviest = 0;
    for (const path of paths) {
      const visit = await measureFirstVisit(path);
      heaviest = Math.max(heaviest, visit.total);
      if (visit.total > budget.ceilingKB * KB) over.push(describeVisit(path, visit));
      console.log(`${describeVisit(path, visit)}; ceiling ${budget.ceilingKB} KB, target ${budget.targetKB ?? '-'} KB`);
    }
    console.log(`${budget.kind}: heaviest ${(heaviest / KB).toFixed(1)} KB of a ${budget.ceilingKB} KB ceiling`);
    expect(over).toEqual([]);
  });
});

describe('every page but the tools', () => {
  it('loads no framework JavaScript, not even through a shared chunk', async () => {
    const pages = (await sitemapPaths()).filter((p) => !/^\/tools\/[^/]+\/$/.test(p));
    expect(pages).toEqual(expect.arrayContaining(['/', '/guides/', '/privacy/', '/search/']));
    for (const path of pages) {
      const html = await readFile(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/<astro-island|renderer-url|component-url/);
      const { files } = await pageScriptBytes(join(DIST, path, 'index.html'));
      for (const script of files) {
        // island-runtime is the chunk astro.config.mjs gives Preact and its renderer.
        expect(script, `${path} loads a framework chunk`).not.toMatch(
          /island-runtime|preact|hooks\.module|client\.[\w-]+\.js$/i,
        );
        const code = await readFile(join(DIST, script), 'utf8');
        expect(code, `${path} loads ${script}`).not.toMatch(/preact/i);
      }
    }
  });
});

describe('the measure', () => {
  it('counts every part of a page (so a budget can be exceeded)', async () => {
    const visit = await measureFirstVisit('/');
    expect(visit.html).toBeGreaterThan(500);
    expect(visit.css).toBeGreaterThan(500);
    expect(visit.favicon).toBeGreaterThan(0);
    expect(visit.js).toBeGreaterThan(0);
    expect(visit.total).toBe(visit.html + visit.css + visit.js + visit.favicon);
  });
});

/**
 * Size budgets on the built site: what a first visit downloads (HTML + CSS + JS + favicon, gzip) against the
 * ceilings and targets in scripts/budgets.mjs, and no framework JavaScript on any page but the tools. Exports and
 * the panels a reader opens are dynamic imports, which pageScriptBytes does not follow. An inline script counts once,
 * as part of the HTML that carries it. Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../scripts/budgets.mjs';
import { DIST, pageScriptBytes } from './support/site';

const KB = 1024;

async function sitemapPaths(): Promise<string[]> {
  const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

const gzipOf = async (sitePath: string) => gzipSync(await readFile(join(DIST, sitePath))).length;

interface FirstVisit {
  html: number;
  css: number;
  js: number;
  favicon: number;
  total: number;
  scripts: string[];
}

async function measureFirstVisit(path: string): Promise<FirstVisit> {
  const htmlFile = join(DIST, path, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += await gzipOf(m[1]!);
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gzipSync(m[1]!).length;
  const icon = /<link\b[^>]*rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
  const favicon = icon ? await gzipOf(icon) : 0;
  // Inline scripts travel inside the HTML, which is already counted.
  const { files, gzipBytes, inlineGzipBytes } = await pageScriptBytes(htmlFile);
  const js = gzipBytes - inlineGzipBytes;
  const htmlBytes = gzipSync(html).length;
  return { html: htmlBytes, css, js, favicon, total: htmlBytes + css + js + favicon, scripts: files };
}

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

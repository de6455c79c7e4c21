/**
 * Size budgets on the built site (gzip, what a first visit downloads):
 * - no page but the three tools loads framework JavaScript;
 * - a guide page ships at most 50 KB for HTML + CSS + JS + favicon;
 * - a tool page ships at most 100 KB before any export is asked for (exports are dynamic imports, which
 *   pageScriptBytes does not follow);
 * - the message check ships at most 32 KB (issue 15; target 24 KB): the form and the printable list of signs. Its
 *   matcher and rules load when the reader first uses the form, and tests/e2e/message-check.test.ts checks that
 *   nothing else loads without interaction.
 * Inline scripts are counted twice (in the HTML and in the JS), which errs on the heavy side.
 * Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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
  const { files, gzipBytes: js } = await pageScriptBytes(htmlFile);
  const htmlBytes = gzipSync(html).length;
  return { html: htmlBytes, css, js, favicon, total: htmlBytes + css + js + favicon, scripts: files };
}

const describeVisit = (path: string, v: FirstVisit) =>
  `${path}: ${(v.total / KB).toFixed(1)} KB (HTML ${v.html}, CSS ${v.css}, JS ${v.js}, favicon ${v.favicon} bytes)`;

describe('guide pages', () => {
  it('ship at most 50 KB compressed for a first visit', async () => {
    const guides = (await sitemapPaths()).filter((p) => p.startsWith('/guides/'));
    expect(guides).toContain('/guides/');
    const over: string[] = [];
    for (const path of guides) {
      const visit = await measureFirstVisit(path);
      if (visit.total > 50 * KB) over.push(describeVisit(path, visit));
    }
    expect(over).toEqual([]);
  });
});

describe('every page but the three tools', () => {
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

describe('tool pages', () => {
  it('ship at most 100 KB compressed before any export is asked for', async () => {
    const tools = (await sitemapPaths()).filter((p) => /^\/tools\/[^/]+\/$/.test(p));
    expect(tools.length).toBeGreaterThanOrEqual(3);
    const over: string[] = [];
    for (const path of tools) {
      const visit = await measureFirstVisit(path);
      if (visit.total > 100 * KB) over.push(describeVisit(path, visit));
    }
    expect(over).toEqual([]);
  });
});

describe('the message check page', () => {
  it('ships at most 32 KB compressed for a first visit (target 24 KB), without the matcher', async () => {
    const path = '/tools/message-check/';
    const visit = await measureFirstVisit(path);
    console.log(`${describeVisit(path, visit)}; target 24 KB, ceiling 32 KB`);
    expect(visit.scripts.some((f) => f.includes('MessageCheck'))).toBe(true);
    // The matcher is a dynamic import: a static import of it would put its rules' code in every first visit.
    expect(visit.scripts.filter((f) => /engine/i.test(f))).toEqual([]);
    expect(visit.total).toBeLessThanOrEqual(32 * KB);
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

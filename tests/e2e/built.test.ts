/**
 * Checks over the built site in dist/: every page's metadata, links and anchors, scripts on guide pages,
 * the search index, and HTML validity. Run after `npm run build`.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it, beforeAll } from 'vitest';
import { DIST, listHtmlFiles } from './support/site';

interface BuiltPage {
  /** Site path, e.g. "/guides/upwork-conversion-fee/". */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function toSitePath(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

let pages: BuiltPage[] = [];

beforeAll(async () => {
  const files = await listHtmlFiles(DIST);
  pages = await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      return { path: toSitePath(file), file, html, root: parse(html) };
    }),
  );
});

const guidePages = () => pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p.path));

describe('every built page', () => {
  it('exists in numbers that cover the site', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(guidePages().length).toBeGreaterThanOrEqual(3);
  });

  it('has lang, a title, a meta description, one h1 and a canonical URL', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const { root, path } = page;
      if (!root.querySelector('html')?.getAttribute('lang')) problems.push(`${path}: no lang`);
      if (!root.querySelector('title')?.text.trim()) problems.push(`${path}: no title`);
      const description = root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      if (description.length < 20 || description.length > 200) problems.push(`${path}: description "${description}"`);
      const h1s = root.querySelectorAll('h1').length;
      if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (page.path !== '/404.html' && !canonical.endsWith(path)) problems.push(`${path}: canonical "${canonical}"`);
      if (!root.querySelector('meta[property="og:title"]')) problems.push(`${path}: no Open Graph title`);
    }
    expect(problems).toEqual([]);
  });

  it('links only to pages and anchors that exist', async () => {
    const ids = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));
    const problems: string[] = [];
    for (const page of pages) {
      for (const a of page.root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href) || (href.startsWith('#') && href.length === 1)) continue;
        const url = new URL(href, `http://site${page.path}`);
        if (url.host !== 'site') continue;
        const target = url.pathname;
        const targetIds = ids.get(target);
        if (!targetIds) {
          const exists = await stat(join(DIST, target)).then(
            (s) => s.isFile(),
            () => false,
          );
          if (!exists) problems.push(`${page.path}: broken link ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        // A fragment holding tool state (name=value) is not an anchor.
        if (anchor && !anchor.includes('=') && !targetIds.has(anchor))
          problems.push(`${page.path}: missing anchor ${href}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro emits these; they are not errors for browsers or assistive technology.
        'no-inline-style': 'off',
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        'long-title': 'off',
        'attribute-empty-style': 'off',
        'no-redundant-role': 'off',
      },
    });
    // Astro writes this one <style> before a page's first island, inside <body>; browsers apply it as intended.
    const islandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html.replace(islandStyle, ''), page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('guide pages', () => {
  it('load no framework JavaScript', () => {
    for (const page of guidePages()) {
      expect(page.html, page.path).not.toMatch(/<astro-island|renderer-url|preact/i);
    }
  });
});

describe('the search index', () => {
  it('exists and covers every guide', async () => {
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBeGreaterThanOrEqual(guidePages().length);
    for (const page of guidePages()) expect(page.html, page.path).toContain('data-pagefind-body');
  });
});

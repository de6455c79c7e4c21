/**
 * Shared harness for tests over the built site: a static server for dist/ on a free loopback port, Debian's
 * Chromium through playwright-core, axe at WCAG 2.2 AA, and the byte cost of a page's scripts.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

export const DIST = resolve(import.meta.dirname, '../../../dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way a static host does: /path/ → /path/index.html, unknown paths → 404.html with 404.
 * `headers` are added to every response (the security headers test passes the site's _headers policy here).
 */
export async function startStaticServer(
  dir: string = DIST,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export async function newPage(
  browser: Browser,
  opts: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    javaScriptEnabled?: boolean;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  return { context, page };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fails with a readable list (rule, impact, first targets) when axe finds any WCAG 2.2 AA violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * The gzip size of the JavaScript an island costs a page: its component and renderer modules with their static
 * imports followed transitively, plus Astro's inline island runtime. Site chrome (the theme toggle, the header
 * search) is on every page, guides included, and is budgeted with the page in budgets.test.ts, not here.
 * Dynamic import()s are not followed: that is how exports stay out of a tool's first-load budget.
 */
export async function islandScriptBytes(htmlFile: string): Promise<{ files: string[]; gzipBytes: number }> {
  const html = await readFile(htmlFile, 'utf8');
  let gzipBytes = 0;
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]!.includes('astro:')) gzipBytes += gzipSync(m[1]!).length;
  }
  const roots = [...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!);
  const modules = await followModuleImports(roots);
  return { files: modules.files, gzipBytes: gzipBytes + modules.gzipBytes };
}

/** Every script a built page loads on first visit (external, module and inline), with static imports followed. */
export async function pageScriptBytes(htmlFile: string): Promise<{ files: string[]; gzipBytes: number }> {
  const html = await readFile(htmlFile, 'utf8');
  let gzipBytes = 0;
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (m[1]!.trim()) gzipBytes += gzipSync(m[1]!).length;
  }
  const roots = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const modules = await followModuleImports(roots);
  return { files: modules.files, gzipBytes: gzipBytes + modules.gzipBytes };
}

async function followModuleImports(roots: string[]): Promise<{ files: string[]; gzipBytes: number }> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (url: string) => {
    if (!url.startsWith('/') || seen.has(url)) return;
    seen.add(url);
    queue.push(url);
  };
  roots.forEach(add);
  const files: string[] = [];
  let gzipBytes = 0;
  while (queue.length > 0) {
    const url = queue.shift()!;
    const code = await readFile(join(DIST, url));
    files.push(url);
    gzipBytes += gzipSync(code).length;
    const text = code.toString('utf8');
    for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
      add(new URL(m[1]!, `http://x${url}`).pathname);
    }
  }
  return { files, gzipBytes };
}

/**
 * The scripts a page fetches by itself, from navigation until the network has been quiet for a second, with no
 * reader interaction. A budget test compares them with islandScriptBytes' static set, so code cannot dodge the
 * budget by being imported dynamically straight after hydration.
 */
export async function scriptsFetchedWithoutInteraction(page: Page, url: string): Promise<string[]> {
  const fetched = new Set<string>();
  const listener = (request: { url(): string; resourceType(): string }) => {
    if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname);
  };
  page.on('request', listener);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  page.off('request', listener);
  return [...fetched].sort();
}

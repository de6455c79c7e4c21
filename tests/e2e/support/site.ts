/**
 * Shared harness for tests over the built site: dist/ served as a static host serves it and Debian's Chromium
 * (both from scripts/, which the benchmarks share), axe at WCAG 2.2 AA, and the byte cost of a page's scripts.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser } from '../../../scripts/chromium.mjs';
import {
  islandScriptBytes as islandBytesIn,
  pageScriptBytes as pageBytesIn,
  type ScriptBytes,
} from '../../../scripts/script-bytes.mjs';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';

export const DIST = resolve(import.meta.dirname, '../../../dist');

export interface SiteAndBrowser {
  /** The server's origin, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
  readonly browser: Browser;
  /** What the server adds to every response. */
  readonly headers: Record<string, string>;
}

/**
 * Serves dist/ and starts Chromium before a file's tests, and closes both after them. Read the getters inside
 * tests and hooks: they throw until the file's beforeAll has run. `headers` is called once, before the server
 * starts (a policy read from dist/_headers, or one a test builds from the built pages).
 */
export function useSiteAndBrowser(
  options: { headers?: () => Record<string, string> | Promise<Record<string, string>> } = {},
): SiteAndBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let headers: Record<string, string> | undefined;
  beforeAll(async () => {
    headers = (await options.headers?.()) ?? {};
    server = await startStaticServer(DIST, { headers });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSiteAndBrowser: read the site inside a test or hook');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
    get headers() {
      return started(headers);
    },
  };
}

/** Every built HTML page under `dir`, without Pagefind's and Astro's asset folders. */
export async function listHtmlFiles(dir: string = DIST): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...(await listHtmlFiles(full)));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
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

/** Every WCAG 2.2 AA violation axe finds, each as a readable line (rule, impact, first targets). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** Fails with a readable list when axe finds any WCAG 2.2 AA violation. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${label}`).toEqual([]);
}

/** An island's JavaScript on a built page (scripts/script-bytes.mjs, which the benchmark shares). */
export const islandScriptBytes = (htmlFile: string): Promise<ScriptBytes> => islandBytesIn(DIST, htmlFile);

/** Every script a built page loads on a first visit, inline ones included. */
export const pageScriptBytes = (htmlFile: string): Promise<ScriptBytes> => pageBytesIn(DIST, htmlFile);

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

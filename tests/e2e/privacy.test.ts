/**
 * The privacy page's promises, proven in Chromium over the built site:
 * - every tool, filled with distinctive text and numbers (SAMPLE), exported and reloaded, makes no request that
 *   leaves the origin, no request other than a GET for a file that exists in dist/ (the site's static files and
 *   the search index), and no request whose URL, headers or body carries what was typed;
 * - no cookies, IndexedDB, Cache Storage, service workers or sessionStorage are used;
 * - the keys listed on /privacy/ are exactly the keys the tools and the theme toggle store, all `offramp:`;
 * - the page's "Clear everything" button, pressed with the keyboard, removes all of them and says how many.
 * Run after `npm run build`.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSiteHeaders } from './support/headers';
import { DIST, newPage, useSiteAndBrowser } from './support/site';
import {
  SAMPLE_MARKERS,
  stubPrint,
  TOOL_PAGES,
  TOOL_STATES,
  waitForIslands,
  type ToolState,
} from './support/tool-states';

const site = useSiteAndBrowser({ headers: readSiteHeaders });

async function isBuiltFile(pathname: string): Promise<boolean> {
  const file = join(DIST, decodeURIComponent(pathname));
  if (!file.startsWith(DIST)) return false;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return true;
  return (
    info?.isDirectory() === true && (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile() === true
  );
}

/** Everything wrong with one request, or nothing. */
async function judgeRequest(request: Request, navigatedTo: string): Promise<string[]> {
  const url = new URL(request.url());
  const problems: string[] = [];
  // Downloads made in the page (Blob URLs) and inline data never touch the network.
  if (url.protocol === 'blob:' || url.protocol === 'data:') return [];
  if (url.origin !== site.url) return [`left the origin: ${request.method()} ${request.url()}`];
  if (request.method() !== 'GET') problems.push(`${request.method()} ${url.pathname}`);
  if (request.postData() !== null) problems.push(`a request body to ${url.pathname}`);
  // Pagefind asks for its entry file with a cache-busting timestamp (?ts=<digits>); nothing else has a query.
  const cacheBuster = url.pathname.startsWith('/pagefind/') && /^\?ts=\d+$/.test(url.search);
  if (url.search && !cacheBuster && request.url() !== site.url + navigatedTo) {
    problems.push(`a query string: ${request.url()}`);
  }
  if (!(await isBuiltFile(url.pathname))) problems.push(`not a built file: ${url.pathname}`);
  const sent = `${decodeURIComponent(request.url())}\n${JSON.stringify(await request.allHeaders())}`.toLowerCase();
  for (const marker of SAMPLE_MARKERS) {
    if (sent.includes(marker)) problems.push(`typed text "${marker}" sent in ${request.url()}`);
  }
  return problems;
}

/** Runs a tool state in a page, recording every request (and any WebSocket) the page makes. */
async function runRecorded(context: BrowserContext, page: Page, state: ToolState, problems: string[]) {
  const pending: Promise<void>[] = [];
  const onRequest = (request: Request) => {
    pending.push(
      judgeRequest(request, state.path).then((found) => {
        problems.push(...found.map((p) => `${state.label}: ${p}`));
      }),
    );
  };
  context.on('request', onRequest);
  page.on('websocket', (ws) => problems.push(`${state.label}: opened a WebSocket to ${ws.url()}`));
  try {
    await page.goto(site.url + state.path, { waitUntil: 'networkidle' });
    await state.steps(page);
    await page.waitForLoadState('networkidle');
  } finally {
    context.off('request', onRequest);
    await Promise.all(pending);
  }
}

async function readStorage(context: BrowserContext, page: Page) {
  await page.goto(site.url + '/privacy/');
  const inPage = await page.evaluate(async () => ({
    local: Object.keys(localStorage).sort(),
    session: Object.keys(sessionStorage).sort(),
    indexedDb: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return { ...inPage, cookies: (await context.cookies()).map((c) => c.name) };
}

describe('what a tool does with what the reader types', () => {
  it('never leaves the origin and never sends the typed text, through every tool state', async () => {
    const problems: string[] = [];
    const typedIn: string[] = [];
    for (const state of TOOL_STATES) {
      const { context, page } = await newPage(site.browser);
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
        await context.addInitScript(stubPrint);
        await runRecorded(context, page, state, problems);
        const typed = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('main input, main textarea')].some((e) =>
            /zebracorn|7319/i.test(e.value),
          ),
        );
        if (typed) typedIn.push(state.label);
      } finally {
        await context.close();
      }
    }
    expect(problems).toEqual([]);
    // Once the tools have text fields, the sample must really have been typed, or this test proves nothing.
    const { context, page } = await newPage(site.browser);
    try {
      for (const tool of TOOL_PAGES) {
        await page.goto(site.url + tool.path);
        await waitForIslands(page);
        const textFields = await page.locator('main input[type=text], main input:not([type]), main textarea').count();
        const filledStates = TOOL_STATES.filter((s) => s.path === tool.path && /filled in/.test(s.label));
        if (textFields > 0) {
          expect(
            typedIn.filter((label) => filledStates.some((s) => s.label === label)),
            tool.path,
          ).not.toEqual([]);
        }
      }
    } finally {
      await context.close();
    }
  }, 600_000);

  it('catches a request that carries typed text (so a silent run means something)', async () => {
    const { context, page } = await newPage(site.browser);
    const problems: string[] = [];
    try {
      const leaky: ToolState = {
        path: '/privacy/',
        label: 'deliberate leak',
        steps: async (p) => {
          await p.evaluate(() => fetch('/search/?q=Zebracorn').then((r) => r.text()));
        },
      };
      await runRecorded(context, page, leaky, problems);
    } finally {
      await context.close();
    }
    expect(problems.join('\n')).toMatch(/typed text "zebracorn"/);
    expect(problems.join('\n')).toMatch(/a query string/);
  });
});

describe('what is stored in the browser', () => {
  it('is exactly what the privacy page lists, all under offramp:, and "Clear everything" removes it', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await context.addInitScript(stubPrint);
      // Use everything once: every tool state, then the theme toggle.
      const ignored: string[] = [];
      // Keys are collected after every state: a later state (a tampered link, "Start again") may remove them.
      const everStored = new Set<string>();
      const collect = async () => {
        for (const key of await page.evaluate(() => Object.keys(localStorage))) everStored.add(key);
      };
      for (const state of TOOL_STATES) {
        await runRecorded(context, page, state, ignored);
        await collect();
      }
      await page.goto(site.url + '/');
      await page.locator('[data-theme-toggle]').click();
      await collect();

      const stored = await readStorage(context, page);
      const storedNow = stored.local;
      stored.local = [...everStored].sort();
      expect(stored.cookies, 'cookies').toEqual([]);
      expect(stored.session, 'sessionStorage').toEqual([]);
      expect(stored.indexedDb, 'IndexedDB').toEqual([]);
      expect(stored.caches, 'Cache Storage').toEqual([]);
      expect(stored.workers, 'service workers').toBe(0);
      for (const key of stored.local) expect(key, 'every key is namespaced').toMatch(/^offramp:/);

      const listed = (await page.locator('main dl dt code').allTextContents()).map((t) => t.trim());
      expect(listed.length).toBeGreaterThan(0);
      // A listed key ending in ':…' or ':*' stands for a family of keys with that prefix.
      const matches = (key: string, entry: string) =>
        /[…*]$/.test(entry) ? key.startsWith(entry.slice(0, -1)) : key === entry;
      const unlisted = stored.local.filter((key) => !listed.some((entry) => matches(key, entry)));
      const neverStored = listed.filter((entry) => !stored.local.some((key) => matches(key, entry)));
      expect(unlisted, 'stored but not listed on /privacy/').toEqual([]);
      expect(neverStored, 'listed on /privacy/ but never stored by using the site').toEqual([]);

      // The clear button, by keyboard; something outside the site's namespace must survive it.
      await page.evaluate(() => localStorage.setItem('another-site-key', 'kept'));
      const button = page.getByRole('button', { name: 'Clear everything' });
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Cleared' }).textContent())
        .toBe(`Cleared ${storedNow.length} ${storedNow.length === 1 ? 'item' : 'items'}.`);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['another-site-key']);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();

      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Cleared' }).textContent())
        .toBe('Cleared 0 items.');
    } finally {
      await context.close();
    }
  }, 600_000);
});

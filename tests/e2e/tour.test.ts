/**
 * One visit to every page and every tool state, checking everything there at once (issue 14: each page and state
 * visited once): axe at WCAG 2.2 AA in light and in dark mode, no sideways scrolling at 320 px, no CSP violation,
 * console error or page error under the site's real headers, and no request that leaves the origin, is not a
 * built file or carries what the reader typed. The tool states then prove that what the browser stores is exactly
 * what the privacy page lists, and that its "Clear everything" removes it. Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSiteHeaders } from './support/headers';
import { recordRequests } from './support/requests';
import { axeViolations, DIST, newPage, useSiteAndBrowser } from './support/site';
import { stubPrint, TOOL_PAGES, TOOL_STATES } from './support/tool-states';
import { watchProblems } from './support/watch';

const site = useSiteAndBrowser({ headers: readSiteHeaders });

async function sitemapPaths(): Promise<string[]> {
  const sitemap = await readFile(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** axe in light, then dark (the media feature switches in place, no second visit), then 320 px. */
async function checkWhatIsShown(page: Page, label: string, problems: string[]): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const v of await axeViolations(page)) problems.push(`${label} (${colorScheme}): axe ${v}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const { width, height } = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) problems.push(`${label}: ${overflow} px too wide at 320 px`);
  await page.setViewportSize({ width, height });
}

describe('every page, visited once', () => {
  it('passes axe light and dark, fits 320 px, and shows no policy violation, error or stray request', async () => {
    const paths = [...(await sitemapPaths()), '/404.html', '/no-such-page/'];
    for (const p of ['/', '/guides/', '/glossary/', '/search/', '/sources/', '/privacy/', '/tools/']) {
      expect(paths).toContain(p);
    }
    const problems: string[] = [];
    const { context, page } = await newPage(site.browser);
    try {
      const watch = await watchProblems(context, page);
      for (const path of paths) {
        watch.label(path);
        const visit = async () => {
          await page.goto(site.url + path, { waitUntil: 'networkidle' });
          // Anything that runs on scroll runs now.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        };
        // A page that does not exist is the one request allowed to miss: that is the 404 working.
        if (path === '/no-such-page/') await visit();
        else await recordRequests(site.url, context, page, path, path, problems, visit);
        await checkWhatIsShown(page, path, problems);
      }
      // Chromium reports a missing page as a failed resource load; that is the 404 working, not a fault.
      problems.push(...watch.list.filter((p) => !/^\/no-such-page\/.*404 \(Not Found\)/.test(p)));
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('every tool state, visited once', () => {
  it('passes axe light and dark, breaks no policy, sends nothing typed, and stores only what the privacy page lists', async () => {
    const problems: string[] = [];
    const typedIn: string[] = [];
    const everStored = new Set<string>();
    const { context, page } = await newPage(site.browser);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await context.addInitScript(stubPrint);
      const watch = await watchProblems(context, page);
      const collect = async () => {
        for (const key of await page.evaluate(() => Object.keys(localStorage))) everStored.add(key);
      };
      for (const state of TOOL_STATES) {
        watch.label(state.label);
        try {
          await recordRequests(site.url, context, page, state.label, state.path, problems, async () => {
            await page.goto(site.url + state.path, { waitUntil: 'networkidle' });
            await state.steps(page);
            await page.waitForLoadState('networkidle');
          });
        } catch (error) {
          problems.push(`${state.label}: steps failed: ${(error as Error).message.split('\n')[0]}`);
          continue;
        }
        const typed = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLInputElement>('main input, main textarea')].some((e) =>
            /zebracorn|7319/i.test(e.value),
          ),
        );
        if (typed) typedIn.push(state.label);
        await checkWhatIsShown(page, state.label, problems);
        await collect();
      }
      problems.push(...watch.list);

      // Everything else the site stores: the theme toggle and a guide's checklist.
      await page.goto(site.url + '/');
      await page.locator('[data-theme-toggle]').click();
      await collect();
      await page.goto(site.url + '/guides/check-a-client/');
      await page.locator('.checklist input[type=checkbox]').first().check();
      await collect();

      await page.goto(site.url + '/privacy/');
      const kept = await page.evaluate(async () => ({
        session: Object.keys(sessionStorage),
        indexedDb: (await indexedDB.databases()).map((d) => d.name ?? ''),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect({ ...kept, cookies: (await context.cookies()).map((c) => c.name) }).toEqual({
        session: [],
        indexedDb: [],
        caches: [],
        workers: 0,
        cookies: [],
      });
      const listed = (await page.locator('main dl dt code').allTextContents()).map((t) => t.trim());
      expect(listed.length).toBeGreaterThan(0);
      // A listed key ending in ':…' or ':*' stands for a family of keys with that prefix.
      const matches = (key: string, entry: string) =>
        /[…*]$/.test(entry) ? key.startsWith(entry.slice(0, -1)) : key === entry;
      const stored = [...everStored].sort();
      for (const key of stored) expect(key, 'every key is namespaced').toMatch(/^offramp:/);
      expect(
        stored.filter((key) => !listed.some((entry) => matches(key, entry))),
        'stored but not listed',
      ).toEqual([]);
      expect(
        listed.filter((entry) => !stored.some((key) => matches(key, entry))),
        'listed but never stored',
      ).toEqual([]);

      // The clear button, by keyboard; something outside the site's namespace must survive it.
      const now = await page.evaluate(() => Object.keys(localStorage).length);
      await page.evaluate(() => localStorage.setItem('another-site-key', 'kept'));
      const button = page.getByRole('button', { name: 'Clear everything' });
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Cleared' }).textContent())
        .toBe(`Cleared ${now} ${now === 1 ? 'item' : 'items'}.`);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['another-site-key']);
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
    // Every tool with text fields must have had the sample typed into it, or the request check proves nothing.
    const { context: again, page: fresh } = await newPage(site.browser);
    try {
      for (const tool of TOOL_PAGES) {
        await fresh.goto(site.url + tool.path, { waitUntil: 'networkidle' });
        const textFields = await fresh.locator('main input[type=text], main input:not([type]), main textarea').count();
        if (textFields === 0) continue;
        expect(
          typedIn.some((label) => label.startsWith(`${tool.label}: filled in`)),
          tool.path,
        ).toBe(true);
      }
    } finally {
      await again.close();
    }
  }, 900_000);
});

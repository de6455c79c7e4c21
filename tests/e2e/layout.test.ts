/**
 * Layout rules on a phone (375 × 812, and 320 px wide), in Chromium over the built site:
 * - the header takes at most 15% of a 375 × 812 screen (121 px), at 320 px too, on every page;
 * - every guide and tool page on the four-step path opens with the step navigation, before the h1 and on the
 *   first screen, with its own step marked, and its "Next" follows the path;
 * - header, content and footer share one column at 1280 px;
 * - nothing on the page moves while it loads and its scripts start (no layout shift), with the CPU slowed as
 *   Lighthouse slows it, on the home page, a guide, each tool and the search page;
 * - nothing scrolls sideways at 320 px, with the header's search field open;
 * - the header's search button opens a focused field (mouse, keyboard, "/"), Escape closes it, nothing of search
 *   loads before that; without JavaScript it is a link to /search/, which has one search box of its own.
 * Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOPIC_LABELS, TOPICS } from '../../src/lib/guides/schema';
import { findNeighboursOnPath, findPlace, hrefOf, pageAt } from '../../src/lib/path';
import { PATH_STEPS } from '../../src/lib/site';
import { DIST, newPage, useSiteAndBrowser } from './support/site';
import { TOOL_PAGES, waitForIslands } from './support/tool-states';

const site = useSiteAndBrowser();
const PHONE = { width: 375, height: 812 };
const NARROW = { width: 320, height: 640 };
/** 15% of a 375 × 812 screen. */
const MAX_HEADER = Math.floor(0.15 * PHONE.height);

const paths = [...readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!).pathname,
);
/** Guide and tool pages; which of them are on the path, the built pages say (a guide by its topic). */
const pathPages = paths.filter((p) => pageAt(p) !== undefined);

/** The step a built page should mark: a tool's from PATH_STEPS, a guide's from the topic it declares. */
function expectedStep(path: string): number | undefined {
  const page = pageAt(path)!;
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const label = /<meta name="offramp-topic" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;|&rsquo;/g, '’');
  const topic = TOPICS.find((t) => TOPIC_LABELS[t] === label);
  return findPlace(page, () => topic)?.step.step;
}

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);

describe('the header', () => {
  it.each([
    ['375 × 812', PHONE],
    ['320 px', NARROW],
  ])(`is at most ${MAX_HEADER} px tall at %s on every page`, async (_, viewport) => {
    const { context, page } = await newPage(site.browser, { viewport });
    try {
      const tall: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        const height = await headerHeight(page);
        expect(height, `${path}: the header is measured`).toBeGreaterThan(40);
        if (height > MAX_HEADER) tall.push(`${path}: ${Math.round(height)} px`);
      }
      expect(tall).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('one column', () => {
  it('lines up the header, the content and the footer on every page at 1280 px', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      const off: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        const [logo, h1, footer] = await page.evaluate(() =>
          ['.site-logo', 'main h1', '.site-footer__advice'].map(
            (q) => document.querySelector(q)?.getBoundingClientRect().left ?? NaN,
          ),
        );
        if (!(Math.abs(logo! - h1!) <= 1 && Math.abs(logo! - footer!) <= 1))
          off.push(`${path}: logo ${logo}, h1 ${h1}, footer ${footer}`);
      }
      expect(off).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the step navigation', () => {
  it('covers every tool on the path and the guides of every step', () => {
    for (const s of PATH_STEPS) {
      expect(pathPages).toContain(`/guides/${s.guide}/`);
      for (const t of s.tools) expect(pathPages).toContain(`/tools/${t}/`);
    }
    expect(pathPages.filter((p) => expectedStep(p) === undefined)).toEqual([]);
  });

  it('comes before the content, on the first screen, with the page’s step marked, on every page on the path', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE });
    try {
      const problems: string[] = [];
      for (const path of pathPages) {
        await page.goto(site.url + path);
        const found = await page.evaluate(() => {
          const nav = document.querySelector('main .step-nav');
          const h1 = document.querySelector('main h1');
          if (!nav || !h1) return undefined;
          const box = nav.getBoundingClientRect();
          const header = document.querySelector('.site-header')!.getBoundingClientRect();
          return {
            beforeH1: Boolean(nav.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING),
            firstInMain: document.querySelector('main')!.firstElementChild === nav,
            top: box.top,
            bottom: box.bottom,
            headerBottom: header.bottom,
            name: nav.querySelector('#step-nav-title')?.textContent?.replace(/\s+/g, ' ').trim(),
            current: [...nav.querySelectorAll('[aria-current="step"]')].map((a) => a.textContent?.replace(/\s+/g, ' ')),
          };
        });
        if (!found) {
          problems.push(`${path}: no step navigation or no h1`);
          continue;
        }
        const step = expectedStep(path)!;
        if (!found.beforeH1 || !found.firstInMain) problems.push(`${path}: the step navigation is not first`);
        if (found.top < found.headerBottom - 1 || found.bottom > PHONE.height)
          problems.push(`${path}: the step navigation is at ${found.top}–${found.bottom} px, not on the first screen`);
        if (!/^Part of /.test(found.name ?? '')) problems.push(`${path}: it is not named "Part of …"`);
        if (found.current.length !== 1 || !found.current[0]!.includes(PATH_STEPS[step - 1]!.title))
          problems.push(`${path}: marks ${JSON.stringify(found.current)}, expected step ${step}`);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('links "Next" along the path: the hub goes to step 2, each page to the next on the path', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE });
    try {
      await page.goto(site.url + `/guides/${PATH_STEPS[0]!.guide}/`);
      expect(await page.locator('nav.pager a[rel=next]').getAttribute('href')).toBe(`/guides/${PATH_STEPS[1]!.guide}/`);
      expect(await page.locator('nav.pager a[rel=next]').textContent()).toMatch(/step 2/);
      for (const path of pathPages) {
        await page.goto(site.url + path);
        const place = findPlace(pageAt(path)!, () => TOPICS[expectedStep(path)! - 1]);
        const { next } = findNeighboursOnPath(place!);
        const href = await page
          .locator('nav.pager a[rel=next]')
          .getAttribute('href', { timeout: 1000 })
          .catch(() => null);
        expect(href, path).toBe(next ? hrefOf(next) : null);
      }
    } finally {
      await context.close();
    }
  });

  it('is not on pages off the path', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE });
    try {
      for (const path of ['/', '/guides/', '/tools/', '/search/', '/privacy/', '/glossary/']) {
        await page.goto(site.url + path);
        expect(await page.locator('.step-nav').count(), path).toBe(0);
      }
    } finally {
      await context.close();
    }
  });
});

describe('at 320 px', () => {
  it('nothing scrolls sideways, with the header’s search field open', async () => {
    const { context, page } = await newPage(site.browser, { viewport: NARROW });
    try {
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        const toggle = page.locator('[data-search-toggle]');
        if (await toggle.isVisible()) await toggle.click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) wide.push(`${path}: ${overflow} px too wide`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the search button on a phone', () => {
  const GUIDE = '/guides/off-platform-scams/';
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('opens a focused field, loading search only then; Escape closes the results, then the field', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    try {
      await page.goto(site.url + GUIDE, { waitUntil: 'networkidle' });
      const button = page.locator('[data-search-toggle]');
      const field = page.locator('#site-search-input');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await button.getAttribute('aria-controls')).toBe('site-search');
      expect(await field.isVisible()).toBe(false);
      expect(requests.filter((p) => p.startsWith('/pagefind/') || /search-box/.test(p))).toEqual([]);

      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await field.isVisible()).toBe(true);
      expect(await focusedId(page)).toBe('site-search-input');
      expect(await headerHeight(page)).toBeGreaterThan(MAX_HEADER - 20);

      await page.keyboard.type('deposit');
      await page.locator('[data-site-search-panel] li').first().waitFor({ timeout: 15_000 });
      expect(requests).toContain('/pagefind/pagefind.js');
      await page.keyboard.press('Escape');
      expect(await page.locator('[data-site-search-panel]').isVisible()).toBe(false);
      expect(await field.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await field.isVisible()).toBe(false);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await focusedName(page)).toBe('Search');
      expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_HEADER);
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard: Tab to it, Enter opens, Escape returns; the button closes it too; so does "/"', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE });
    try {
      await page.goto(site.url + GUIDE);
      const field = page.locator('#site-search-input');
      // Skip link, logo, then the search button.
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('Search');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('site-search-input');
      await page.keyboard.press('Escape');
      expect(await focusedName(page)).toBe('Search');
      expect(await field.isVisible()).toBe(false);
      await page.keyboard.press('Space');
      expect(await field.isVisible()).toBe(true);
      await page.locator('[data-search-toggle]').click();
      expect(await field.isVisible()).toBe(false);

      await page.locator('main h1').click();
      await page.keyboard.press('/');
      expect(await focusedId(page)).toBe('site-search-input');
      expect(await page.locator('[data-search-toggle]').getAttribute('aria-expanded')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it('is a link to the search page without JavaScript, and the search page has one search box', async () => {
    const { context, page } = await newPage(site.browser, { viewport: PHONE, javaScriptEnabled: false });
    try {
      await page.goto(site.url + GUIDE);
      expect(await page.locator('[data-search-toggle]').isVisible()).toBe(false);
      await page.getByRole('link', { name: 'Search', exact: true }).click();
      await page.waitForURL(/\/search\/$/);
      expect(await page.locator('input[type=search]').count()).toBe(1);
      expect(await page.locator('.site-header form').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Search', exact: true }).getAttribute('aria-current')).toBe('page');
    } finally {
      await context.close();
    }
  });

  it('leaves the field in the header row on a wide screen, with no button', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + GUIDE);
      expect(await page.locator('#site-search-input').isVisible()).toBe(true);
      expect(await page.locator('[data-search-toggle]').isVisible()).toBe(false);
      expect(await page.locator('[data-search-link]').isVisible()).toBe(false);
      expect(await headerHeight(page)).toBeLessThan(70);
    } finally {
      await context.close();
    }
  });
});

describe('while a page loads', () => {
  const guide = paths.find((p) => /^\/guides\/[^/]+\/$/.test(p))!;
  const loading = ['/', guide, ...TOOL_PAGES.map((t) => t.path), '/search/'];

  it.each([
    ['375 × 812', PHONE],
    ['1280 × 800', { width: 1280, height: 800 }],
  ])('moves nothing at %s while the page loads and its scripts start', async (_, viewport) => {
    const { context, page } = await newPage(site.browser, { viewport });
    try {
      // Lighthouse's mobile CPU: a slow phone is where the first paint comes before the parser, or the islands, are done.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const moved: string[] = [];
        Object.assign(window, { movedWhileLoading: moved });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node }[];
          })[]) {
            const what = entry.sources.map((s) =>
              s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : '?',
            );
            moved.push(`${entry.value.toFixed(4)} (${what.join(', ')})`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const moved: string[] = [];
      for (const path of loading) {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        await waitForIslands(page);
        const shifts = await page.evaluate(
          () => (window as unknown as { movedWhileLoading: string[] }).movedWhileLoading,
        );
        if (shifts.length > 0) moved.push(`${path}: ${shifts.join('; ')}`);
      }
      expect(moved).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

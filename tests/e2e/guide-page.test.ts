/**
 * What a guide page does beyond its text, in Chromium over the built site: checklists you can tick (saved under
 * offramp:, a plain list without JavaScript and on paper), "On this page" marking the section being read, and
 * print (no internal paths, sources with their addresses, tables whole). Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { newPage, useSiteAndBrowser } from './support/site';

const site = useSiteAndBrowser();
const GUIDE = '/guides/check-a-client/';
const KEY = 'offramp:checklists';

describe('a checklist', () => {
  it('has real checkboxes that stay ticked after a reload, and forgets an item once it is unticked', async () => {
    const { context, page } = await newPage(site.browser, { viewport: { width: 375, height: 812 } });
    try {
      await page.goto(site.url + GUIDE);
      const boxes = page.locator('.checklist').first().getByRole('checkbox');
      const count = await boxes.count();
      expect(count).toBeGreaterThan(3);
      // Each box is named by its item's text.
      const firstItem = (await page.locator('.checklist li').first().textContent())!.trim();
      expect(await page.getByRole('checkbox', { name: firstItem }).count()).toBe(1);

      await boxes.nth(0).focus();
      await page.keyboard.press('Space');
      await boxes.nth(2).click();
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toMatch(
        /"lists":\{"\/guides\/check-a-client\/#checklist-/,
      );
      await page.reload();
      const ticked = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
      expect(ticked.map((t, i) => (t ? i : -1)).filter((i) => i >= 0)).toEqual([0, 2]);

      await boxes.nth(0).uncheck();
      await boxes.nth(2).uncheck();
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    } finally {
      await context.close();
    }
  });

  it('is emptied by "Clear everything" on the privacy page', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + GUIDE);
      await page.locator('.checklist input[type=checkbox]').first().check();
      await page.goto(site.url + '/privacy/');
      expect(await page.locator('main dl dt code', { hasText: KEY }).count()).toBe(1);
      await page.getByRole('button', { name: 'Clear everything' }).click();
      await page.goto(site.url + GUIDE);
      expect(await page.locator('.checklist input[type=checkbox]').first().isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('is a plain list without JavaScript and on paper', async () => {
    const noJs = await newPage(site.browser, { javaScriptEnabled: false });
    try {
      await noJs.page.goto(site.url + GUIDE);
      expect(await noJs.page.locator('.checklist li').count()).toBeGreaterThan(3);
      expect(await noJs.page.locator('.checklist input').count()).toBe(0);
      expect(await noJs.page.locator('.checklist ul').evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe(
        'disc',
      );
      // No drawn boxes that look tickable but are not.
      const marker = await noJs.page
        .locator('.checklist li')
        .first()
        .evaluate((li) => getComputedStyle(li, '::before').content);
      expect(marker).toBe('none');
    } finally {
      await noJs.context.close();
    }
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + GUIDE);
      await page.locator('.checklist input[type=checkbox]').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.checklist input[type=checkbox]').first().isVisible()).toBe(false);
      expect(await page.locator('.checklist ul').evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe('disc');
    } finally {
      await context.close();
    }
  });
});

describe('"On this page"', () => {
  it('marks the section being read, and only that one', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + GUIDE);
      const links = page.locator('.toc a');
      expect(await links.count()).toBeGreaterThan(3);
      const current = () =>
        page.locator('.toc a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(await current()).toEqual([]);
      const third = (await links.nth(2).getAttribute('href'))!;
      await page.locator(third).evaluate((h) => h.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await expect.poll(current).toEqual([third]);
      const last = (await links.last().getAttribute('href'))!;
      await links.last().click();
      await expect.poll(current).toEqual([last]);
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  it('prints the address of a source but not the path of a link within the site', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + GUIDE);
      await page.emulateMedia({ media: 'print' });
      const after = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href]')].map((a) => ({
          href: a.getAttribute('href')!,
          printed: getComputedStyle(a, '::after').content,
        })),
      );
      const internal = after.filter((a) => a.href.startsWith('/') || a.href.startsWith('#'));
      const external = after.filter((a) => a.href.startsWith('http'));
      expect(internal.length).toBeGreaterThan(3);
      expect(external.length).toBeGreaterThan(3);
      expect(internal.filter((a) => a.printed !== 'none')).toEqual([]);
      for (const a of external) expect(a.printed).toContain(a.href);
    } finally {
      await context.close();
    }
  });

  it('prints tables whole, without their scroller', async () => {
    const { context, page } = await newPage(site.browser, { viewport: { width: 375, height: 812 } });
    try {
      await page.goto(site.url + '/guides/getting-paid-off-platform/');
      await page.emulateMedia({ media: 'print' });
      const wraps = await page
        .locator('.table-wrap')
        .evaluateAll((els) => els.map((e) => ({ overflow: getComputedStyle(e).overflowX })));
      expect(wraps.length).toBeGreaterThan(0);
      for (const w of wraps) expect(w.overflow).toBe('visible');
    } finally {
      await context.close();
    }
  });
});

describe('the trust check’s checklist', () => {
  it('is a page of its own, not the check’s bulk, that the page links to without JavaScript', async () => {
    const { context, page } = await newPage(site.browser, {
      viewport: { width: 375, height: 812 },
      javaScriptEnabled: false,
    });
    try {
      await page.goto(site.url + '/tools/trust-check/');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(6000);
      await page.locator('.trust-no-js a[href="/tools/trust-check/checklist/"]').click();
      await page.waitForURL(/\/tools\/trust-check\/checklist\/$/);
      expect(await page.locator('#trust-checklist').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

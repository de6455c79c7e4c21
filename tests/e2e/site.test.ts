/**
 * Real-browser checks of the whole site in Debian Chromium: axe on every page in the sitemap, light and dark;
 * the dark-mode toggle by keyboard, remembered across pages; print hides navigation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, expectNoAxeViolations, newPage, useSiteAndBrowser } from './support/site';

const site = useSiteAndBrowser();
// Read at collection time so each page becomes its own test (the site must be built first).
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).concat('/404.html');

describe('every page in the sitemap', () => {
  it('lists the pages a reader needs', () => {
    for (const p of ['/', '/guides/', '/glossary/', '/search/', '/sources/', '/privacy/', '/tools/']) {
      expect(paths).toContain(p);
    }
  });

  describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
    it.each(paths)('%s has no axe violations at WCAG 2.2 AA', async (path) => {
      const { context, page } = await newPage(site.browser, { colorScheme: scheme });
      try {
        await page.goto(site.url + path);
        await expectNoAxeViolations(page, `${path} (${scheme})`);
      } finally {
        await context.close();
      }
    });
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const { context, page } = await newPage(site.browser, { viewport: { width: 320, height: 640 } });
    try {
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(site.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) wide.push(`${path}: ${overflow}px too wide`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('dark mode', () => {
  it('toggles with the keyboard and is remembered on the next page', async () => {
    const { context, page } = await newPage(site.browser, { colorScheme: 'light' });
    try {
      await page.goto(site.url + '/');
      const toggle = page.locator('[data-theme-toggle]');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(await background()).not.toBe('rgb(255, 255, 255)');

      await page.goto(site.url + '/guides/');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations(page, '/guides/ after choosing dark mode');

      await page.locator('[data-theme-toggle]').focus();
      await page.keyboard.press('Space');
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  it('hides navigation and shows where links go on a guide', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      await page.goto(site.url + '/guides/client-asks-to-work-off-platform/');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('nav.pager').isVisible()).toBe(false);
      const after = await page.evaluate(() => {
        const link = document.querySelector('main .sources a[href^="http"]');
        return link ? getComputedStyle(link, '::after').content : '';
      });
      expect(after).toContain('http');
    } finally {
      await context.close();
    }
  });
});

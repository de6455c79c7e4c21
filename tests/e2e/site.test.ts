/**
 * The dark-mode toggle by keyboard, remembered across pages, and print hiding navigation, in Debian Chromium.
 * Axe on every page, light and dark, is in tour.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage, useSiteAndBrowser } from './support/site';

const site = useSiteAndBrowser();

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

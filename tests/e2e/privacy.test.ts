/**
 * The privacy page's promises are proven by tour.test.ts, which visits every tool state once: no request leaves
 * the origin or carries what was typed, nothing is stored but what /privacy/ lists, and "Clear everything" clears
 * it. Here: the request check itself catches a leak, so a silent tour means something. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { readSiteHeaders } from './support/headers';
import { recordRequests } from './support/requests';
import { newPage, useSiteAndBrowser } from './support/site';

const site = useSiteAndBrowser({ headers: readSiteHeaders });

describe('the request check', () => {
  it('catches a request that carries typed text (so a silent tour means something)', async () => {
    const { context, page } = await newPage(site.browser);
    const problems: string[] = [];
    try {
      await page.goto(site.url + '/privacy/');
      await recordRequests(site.url, context, page, 'deliberate leak', '/privacy/', problems, async () => {
        await page.evaluate(() => fetch('/search/?q=Zebracorn').then((r) => r.text()));
      });
    } finally {
      await context.close();
    }
    expect(problems.join('\n')).toMatch(/typed text "zebracorn"/);
    expect(problems.join('\n')).toMatch(/a query string/);
  });
});

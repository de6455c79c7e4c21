/**
 * The message check in Debian Chromium over the built site: a keyboard-only run from the pasted message to the
 * trust check with its answers marked, the error summary, the length limit, no request leaving the origin or
 * carrying the pasted text, nothing stored until "Remember on this device", axe in light and dark with results
 * shown, 320 px, the page without JavaScript, and that the matcher loads only on use. Run after `npm run build`.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DIST,
  expectNoAxeViolations,
  islandScriptBytes,
  newPage,
  scriptsFetchedWithoutInteraction,
  useSiteAndBrowser,
} from './support/site';
import { loadRules } from '../lib/message-check/load-rules';

const PATH = '/tools/message-check/';
const MARKER = 'zebracorn7319';
/** Two messages, English and Spanish, with stop and warning signs, and the distinctive marker. */
const SAMPLE = [
  `Hi! I am ${MARKER} from BrightRank. Please add me on Telegram, Upwork fees are crazy.`,
  'Te envío un cheque por 3.200 USD; deposítalo y transfiere la diferencia a nuestro proveedor. Es urgente.',
].join('\n\n');

const site = useSiteAndBrowser();

async function open(opts: Parameters<typeof newPage>[1] = {}) {
  const { context, page } = await newPage(site.browser, opts);
  const requests: { url: string; method: string; body: string | null; headers: Record<string, string> }[] = [];
  context.on('request', (r) =>
    requests.push({ url: r.url(), method: r.method(), body: r.postData(), headers: r.headers() }),
  );
  page.on('websocket', (ws) => requests.push({ url: ws.url(), method: 'WEBSOCKET', body: null, headers: {} }));
  await page.goto(site.url + PATH);
  return { context, page, requests };
}

async function hydrated(page: Page) {
  await page.waitForSelector('#mc-text:not([disabled])');
}

/** Presses Tab until the focused element matches `selector` (a keyboard user's only way around). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function checkWithKeyboard(page: Page, text: string) {
  await tabTo(page, '#mc-text');
  await page.keyboard.insertText(text);
  await tabTo(page, '.mc-form button[type=submit]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'mc-result-title');
}

async function storedKeys(page: Page) {
  return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

async function close(context: BrowserContext) {
  await context.close();
}

describe('keyboard only, from the message to the trust check', () => {
  it('marks the signs, then opens the trust check with their answers marked "please confirm"', async () => {
    const { context, page } = await open();
    await hydrated(page);
    expect(await page.isVisible('.mc-no-js')).toBe(false);
    await checkWithKeyboard(page, SAMPLE);
    expect(await page.textContent('[role=status].mc-announce')).toBe(
      'Found 2 stop signs and 4 warning signs in 2 messages (English and Spanish). Stop: any one stop sign is enough.',
    );
    const found = await page
      .locator('.mc-result [data-signal]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-signal')));
    expect(found).toEqual([
      'overpayment',
      'equipment',
      'off-platform-chat',
      'off-platform-payment',
      'fee-avoidance',
      'urgency',
    ]);
    expect(
      await page
        .locator('.mc-message mark')
        .first()
        .evaluate((m) => m.firstChild?.textContent),
    ).toBe('add me on Telegram');
    await tabTo(page, '.mc-result a.button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/trust-check\/#trust-check=v1\./);
    await page.waitForSelector('.trust-check fieldset:not([disabled])');
    // Step 1 holds reason-given and send-money, both answered from the message.
    const marked = await page
      .locator('.trust-check fieldset', { hasText: 'From the message: please confirm' })
      .evaluateAll((sets) => sets.map((f) => f.querySelector('input')?.name));
    expect(marked.sort()).toEqual(['trust-reason-given', 'trust-send-money']);
    expect(await page.isChecked('#trust-send-money-yes')).toBe(true);
    await expectNoAxeViolations(page, 'trust check with answers from the message');
    await close(context);
  }, 120_000);

  it('shows the error summary, focuses it, and its link leads back to the field', async () => {
    const { context, page } = await open();
    await hydrated(page);
    await tabTo(page, '.mc-form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    expect(await page.textContent('.error-summary h2')).toBe('There is a problem');
    await expectNoAxeViolations(page, 'error summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mc-text');
    await close(context);
  });

  it('refuses 20,001 characters with a clear message and keeps all of them', async () => {
    const { context, page } = await open();
    await hydrated(page);
    const long = 'add me on whatsapp. '.repeat(1000) + 'x';
    await page.locator('#mc-text').fill(long);
    await page.locator('.mc-form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain(
      'The text is 20,001 characters long. The check reads up to 20,000 at a time: remove 1 characters',
    );
    expect(await page.locator('#mc-text').inputValue()).toBe(long);
    await close(context);
  });
});

describe('privacy', () => {
  it('sends the text nowhere, puts it in no address, and stores nothing until "Remember on this device"', async () => {
    const { context, page, requests } = await open();
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    // The matcher and its rules load only once the reader uses the form.
    expect(requests.some((r) => r.url.endsWith('/signals.json'))).toBe(false);
    await checkWithKeyboard(page, SAMPLE);
    await page.waitForLoadState('networkidle');
    expect(requests.some((r) => r.url.endsWith('/signals.json'))).toBe(true);
    expect(await storedKeys(page)).toEqual({ local: [], session: [] });
    expect(await context.cookies()).toEqual([]);
    expect(page.url().toLowerCase()).not.toContain('zebracorn');
    const trustHref = (await page.getAttribute('.mc-result a.button', 'href')) ?? '';
    expect(decodeURIComponent(trustHref).toLowerCase()).not.toContain('zebracorn');

    await page.locator('#mc-remember-yes').check();
    const stored = await storedKeys(page);
    expect(stored).toEqual({ local: ['offramp:message-check'], session: [] });
    await page.reload();
    await page.waitForSelector('.mc-result');
    expect(await page.locator('#mc-text').inputValue()).toBe(SAMPLE);
    await page.locator('#mc-remember-yes').uncheck();
    expect(await storedKeys(page)).toEqual({ local: [], session: [] });

    const problems: string[] = [];
    for (const r of requests) {
      const url = new URL(r.url);
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      if (url.origin !== site.url) problems.push(`left the origin: ${r.url}`);
      if (r.method !== 'GET') problems.push(`${r.method} ${r.url}`);
      if (r.body !== null) problems.push(`a body to ${r.url}`);
      if (`${decodeURIComponent(r.url)} ${JSON.stringify(r.headers)}`.toLowerCase().includes('zebracorn')) {
        problems.push(`the text in ${r.url}`);
      }
    }
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    await close(context);
  }, 120_000);
});

describe('accessibility with results shown, light and dark', () => {
  it.each(['light', 'dark'] as const)(
    '%s',
    async (colorScheme) => {
      const { context, page } = await open({ colorScheme });
      await hydrated(page);
      await expectNoAxeViolations(page, `empty form (${colorScheme})`);
      await checkWithKeyboard(page, SAMPLE);
      await expectNoAxeViolations(page, `stop and warning signs (${colorScheme})`);
      await page.locator('#mc-text').fill('Thanks, the files look great. I approved the milestone on Upwork.');
      await page.locator('.mc-form button[type=submit]').click();
      await page.waitForSelector('.mc-result .box--warning');
      await expectNoAxeViolations(page, `nothing found (${colorScheme})`);
      await close(context);
    },
    120_000,
  );

  it('fits a 320 px screen with a long unbroken link in the message', async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 640 } });
    await hydrated(page);
    await page.locator('#mc-text').fill(`${SAMPLE}\n\nhttps://t.me/${'a'.repeat(300)}`);
    await page.locator('.mc-form button[type=submit]').click();
    await page.waitForSelector('.mc-result');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await close(context);
  });
});

describe('without JavaScript', () => {
  it('lists every sign as a checklist, with the note, and leaves the controls disabled', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    const rules = loadRules();
    const items = await page.locator('.mc-checklist li').count();
    expect(items).toBe(rules.length);
    for (const rule of rules) expect(await page.locator(`#sign-${rule.id}`).textContent()).toContain(rule.whatToDo);
    expect(await page.locator('.mc-no-js').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.locator('#mc-text').isDisabled()).toBe(true);
    expect(await page.locator('.mc-form button[type=submit]').isDisabled()).toBe(true);
    await close(context);
  });
});

describe('what a first visit loads', () => {
  it('fetches no script beyond the island’s own until the reader uses the form', async () => {
    const { files } = await islandScriptBytes(join(DIST, 'tools/message-check/index.html'));
    const { context, page } = await newPage(site.browser);
    const fetched = await scriptsFetchedWithoutInteraction(page, site.url + PATH);
    const extra = fetched.filter((f) => !files.includes(f) && !/SiteSearch|search/i.test(f));
    expect(extra).toEqual([]);
    expect(fetched.some((f) => /engine/i.test(f))).toBe(false);
    await close(context);
  });
});

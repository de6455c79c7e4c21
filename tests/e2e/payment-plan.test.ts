import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import {
  DIST,
  expectNoAxeViolations,
  islandScriptBytes,
  newPage,
  scriptsFetchedWithoutInteraction,
  useSiteAndBrowser,
} from './support/site';
import { planCodec } from '../../src/lib/plan/codecs';
import { planSuggestionCodec } from '../../src/lib/plan/codecs';

const site = useSiteAndBrowser();
const PATH = '/tools/payment-plan/';

async function open(opts: { colorScheme?: 'light' | 'dark'; width?: number; hash?: string } = {}) {
  const { context, page } = await newPage(site.browser, {
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: opts.width ?? 1280, height: 900 },
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url}${PATH}${opts.hash ?? ''}`);
  await page.waitForSelector('#pp-currency:not([disabled])');
  return { context, page, errors };
}

/** Focuses a control as Tab would and types into it, replacing what is there, with the keyboard only. */
async function typeInto(page: Page, selector: string, text: string) {
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** A date field is the browser's date control: its value is set whole, as its picker would. */
async function setDate(page: Page, selector: string, date: string) {
  await page.fill(selector, date);
}

async function pressButton(page: Page, name: string) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

async function expectNoBadText(page: Page) {
  const text = (await page.textContent('main')) ?? '';
  expect(text).not.toMatch(/NaN|Infinity|undefined|\[object/);
}

describe('the payment-plan page', () => {
  it('fetches no script by itself beyond its first load and the site chrome a guide page also fetches', async () => {
    const { files } = await islandScriptBytes(join(DIST, 'tools/payment-plan/index.html'));
    const { context, page } = await newPage(site.browser);
    const tool = await scriptsFetchedWithoutInteraction(page, `${site.url}${PATH}`);
    const guide = await scriptsFetchedWithoutInteraction(page, `${site.url}/guides/late-payment-rights/`);
    await context.close();
    expect(tool.some((f) => f.includes('PaymentPlan'))).toBe(true);
    expect(tool.filter((f) => !files.includes(f) && !guide.includes(f))).toEqual([]);
  });

  it('loads the fee comparison and the stay-or-leave check only when opened, and their controls work', async () => {
    const { context, page, errors } = await open();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname);
    });
    await typeInto(page, '#pp-total', '4000');
    await setDate(page, '#pp-startDate', '2026-03-02');
    await page.locator('#pp-results-title').waitFor();
    expect(fetched.filter((f) => /FeesPanel|StayOrLeave|LateView/.test(f))).toEqual([]);
    // The explanation is on the page before the section opens.
    expect(await page.textContent('#pp-fees')).toContain('percentage parts apply to every payment');
    await page.focus('#pp-fees > summary');
    await page.keyboard.press('Enter');
    await page.locator('#pp-region').waitFor();
    expect(fetched.some((f) => f.includes('FeesPanel'))).toBe(true);
    await page.focus('#pp-region');
    await page.selectOption('#pp-region', 'UK');
    expect(await page.inputValue('#pp-region')).toBe('UK');
    await page.focus('#pp-stay > summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#pp-stay input').count()).toBeGreaterThan(0);
    await page.focus('#pp-late > summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#pp-late')).toContain('The wording the agreement uses');
    await expectNoAxeViolations(page, 'sections open');
    await expectNoBadText(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('builds a plan with the keyboard, switches presets, and states the result in the status region', async () => {
    const { context, page, errors } = await open();
    await expectNoAxeViolations(page, 'empty state');
    await typeInto(page, '#pp-total', '4000');
    await setDate(page, '#pp-startDate', '2026-03-02');
    await pressButton(page, 'A 25% deposit, then three equal milestones');
    await pressButton(page, 'Show the plan');
    const rows = page.locator('table:has(caption:text("When each payment is due")) tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    // 25% of 4,000.00 on the start date; then 3 × 25% (1,000.00), each 14 days after its delivery.
    expect(await rows.nth(0).textContent()).toContain('1,000.00 USD');
    expect(await rows.nth(3).textContent()).toContain('4,000.00 USD');
    await expect
      .poll(() => page.textContent('[data-testid=pp-status]'))
      .toMatch(/You receive .* USD .* in 4 payments; at most .* of delivered work is unpaid/);
    await pressButton(page, '50% up front, 50% on delivery');
    await expect.poll(() => rows.count()).toBe(2);
    await expectNoAxeViolations(page, 'result state');
    await expectNoBadText(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows errors next to fields and in a focused summary, keeping the last result marked out of date', async () => {
    const { context, page } = await open();
    await pressButton(page, 'Show the plan');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('There is a problem');
    await expect.poll(() => page.textContent('#pp-total-error')).toContain('Enter the total price');
    await expectNoAxeViolations(page, 'error state, empty form');

    await typeInto(page, '#pp-total', '4000');
    await setDate(page, '#pp-startDate', '2026-03-02');
    await expect.poll(() => page.locator('#pp-results-title').count()).toBe(1);
    await typeInto(page, '#pp-total', '12.3456');
    await setDate(page, '#pp-startDate', '');
    await pressButton(page, 'Show the plan');
    await expect.poll(() => page.textContent('#pp-total-error')).toContain('at most 2 decimal places');
    await expect.poll(() => page.textContent('#pp-startDate-error')).toContain('Enter the start date');
    await expect.poll(() => page.textContent('#pp-results-title')).toContain('out of date');
    const links = () => page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect.poll(links).toEqual(expect.arrayContaining(['#pp-total', '#pp-startDate']));
    await typeInto(page, '#pp-total', '2000000000');
    await expect.poll(() => page.textContent('#pp-total-error')).toContain('no larger than 1,000,000,000');
    await expectNoAxeViolations(page, 'error state with a stale result');
    await expectNoBadText(page);
    await context.close();
  });

  it('exports CSV and iCalendar files with the schedule in them', async () => {
    const { context, page } = await open();
    await typeInto(page, '#pp-total', '4000');
    await setDate(page, '#pp-startDate', '2026-03-02');
    await pressButton(page, '30% up front, 40% midway, 30% on delivery');
    await page.locator('#pp-results-title').waitFor();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Download CSV')]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n').slice(0, 4)).toEqual([
      'Payment,Name,Work delivered,Due date,Amount,Currency,Running total',
      '1,Deposit,,2026-03-02,1200.00,USD,1200.00',
      '2,Midway,2026-03-16,2026-03-30,1600.00,USD,2800.00',
      '3,Delivery,2026-03-30,2026-04-13,1200.00,USD,4000.00',
    ]);
    const [icsDownload] = await Promise.all([
      page.waitForEvent('download'),
      pressButton(page, 'Add to calendar (.ics)'),
    ]);
    const ics = await readFile((await icsDownload.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).startDate.toString())).toEqual([
      '2026-03-02',
      '2026-03-30',
      '2026-04-13',
    ]);
    expect(events.every((e) => e.getFirstSubcomponent('valarm') !== null)).toBe(true);
    await context.close();
  });

  it('hands the plan to the agreement generator, and resumes after a reload', async () => {
    const { context, page } = await open();
    await typeInto(page, '#pp-total', '2500');
    await setDate(page, '#pp-startDate', '2026-05-01');
    await page.locator('#pp-results-title').waitFor();
    const href = await page.getByRole('link', { name: 'Use this plan in an agreement' }).getAttribute('href');
    expect(href).toMatch(/^\/tools\/agreement\/#payment-plan=v1\./);
    const decoded = planCodec.decode(href!.split('#')[1]!);
    expect(decoded.status).toBe('ok');
    if (decoded.status === 'ok') {
      expect(decoded.value.pricing).toEqual({ kind: 'fixed', totalMinor: 250_000 });
      expect(decoded.value.startDate).toBe('2026-05-01');
    }
    await page.reload();
    await page.waitForSelector('#pp-currency:not([disabled])');
    expect(await page.inputValue('#pp-total')).toBe('2500.00');
    await page.locator('#pp-results-title').waitFor();
    await page.getByRole('link', { name: 'Use this plan in an agreement' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/agreement\/#payment-plan=v1\./);
    await context.close();
  });

  it('opens with the trust check suggestion and says why', async () => {
    const fragment = planSuggestionCodec.encode({ depositBasisPoints: 4_000, milestoneCount: 3, band: 'high' });
    const { context, page } = await open({ hash: `#${fragment}` });
    await expect.poll(() => page.textContent('.pp .box--warning')).toContain('found a high risk');
    expect(await page.inputValue('#pp-depositPercent')).toBe('40');
    expect(await page.locator('.list__item').count()).toBe(3);
    await context.close();
  });

  it('says when a shared link cannot be read, and starts empty', async () => {
    const { context, page, errors } = await open({ hash: '#payment-plan=v1.bm90LWpzb24' });
    await expect.poll(() => page.textContent('.pp [role=status]')).toContain('could not be read');
    expect(errors).toEqual([]);
    await context.close();
  });

  // Issue 17: on a phone, the first control is on the first screen and the result stays in view while typing.
  it('at 375 × 812, starts on the first screen and keeps the result in view while the reader types', async () => {
    const { context, page } = await newPage(site.browser, { viewport: { width: 375, height: 812 } });
    await page.goto(`${site.url}${PATH}`);
    await page.waitForSelector('#pp-currency:not([disabled])');
    const first = await page.locator('.pp form input, .pp form select, .pp form button').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(812);
    await typeInto(page, '#pp-total', '4000');
    await expect.poll(() => page.textContent('[data-testid=pp-status]')).toContain('You receive');
    const status = await page.locator('[data-testid=pp-status]').boundingBox();
    expect(status!.y).toBeGreaterThanOrEqual(0);
    expect(status!.y + status!.height).toBeLessThanOrEqual(812);
    await context.close();
  });

  it('passes axe in dark mode and fits a 320 px screen', async () => {
    const { context, page } = await open({ colorScheme: 'dark', width: 320 });
    await typeInto(page, '#pp-total', '900');
    await setDate(page, '#pp-startDate', '2026-03-02');
    await page.locator('#pp-results-title').waitFor();
    await expectNoAxeViolations(page, 'result state, dark, 320 px');
    // The tool's own content must fit; wide tables scroll inside their own focusable region instead.
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((e) => !e.closest('.table-wrap') && e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName}#${e.id}.${e.className}`),
    );
    expect(tooWide).toEqual([]);
    await context.close();
  });
});

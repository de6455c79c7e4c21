/**
 * The trust check in Debian Chromium over the built site: keyboard-only runs for a low-risk and a red-flag
 * client, reload and resume, a shared link, axe in every step and result band, the page without JavaScript,
 * and the JavaScript budget. Run after `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, newPage, useSiteAndBrowser } from './support/site';
import { loadTrustData } from '../lib/trust/load-trust-data';
import { LONG_STANDING_CLIENT, NEW_CLIENT_ON_WHATSAPP, RED_FLAG_CLIENT, RISKY_CLIENT } from '../lib/trust/fixtures';
import { trustStateCodec } from '../../src/lib/trust/state';
import { sortQuestions, TRUST_SECTIONS } from '../../src/lib/trust/sections';

const PATH = '/tools/trust-check/';
const { questions } = loadTrustData();
const ordered = sortQuestions(questions);

const site = useSiteAndBrowser();

async function open(opts: Parameters<typeof newPage>[1] = {}, hash = '') {
  const { context, page } = await newPage(site.browser, opts);
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(site.url) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  await page.goto(site.url + PATH + hash);
  return { context, page, foreign };
}

async function hydrated(page: Page) {
  await page.waitForSelector('.trust-check fieldset:not([disabled]), .trust-review, .trust-result');
}

/** Presses Tab until the focused element matches `selector` and `text` (a keyboard user's only way around). */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 250; i++) {
    const found = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        return !!el && el.matches(s!) && (t === undefined || el.textContent?.trim() === t);
      },
      [selector, text] as const,
    );
    if (found) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

/** Chooses an answer with the keyboard: Tab into the radio group, then arrows (or Space for the first). */
async function answerWithKeyboard(page: Page, questionId: string, optionId: string) {
  const question = questions.find((q) => q.id === questionId)!;
  const index = question.options.findIndex((o) => o.id === optionId);
  await tabTo(page, `input[name="trust-${questionId}"]`);
  const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).id);
  const currentIndex = question.options.findIndex((o) => `trust-${questionId}-${o.id}` === current);
  if (index === currentIndex) await page.keyboard.press('Space');
  for (let i = currentIndex; i < index; i++) await page.keyboard.press('ArrowDown');
  for (let i = currentIndex; i > index; i--) await page.keyboard.press('ArrowUp');
  expect(await page.isChecked(`#trust-${questionId}-${optionId}`)).toBe(true);
}

async function focusedHeading(page: Page): Promise<string> {
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-view-heading'));
  return page.evaluate(() => document.activeElement!.textContent ?? '');
}

async function answerAllWithKeyboard(page: Page, answers: Record<string, string>, label: string) {
  for (const [i, section] of TRUST_SECTIONS.entries()) {
    if (i > 0) expect(await focusedHeading(page)).toContain(`Step ${i + 1} of 4`);
    await expectNoAxeViolations(page, `${label}: step ${i + 1}`);
    for (const q of ordered.filter((q) => q.section === section)) {
      if (answers[q.id]) await answerWithKeyboard(page, q.id, answers[q.id]!);
    }
    await tabTo(page, '.trust-check button[type=submit]');
    await page.keyboard.press('Enter');
  }
  expect(await focusedHeading(page)).toBe('Check your answers');
}

describe('keyboard only', () => {
  it('completes the check for a low-risk client', async () => {
    const { context, page, foreign } = await open();
    await hydrated(page);
    // Where the island can run, the no-JavaScript note is never shown (src/scripts/first-paint.ts).
    expect(await page.isVisible('.trust-no-js')).toBe(false);
    await answerAllWithKeyboard(page, LONG_STANDING_CLIENT, 'low-risk run');
    await expectNoAxeViolations(page, 'check your answers');
    await tabTo(page, 'button', 'See the result');
    await page.keyboard.press('Enter');
    expect(await focusedHeading(page)).toBe('Result: Low risk');
    await expect
      .poll(() => page.textContent('[role=status].trust-check__announce'))
      .toBe(
        'Result: low risk. 3 answers raised the risk and 7 answers lowered it; every question was answered, none of them "Not sure".',
      );
    expect(foreign).toEqual([]);
    await context.close();
  }, 180_000);

  it('stops at a red flag', async () => {
    const { context, page } = await open();
    await hydrated(page);
    await answerWithKeyboard(page, 'send-money', 'yes');
    await expect.poll(() => page.isVisible('.trust-red-flag')).toBe(true);
    await tabTo(page, 'button', 'See what to do now');
    await page.keyboard.press('Enter');
    expect(await focusedHeading(page)).toBe('Result: Stop');
    const status = await page.textContent('[role=status].trust-check__announce');
    expect(status).toBe(
      'Result: stop. 1 answer is a red flag that ends the check on its own; 18 answers were "Not sure" (all of them left unanswered). Whatever they turn out to be, a red flag means stop.',
    );
    // Issue 17: after a red flag the primary action is what to do and where to report, never the calculator.
    expect(await page.getAttribute('.trust-result a.button', 'href')).toBe('/guides/report-a-scam/');
    expect(await page.locator('.trust-result a[href^="/tools/payment-plan/"]').count()).toBe(0);
    expect(await page.isVisible('a[href="https://www.ic3.gov/"]')).toBe(true);
    await context.close();
  });
  // Issue 12: a reader who only presses Tab, Space on each radio group and Enter on the button must not end up
  // reassured by accident. Space picks a group's first answer, so this is the "first answer everywhere" run.
  it('a Tab-Space-Enter run never ends as "Low risk"', async () => {
    const { context, page } = await open();
    await hydrated(page);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      if (await page.isVisible('.trust-result')) break;
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el) return { kind: 'none', name: '' };
        if (el.matches('input[type=radio]')) return { kind: 'radio', name: el.name };
        if (
          el.matches('.trust-check button[type=submit], .trust-review button:not(.secondary):not(.trust-link-button)')
        )
          return { kind: 'submit', name: el.textContent ?? '' };
        return { kind: 'other', name: '' };
      });
      if (focused.kind === 'radio' && !seen.has(focused.name)) {
        seen.add(focused.name);
        await page.keyboard.press('Space');
      } else if (focused.kind === 'submit') {
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.hasAttribute('data-view-heading'));
      }
    }
    const heading = await page.textContent('.trust-result h2');
    expect(heading).toMatch(/^Result: /);
    expect(heading).not.toBe('Result: Low risk');
    await context.close();
  }, 180_000);
});

describe('state', () => {
  it('resumes after a reload, from the link and from localStorage', async () => {
    const { context, page } = await open();
    await hydrated(page);
    await page.check('#trust-move-when-first-message');
    await page.click('.trust-check button[type=submit]');
    await page.waitForSelector('text=Step 2 of 4');
    await page.check('#trust-account-history-new-account');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#trust-check=v1\./);
    await page.reload();
    await page.waitForSelector('text=Step 2 of 4');
    await hydrated(page);
    expect(await page.isChecked('#trust-account-history-new-account')).toBe(true);
    // Without the fragment, the copy in localStorage resumes the check.
    await page.goto(site.url + PATH);
    await page.waitForSelector('text=Step 2 of 4');
    await page.click('button:text("Back")');
    await page.waitForSelector('text=Step 1 of 4');
    expect(await page.isChecked('#trust-move-when-first-message')).toBe(true);
    await context.close();
  });

  it('opens a shared link at its result, and the calculator link carries the suggestion', async () => {
    const hash = '#' + trustStateCodec.encode({ answers: RISKY_CLIENT, view: 'result' });
    const { context, page } = await open({}, hash);
    await page.waitForSelector('.trust-result');
    expect(await page.textContent('.trust-result h2')).toBe('Result: High risk');
    // High risk: the calculator is a secondary link, one per deposit share (high.yaml: 50% and 75%, 4 milestones).
    const links = page.locator('.trust-protection a:text("Open the payment-plan calculator")');
    expect(await links.allTextContents()).toEqual([
      'Open the payment-plan calculator with a 50% deposit and 4 milestones',
      'Open the payment-plan calculator with a 75% deposit and 4 milestones',
    ]);
    const link = links.first();
    await link.click();
    await page.waitForURL(/\/tools\/payment-plan\/#plan-suggestion=v1\./);
    await context.close();
  });

  it('ignores a tampered link with a notice', async () => {
    const { context, page } = await open({}, '#trust-check=v1.AAAA');
    await hydrated(page);
    expect(await page.isVisible("text=The link's settings could not be read")).toBe(true);
    await context.close();
  });
});

describe('accessibility of every result band, light and dark', () => {
  it.each([
    ['low', LONG_STANDING_CLIENT, 'Low risk'],
    ['elevated', NEW_CLIENT_ON_WHATSAPP, 'Elevated risk'],
    ['high', RISKY_CLIENT, 'High risk'],
    ['stop', RED_FLAG_CLIENT, 'Stop'],
  ])(
    '%s',
    async (_id, answers, label) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const hash = '#' + trustStateCodec.encode({ answers, view: 'result' });
        const { context, page } = await open({ colorScheme }, hash);
        await page.waitForSelector('.trust-result');
        expect(await page.textContent('.trust-result h2')).toBe(`Result: ${label}`);
        await expectNoAxeViolations(page, `${label} result (${colorScheme})`);
        await context.close();
      }
    },
    120_000,
  );

  it('every step and the review in dark mode', async () => {
    const { context, page } = await open({ colorScheme: 'dark' });
    await hydrated(page);
    for (const [i] of TRUST_SECTIONS.entries()) {
      await page.waitForSelector(`text=Step ${i + 1} of 4`);
      await expectNoAxeViolations(page, `step ${i + 1} (dark)`);
      await page.click('.trust-check button[type=submit]');
    }
    await page.waitForSelector('.trust-review');
    await expectNoAxeViolations(page, 'review (dark)');
    await context.close();
  }, 120_000);
});

describe('small screens and no JavaScript', () => {
  it('fits a 320 px screen without sideways scrolling', async () => {
    const hash = '#' + trustStateCodec.encode({ answers: RISKY_CLIENT, view: 'result' });
    const { context, page } = await open({ viewport: { width: 320, height: 640 } }, hash);
    await page.waitForSelector('.trust-result');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('shows every question and the red flags as a checklist without JavaScript', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    const note = page.locator('.trust-no-js');
    expect(await note.count()).toBe(1);
    expect(await note.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await page.goto(`${site.url}/tools/trust-check/checklist/`);
    const checklist = page.locator('.trust-checklist');
    for (const q of questions) expect(await checklist.locator(`text=${q.question}`).count()).toBeGreaterThan(0);
    const flags = await page.locator('.trust-checklist .box--danger li').allTextContents();
    for (const id of ['send-money', 'overpayment', 'crypto-gift-cards', 'personal-details']) {
      expect(flags.some((f) => f.includes(questions.find((q) => q.id === id)!.question))).toBe(true);
    }
    await context.close();
  });
});

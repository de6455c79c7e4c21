/**
 * The agreement generator in Debian Chromium over the built site: keyboard-only filling, the calculator's
 * hand-off, every download compared with the golden files, print, tampered state, and axe at every step.
 * Run after `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { agreementCodec } from '../../src/lib/agreement/state';
import { planCodec } from '../../src/lib/plan/codecs';
import { extractParagraphs, readDocumentXml } from '../lib/agreement/docx-text';
import { FIXTURE_DIR, loadFixture } from '../lib/agreement/library';
import {
  expectNoAxeViolations,
  islandScriptBytes,
  newPage,
  scriptsFetchedWithoutInteraction,
  useSiteAndBrowser,
} from './support/site';

const PAGE = '/tools/agreement/';

const site = useSiteAndBrowser();

async function open(hash = '', scheme: 'light' | 'dark' = 'light', width = 1280): Promise<Page> {
  const { page } = await newPage(site.browser, { colorScheme: scheme, viewport: { width, height: 900 } });
  await page.goto(`${site.url}${PAGE}${hash}`);
  await page.waitForSelector('#agreement-step-heading');
  await page.waitForFunction(
    () => !(document.querySelector('form[aria-labelledby] button[type=submit]') as HTMLButtonElement | null)?.disabled,
  );
  return page;
}

/** Tabs forward to the step's Continue button and presses Enter, as a keyboard user would. */
async function continueWithKeyboard(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const onSubmit = await page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit');
    if (onSubmit) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await page.focus(`#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('loading', () => {
  test('fetches no script by itself beyond its first load and the site chrome a guide page also fetches', async () => {
    const { files } = await islandScriptBytes('dist/tools/agreement/index.html');
    expect(files.join()).not.toMatch(/docx|dist\.|exports/);
    const { context, page } = await newPage(site.browser);
    const tool = await scriptsFetchedWithoutInteraction(page, `${site.url}${PAGE}`);
    const guide = await scriptsFetchedWithoutInteraction(page, `${site.url}/guides/written-agreement/`);
    await context.close();
    expect(tool.some((f) => f.includes('Agreement'))).toBe(true);
    expect(tool.filter((f) => !files.includes(f) && !guide.includes(f))).toEqual([]);
  });
});

describe('filling the form with the keyboard', () => {
  test('every step passes axe; Enter continues; the error summary takes focus and links to the field', async () => {
    const page = await open();
    await expectNoAxeViolations(page, 'agreement step 1, empty');
    await page.focus('#ag-freelancerName');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => summary.textContent()).toContain('Enter your name or business name');
    await expectNoAxeViolations(page, 'agreement step 1 with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ag-freelancerName');

    const steps: [string, string][][] = [
      [
        ['ag-freelancerName', 'Ana Lima Design'],
        ['ag-freelancerEmail', 'ana@analima.example'],
        ['ag-freelancerAddress', '12 Rua das Flores, Lisbon'],
        ['ag-clientName', 'Acme [Ltd](http://evil.example) <b>'],
        ['ag-clientContact', 'Jo Smith'],
        ['ag-clientEmail', 'jo@acme.example'],
        ['ag-clientAddress', '1 High Street, Bristol'],
      ],
      [
        ['ag-projectTitle', 'A new logo'],
        ['ag-projectScope', 'Three concepts and final files.'],
        ['ag-deliverables', 'Logo concepts'],
      ],
      [
        ['ag-agreementDate', '2026-02-10'],
        ['ag-endDate', '2026-03-31'],
      ],
      [
        ['plan-total', '2000'],
        ['plan-startDate', '2026-02-16'],
        ['radio:plan-depositKind-percent', ''],
        ['plan-depositPercent', '50'],
        ['ag-paymentMethod', 'Bank transfer'],
      ],
      [['radio:ag-ip-assignment', '']],
      [
        ['ag-governingLaw', 'England and Wales'],
        ['radio:ag-platform-not-from-platform', ''],
      ],
    ];
    for (const [i, fields] of steps.entries()) {
      for (const [id, value] of fields) {
        if (id.startsWith('radio:')) {
          // A radio is chosen with Space, as the keyboard does.
          await page.focus(`#${id.slice(6)}`);
          await page.keyboard.press('Space');
        } else if (id.endsWith('Date')) {
          // Date inputs take keyboard digits field by field; fill keeps the test independent of the locale's order.
          await page.locator(`#${id}`).fill(value);
        } else await typeInto(page, id, value);
      }
      await expectNoAxeViolations(page, `agreement step ${i + 1}`);
      await continueWithKeyboard(page);
      if (i < steps.length - 1) {
        await expect.poll(() => page.locator('#agreement-step-heading').textContent()).toContain(`Step ${i + 2} of 6`);
      }
    }
    const preview = page.locator('.agreement-document');
    await expect.poll(() => page.locator('.agreement-status').textContent()).toContain('nothing is missing');
    expect(await preview.textContent()).toContain('Acme [Ltd](http://evil.example) <b>');
    // The reader's brackets and tags stay text: no bold, and the only links are ours, to the clause library.
    expect(await preview.locator('b').count()).toBe(0);
    const hrefs = await preview.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => h.startsWith('/tools/agreement/clauses/#clause-'))).toBe(true);
    expect(await preview.textContent()).toContain('Deposit: 1,000.00 USD, due on 16 February 2026.');
    await page.close();
  }, 240_000);

  test('dark mode and a 320 px screen pass axe', async () => {
    const page = await open('', 'dark', 320);
    await expectNoAxeViolations(page, 'agreement, dark, 320 px');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('arriving from the calculator', () => {
  test('the hand-off plan is written into the payment clause word for word', async () => {
    // The retainer fixture's plan (tests/fixtures/agreements/development-hourly-retainer.json), as the calculator
    // would hand it over.
    const plan = {
      currency: 'EUR' as const,
      pricing: { kind: 'hourly' as const, rateMinor: 8_500, hoursPerWeek: 20, weeks: 12, invoiceEveryWeeks: 4 },
      startDate: '2026-04-06',
      deposit: { kind: 'amount' as const, minor: 170_000 },
      milestones: [],
      paymentTerms: { kind: 'net' as const, days: 14 },
      routes: ['sepa'],
      feePayer: 'split' as const,
      late: { kind: 'eu-statutory' as const, referenceRateBasisPoints: 215, referenceRateAsOf: '2026-01-01' },
    };
    const page = await open(`#${planCodec.encode(plan)}`);
    const fees = page.locator('.agreement-clause', { hasText: 'Fees and payment schedule' });
    for (const line of [
      'Deposit: 1,700.00 EUR, due on 6 April 2026.',
      'Invoice 1 (weeks 1–4): 6,233.34 EUR, due on 18 May 2026.',
      'Invoice 3 (weeks 9–12): 6,233.33 EUR, due on 13 July 2026.',
    ]) {
      expect(await fees.textContent()).toContain(line);
    }
    expect(await page.locator('.agreement-tool [role=status]').first().textContent()).toContain(
      'The payment plan from the calculator',
    );
    expect(await page.locator('.agreement-clause', { hasText: 'Payment method' }).textContent()).toContain('SEPA');
    await page.click('button:has-text("4. Money")');
    await expectNoAxeViolations(page, 'agreement money step with a calculator plan');
    await page.close();
  });
});

describe('exports', () => {
  const fixture = 'design-fixed-deposit';

  async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button:has-text("${button}")`)]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  test('Markdown, text and Word match the golden files; copy and print work', async () => {
    const page = await open(`#${agreementCodec.encode(loadFixture(fixture))}`);
    const md = await download(page, 'Download Markdown');
    expect(md.name).toBe('agreement-ana-lima-design-acme-ltd-2026-02-10.md');
    expect(md.bytes.toString('utf8')).toBe(await readFile(join(FIXTURE_DIR, `${fixture}.golden.md`), 'utf8'));

    const txt = await download(page, 'Download text');
    expect(txt.bytes.toString('utf8')).toBe(await readFile(join(FIXTURE_DIR, `${fixture}.golden.txt`), 'utf8'));

    const word = await download(page, 'Download Word');
    expect(word.name).toBe('agreement-ana-lima-design-acme-ltd-2026-02-10.docx');
    const paragraphs = extractParagraphs(readDocumentXml(new Uint8Array(word.bytes)));
    expect(`${paragraphs.join('\n')}\n`).toBe(await readFile(join(FIXTURE_DIR, `${fixture}.golden.docx.txt`), 'utf8'));

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.click('button:has-text("Copy as text")');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(txt.bytes.toString('utf8'));

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.agreement-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.agreement-document').isVisible()).toBe(true);
    expect(await page.locator('.signature-line').count()).toBe(4);
    expect(await page.locator('.clause-why').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.screenshot({ path: '/tmp/shots/agreement/print.png', fullPage: true }).catch(() => undefined);
    await page.close();
  });
});

describe('state', () => {
  test('a tampered link is ignored with a notice, and Start again clears everything', async () => {
    const page = await open('#agreement=v2.eyJub3QiOiJ2YWxpZCJ9');
    expect(await page.locator('.box--warning[role=status]').textContent()).toContain('could not be read');
    await typeInto(page, 'ag-freelancerName', 'Kept for later');
    // Reload only once the whole name is saved: typing is one save per key.
    const savedName = async () => {
      const saved = agreementCodec.decode(await page.evaluate(() => location.hash));
      return saved.status === 'ok' ? saved.value.fields['freelancerName'] : undefined;
    };
    await expect.poll(savedName).toBe('Kept for later');
    expect(await page.evaluate(() => localStorage.getItem('offramp:agreement'))).toMatch(/^v2\./);
    await page.reload();
    await page.waitForFunction(
      () => (document.getElementById('ag-freelancerName') as HTMLInputElement | null)?.value === 'Kept for later',
    );
    await page.click('button:has-text("Start again")');
    await page.click('button:has-text("Yes, clear it")');
    // Give the island time to re-render: the blank form must not be saved again.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => localStorage.getItem('offramp:agreement'))).toBeNull();
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.inputValue('#ag-freelancerName')).toBe('');
    await page.close();
  });

  // Issue 12: "Go to the preview" replaced the agreement in the address; on a phone it was 4,300 px down.
  test('on a phone the preview is one tap away and the address keeps the agreement', async () => {
    const page = await open(`#${agreementCodec.encode(loadFixture('design-fixed-deposit'))}`, 'light', 375);
    const before = await page.evaluate(() => location.hash);
    const tab = page.getByRole('button', { name: /^Preview/ });
    const box = await tab.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(812);
    await tab.click();
    expect(await page.locator('.agreement-document').isVisible()).toBe(true);
    expect(await page.locator('.agreement-form').isVisible()).toBe(false);
    expect(await page.evaluate(() => location.hash)).toBe(before);
    await page.close();
  });
});

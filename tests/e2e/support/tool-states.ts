/**
 * Every state a tool page can be in that the site-wide browser tests (security, privacy) must visit.
 *
 * TOOL_STATES is built from TOOL_PAGES with generic steps that work on any GOV.UK-style form: wait for the islands
 * to hydrate, submit empty (errors), fill every visible control with SAMPLE values and submit (repeatedly, so a
 * step-by-step tool moves on), press every export control, reload (state restored from fragment and storage),
 * and open a tampered link. A tool with a flow the generic steps cannot reach adds its own entries to
 * EXTRA_TOOL_STATES (same shape).
 */
import type { Locator, Page } from 'playwright-core';

export interface ToolState {
  /** Site path, e.g. '/tools/trust-check/'; may carry a query. */
  path: string;
  /** Names the state in failure messages. */
  label: string;
  /** Brings the freshly loaded page into this state. */
  steps(page: Page): Promise<void>;
}

/** Distinctive values the privacy test then looks for in every request. */
export const SAMPLE = {
  text: 'Zebracorn Ltd 7319',
  number: '7319',
  date: '2027-03-15',
  email: 'zebracorn7319@example.com',
  url: 'https://zebracorn7319.example/',
} as const;
/** Substrings (lower case) of SAMPLE that no request may carry. */
export const SAMPLE_MARKERS = ['zebracorn', '7319'];

/** The tool pages; the lead extends this when a tool is added. */
export const TOOL_PAGES: { path: string; label: string }[] = [
  { path: '/tools/message-check/', label: 'message check' },
  { path: '/tools/trust-check/', label: 'trust check' },
  { path: '/tools/payment-plan/', label: 'payment plan' },
  { path: '/tools/agreement/', label: 'agreement' },
];

const settle = (page: Page) => page.waitForTimeout(150);

/** Scrolls each not-yet-hydrated island into view (client:visible) and waits until Astro has hydrated them all. */
export async function waitForIslands(page: Page): Promise<void> {
  const pending = page.locator('astro-island[ssr]');
  for (let round = 0; round < 40 && (await pending.count()) > 0; round++) {
    await pending
      .first()
      .scrollIntoViewIfNeeded({ timeout: 1000 })
      .catch(() => undefined);
    await page.waitForTimeout(100);
  }
  if ((await pending.count()) > 0) throw new Error(`${page.url()}: islands did not hydrate`);
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function usable(control: Locator): Promise<boolean> {
  return (await control.isVisible().catch(() => false)) && (await control.isEnabled().catch(() => false));
}

/** Buttons that throw work away; generic steps never press them. */
const DESTRUCTIVE = /start again|start over|clear|reset|remove|delete/i;

/**
 * Fills every visible text-like control in main with SAMPLE values and picks options where none is chosen.
 * Returns how many text-like controls it filled.
 */
export async function fillEverything(page: Page): Promise<number> {
  let filled = 0;
  const fields = page.locator(
    'main input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit]):not([type=button]):not([type=search]):not([type=file]), main textarea',
  );
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await usable(field)) || !(await field.isEditable())) continue;
    const type = (await field.getAttribute('type')) ?? 'text';
    const mode = (await field.getAttribute('inputmode')) ?? '';
    const label = await field.evaluate((el) =>
      [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' '),
    );
    const numeric = type === 'number' || mode === 'decimal' || mode === 'numeric';
    // Counts, periods and rates have small ranges; amounts take the distinctive number.
    const small = /day|week|month|year|round|revision|percent|%|rate|interest|how many|number of|count/i.test(label);
    const value = numeric
      ? small
        ? '3'
        : SAMPLE.number
      : type === 'date'
        ? SAMPLE.date
        : type === 'email'
          ? SAMPLE.email
          : type === 'url'
            ? SAMPLE.url
            : SAMPLE.text;
    if (
      await field.fill(value).then(
        () => true,
        () => false,
      )
    )
      filled++;
  }
  const selects = page.locator('main select');
  for (let i = 0; i < (await selects.count()); i++) {
    const select = selects.nth(i);
    if (!(await usable(select))) continue;
    const options = await select.locator('option').count();
    if (options > 1) await select.selectOption({ index: options - 1 }).catch(() => undefined);
  }
  // One answer per radio group: the first, so the tool's default path is followed.
  const radios = page.locator('main input[type=radio]');
  const groups = new Set<string>();
  for (let i = 0; i < (await radios.count()); i++) {
    const radio = radios.nth(i);
    const name = (await radio.getAttribute('name')) ?? `#${i}`;
    if (groups.has(name) || !(await usable(radio))) continue;
    groups.add(name);
    const chosen = await page.locator(`main input[type=radio][name="${name}"]:checked`).count();
    if (chosen === 0) await radio.check().catch(() => undefined);
  }
  await settle(page);
  return filled;
}

/** Presses the first visible submit button in main (not the site search); returns whether there was one. */
export async function submitForm(page: Page): Promise<boolean> {
  const buttons = page.locator('main form button:not([type=button]):not([type=reset]), main input[type=submit]');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    if (!(await usable(button))) continue;
    if (DESTRUCTIVE.test((await button.textContent()) ?? '')) continue;
    if ((await button.evaluate((b) => b.closest('form')?.getAttribute('role'))) === 'search') continue;
    await button.click();
    await settle(page);
    return true;
  }
  return false;
}

/**
 * Fills and submits until the tool asks for nothing new (a step-by-step tool moves through its steps).
 * Returns how many text-like controls were filled.
 */
export async function completeTool(page: Page): Promise<number> {
  let filled = 0;
  for (let round = 0; round < 8; round++) {
    const before = await page.locator('main').innerText();
    filled += await fillEverything(page);
    if (!(await submitForm(page))) break;
    if ((await page.locator('main').innerText()) === before) break;
  }
  return filled;
}

const EXPORT = /download|export|print|copy|save|\.ics|calendar|csv|word|markdown|plain text|text file|share/i;

/** Presses every export control in main: downloads are accepted, print is stubbed (see stubPrint). */
export async function exportEverything(page: Page): Promise<number> {
  const controls = page.locator('main button, main a[download]');
  let pressed = 0;
  for (let i = 0; i < (await controls.count()); i++) {
    const control = controls.nth(i);
    if (!(await usable(control))) continue;
    const text = `${(await control.textContent()) ?? ''} ${(await control.getAttribute('aria-label')) ?? ''}`;
    if (!EXPORT.test(text) || DESTRUCTIVE.test(text)) continue;
    const download = page.waitForEvent('download', { timeout: 3000 }).catch(() => undefined);
    await control.click();
    const file = await download;
    await file?.path().catch(() => undefined);
    pressed++;
    await settle(page);
  }
  return pressed;
}

/** window.print() would open a dialog in a headed browser; tests count calls instead. Use with addInitScript. */
export function stubPrint(): void {
  const w = window as unknown as { __printCalls: number };
  w.__printCalls = 0;
  window.print = () => {
    w.__printCalls++;
  };
}

/** Replaces the payload of each `name=v<version>.<payload>` pair in the fragment with characters it cannot hold. */
async function openTamperedLink(page: Page): Promise<void> {
  const hash = await page.evaluate(() => location.hash);
  const tampered = hash.replace(/(=v\d+\.)[^&]*/g, '$1%%not-base64%%');
  await page.evaluate(
    ([h]) => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith('offramp:') && key !== 'offramp:theme') localStorage.setItem(key, 'v1.@@tampered@@');
      }
      location.hash = h!;
    },
    [tampered],
  );
  await page.reload();
  await waitForIslands(page);
}

function genericStates(path: string, label: string): ToolState[] {
  return [
    { path, label: `${label}: as loaded`, steps: waitForIslands },
    {
      path,
      label: `${label}: submitted empty`,
      steps: async (page) => {
        await waitForIslands(page);
        await submitForm(page);
      },
    },
    {
      path,
      label: `${label}: filled in, exported, reloaded`,
      steps: async (page) => {
        await waitForIslands(page);
        await completeTool(page);
        await exportEverything(page);
        await page.reload();
        await waitForIslands(page);
      },
    },
    {
      path,
      label: `${label}: tampered link and storage`,
      steps: async (page) => {
        await waitForIslands(page);
        await completeTool(page);
        await openTamperedLink(page);
      },
    },
  ];
}

/** Tool-specific flows the generic steps cannot reach. */
export const EXTRA_TOOL_STATES: ToolState[] = [
  {
    // The generic steps never tick a checkbox; this is the one state in which the message check stores the text,
    // and so the one whose text is still in the page after the reload ("filled in": the privacy test checks that).
    path: '/tools/message-check/',
    label: 'message check: filled in, remembered on this device, reloaded',
    steps: async (page) => {
      await waitForIslands(page);
      await page.locator('#mc-text').fill(`${SAMPLE.text}: please add me on WhatsApp and pay the activation fee`);
      await page.locator('#mc-remember-yes').check();
      await submitForm(page);
      await page.locator('.mc-result').waitFor();
      await page.reload();
      await waitForIslands(page);
      await page.locator('.mc-result').waitFor();
    },
  },
  {
    path: '/search/?q=payment',
    label: 'search: results for a query',
    steps: async (page) => {
      await waitForIslands(page);
      await page.waitForLoadState('networkidle');
    },
  },
];

export const TOOL_STATES: ToolState[] = [
  ...TOOL_PAGES.flatMap((t) => genericStates(t.path, t.label)),
  ...EXTRA_TOOL_STATES,
];

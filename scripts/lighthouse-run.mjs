/**
 * Runs Lighthouse (mobile preset, default simulated throttling) in Debian's Chromium, launched by chrome-launcher
 * (Lighthouse drives it through a debugging port) with the same headless, no-network flags as scripts/chromium.mjs.
 * Shared by tests/e2e/lighthouse.test.ts and scripts/bench-lighthouse.mjs, which serve the site with
 * scripts/static-server.mjs and its gzip.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

/** @returns {Promise<{ port: number; close(): Promise<void> }>} */
export async function launchChromium() {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  return {
    port: chrome.port,
    close: async () => {
      chrome.kill();
    },
  };
}

/**
 * Scores 0–100 per category, and the failing audits of categories under 100 (id, title, score), for one URL.
 * @param {string} url
 * @param {number} port
 * @returns {Promise<{ scores: Record<string, number>; failures: string[] }>}
 */
export async function runLighthouse(url, port) {
  // Chromium occasionally loses the first navigation's trace start (NO_NAVSTART); that is no score, so run again.
  let result;
  for (let attempt = 1; attempt <= 3; attempt++) {
    result = await runOnce(url, port);
    if (!result?.lhr.runtimeError) break;
  }
  return summarize(url, result);
}

/** @param {string} url @param {number} port */
function runOnce(url, port) {
  return lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
}

/** @param {string} url @param {import('lighthouse').RunnerResult | undefined} result */
function summarize(url, result) {
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  /** @type {Record<string, number>} */
  const scores = {};
  const failures = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    if (scores[id] === 100) continue;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failures.push(
          `${id}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`,
        );
      }
    }
  }
  return { scores, failures };
}

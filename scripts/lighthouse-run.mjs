/**
 * Runs Lighthouse (mobile preset, default simulated throttling) in Debian's Chromium, launched by chrome-launcher
 * with the same headless, no-network flags as tests/e2e/support/site.ts. Shared by tests/e2e/lighthouse.test.ts
 * and scripts/bench-lighthouse.mjs.
 */
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Reads the "/*" rule of a Netlify / Cloudflare Pages _headers file. */
export async function readHeadersFile(file) {
  /** @type {Record<string, string>} */
  const headers = {};
  let inAll = false;
  for (const line of (await readFile(file, 'utf8')).split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) inAll = line.trim() === '/*';
    else if (inAll) {
      const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (m) headers[m[1]] = m[2].trim();
    }
  }
  return headers;
}

/**
 * Serves a built site as a static host does for Lighthouse: directory → index.html, unknown → 404.html, the
 * _headers policy on every response, and gzip for text when the browser accepts it (Netlify and Cloudflare Pages
 * compress; an uncompressed local server would make the simulated mobile network slower than any real host).
 * @param {string} dir
 * @param {Record<string, string>} headers
 * @returns {Promise<{ url: string; close(): Promise<void> }>}
 */
export async function serveDist(dir, headers = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      /** @type {Record<string, string>} */
      const extra = {};
      if (/text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        extra['Content-Encoding'] = 'gzip';
        extra['Vary'] = 'Accept-Encoding';
      }
      res.writeHead(200, { 'Content-Type': type, ...extra, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

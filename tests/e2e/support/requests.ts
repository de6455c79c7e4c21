/**
 * What a page may fetch: only GETs of files that exist in dist/ (the site's static files and the search index),
 * never with a query string the site did not put there, and never carrying what the reader typed.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { DIST } from './site';
import { SAMPLE_MARKERS } from './tool-states';

async function isBuiltFile(pathname: string): Promise<boolean> {
  const file = join(DIST, decodeURIComponent(pathname));
  if (!file.startsWith(DIST)) return false;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return true;
  return (
    info?.isDirectory() === true && (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile() === true
  );
}

/** Everything wrong with one request, or nothing. `navigatedTo` is the page's own path, which may carry a query. */
export async function judgeRequest(origin: string, request: Request, navigatedTo: string): Promise<string[]> {
  const url = new URL(request.url());
  const problems: string[] = [];
  // Downloads made in the page (Blob URLs) and inline data never touch the network.
  if (url.protocol === 'blob:' || url.protocol === 'data:') return [];
  if (url.origin !== origin) return [`left the origin: ${request.method()} ${request.url()}`];
  if (request.method() !== 'GET') problems.push(`${request.method()} ${url.pathname}`);
  if (request.postData() !== null) problems.push(`a request body to ${url.pathname}`);
  // Pagefind asks for its entry file with a cache-busting timestamp (?ts=<digits>); nothing else has a query.
  const cacheBuster = url.pathname.startsWith('/pagefind/') && /^\?ts=\d+$/.test(url.search);
  if (url.search && !cacheBuster && request.url() !== origin + navigatedTo) {
    problems.push(`a query string: ${request.url()}`);
  }
  if (!(await isBuiltFile(url.pathname))) problems.push(`not a built file: ${url.pathname}`);
  const sent = `${decodeURIComponent(request.url())}\n${JSON.stringify(await request.allHeaders())}`.toLowerCase();
  for (const marker of SAMPLE_MARKERS) {
    if (sent.includes(marker)) problems.push(`typed text "${marker}" sent in ${request.url()}`);
  }
  return problems;
}

/** Judges every request of `context` (and flags any WebSocket) while `run` goes; problems carry `label`. */
export async function recordRequests(
  origin: string,
  context: BrowserContext,
  page: Page,
  label: string,
  navigatedTo: string,
  problems: string[],
  run: () => Promise<void>,
): Promise<void> {
  const pending: Promise<void>[] = [];
  const onRequest = (request: Request) => {
    pending.push(
      judgeRequest(origin, request, navigatedTo).then(
        (found) => void problems.push(...found.map((p) => `${label}: ${p}`)),
      ),
    );
  };
  const onSocket = (ws: { url(): string }) => problems.push(`${label}: opened a WebSocket to ${ws.url()}`);
  context.on('request', onRequest);
  page.on('websocket', onSocket);
  try {
    await run();
  } finally {
    context.off('request', onRequest);
    page.off('websocket', onSocket);
    await Promise.all(pending);
  }
}

/**
 * How every test and benchmark serves a built site: the way a static host does, on a free loopback port.
 * Shared by tests/e2e (through tests/e2e/support/site.ts), scripts/lighthouse-run.mjs and scripts/bench-search.mjs.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Text a host compresses; Pagefind's own files are gzip already and go out as stored. */
const COMPRESSIBLE = /text|json|xml|svg/;

/**
 * @typedef {object} StaticServer
 * @property {string} url Origin, e.g. "http://127.0.0.1:41234".
 * @property {() => Promise<void>} close
 */

/**
 * Serves `dir`: /path/ → /path/index.html, unknown paths → 404.html with 404, `headers` on every response (the
 * site's _headers policy, or a test's own). With `gzip`, text goes out compressed to a browser that accepts it, as
 * Netlify and Cloudflare Pages do: Lighthouse's simulated mobile network and the search byte counts need real
 * transfer sizes. Level 9, because those hosts send brotli, which is smaller still.
 * @param {string} dir
 * @param {{ headers?: Record<string, string>; gzip?: boolean }} [options]
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(dir, { headers = {}, gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    let status = 200;
    let body;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const encoding = {};
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      encoding['Content-Encoding'] = 'gzip';
      encoding['Vary'] = 'Accept-Encoding';
    }
    // Pagefind's worker requests may report no body size; byte counts then read Content-Length.
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(body.length),
      ...encoding,
      ...headers,
    });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

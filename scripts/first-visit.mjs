/**
 * What a page's first visit downloads before any interaction, gzip, counted one way for the budget test and for
 * `npm run bench`: the HTML (inline scripts and styles included), its stylesheets, its scripts with their static
 * imports (scripts/script-bytes.mjs; an inline script counts once, in the HTML) and the favicon.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScriptBytes } from './script-bytes.mjs';

/** @typedef {{ html: number; css: number; js: number; favicon: number; total: number; scripts: string[] }} FirstVisit */

/**
 * @param {string} dist the built site
 * @param {string} path a page's site path, like "/guides/"
 * @returns {Promise<FirstVisit>}
 */
export async function measureFirstVisit(dist, path) {
  const gzipOf = async (/** @type {string} */ sitePath) => gzipSync(await readFile(join(dist, sitePath))).length;
  const htmlFile = join(dist, path, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css += await gzipOf(m[1]);
  const icon = /<link\b[^>]*rel="icon"[^>]*href="([^"]+)"/.exec(html)?.[1];
  const favicon = icon ? await gzipOf(icon) : 0;
  const { files, gzipBytes, inlineGzipBytes } = await pageScriptBytes(dist, htmlFile);
  const js = gzipBytes - inlineGzipBytes;
  const htmlBytes = gzipSync(html).length;
  return { html: htmlBytes, css, js, favicon, total: htmlBytes + css + js + favicon, scripts: files };
}

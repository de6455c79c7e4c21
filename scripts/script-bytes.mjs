/**
 * What JavaScript a built page costs, counted the same way by the budget tests and the benchmark: the scripts it
 * loads with their static imports followed transitively, raw and gzipped. Dynamic import()s are not followed:
 * that is how exports and panels the reader opens stay out of a first load.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ files: string[]; bytes: number; gzipBytes: number; inlineGzipBytes: number }} ScriptBytes */

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const ISLAND_URL = /\b(?:component-url|renderer-url)="([^"]+)"/g;
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g;

/**
 * An island's cost: its component and renderer modules with their imports, plus Astro's inline island runtime.
 * Site chrome (the theme toggle, the header search) is on every page, guides included, and is not counted.
 * @param {string} dist the built site
 * @param {string} htmlFile a page in it
 * @returns {Promise<ScriptBytes>}
 */
export async function islandScriptBytes(dist, htmlFile) {
  const html = await readFile(htmlFile, 'utf8');
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).filter((code) => code.includes('astro:'));
  const roots = [...html.matchAll(ISLAND_URL)].map((m) => m[1]);
  return addInline(inline, await followModuleImports(dist, roots));
}

/**
 * Every script a page loads on a first visit: external, module and inline, with static imports followed.
 * @param {string} dist the built site
 * @param {string} htmlFile a page in it
 * @returns {Promise<ScriptBytes>}
 */
export async function pageScriptBytes(dist, htmlFile) {
  const html = await readFile(htmlFile, 'utf8');
  const inline = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]).filter((code) => code.trim() !== '');
  const roots = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(ISLAND_URL)].map((m) => m[1]),
  ];
  return addInline(inline, await followModuleImports(dist, roots));
}

/** @param {string[]} inline @param {ScriptBytes} modules @returns {ScriptBytes} */
function addInline(inline, modules) {
  const inlineGzipBytes = inline.reduce((n, code) => n + gzipSync(code).length, 0);
  return {
    files: modules.files,
    bytes: inline.reduce((n, code) => n + Buffer.byteLength(code), modules.bytes),
    gzipBytes: modules.gzipBytes + inlineGzipBytes,
    inlineGzipBytes,
  };
}

/** @param {string} dist @param {string[]} roots site paths of scripts @returns {Promise<ScriptBytes>} */
async function followModuleImports(dist, roots) {
  const seen = new Set();
  /** @type {string[]} */
  const queue = [];
  /** @param {string} url */
  const add = (url) => {
    if (!url.startsWith('/') || seen.has(url)) return;
    seen.add(url);
    queue.push(url);
  };
  roots.forEach(add);
  /** @type {ScriptBytes} */
  const total = { files: [], bytes: 0, gzipBytes: 0, inlineGzipBytes: 0 };
  while (queue.length > 0) {
    const url = /** @type {string} */ (queue.shift());
    const code = await readFile(join(dist, url));
    total.files.push(url);
    total.bytes += code.length;
    total.gzipBytes += gzipSync(code).length;
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) add(new URL(m[1], `http://x${url}`).pathname);
  }
  return total;
}

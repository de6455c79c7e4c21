/**
 * Reads dist/_headers (Netlify and Cloudflare Pages syntax, as scripts/write-headers.mjs writes it), so that the
 * browser tests and the benchmarks serve the built site with the headers a host would send.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A path line starts at column 0; its headers follow, indented, as `Name: value`; `#` starts a comment line.
 * @param {string} text
 * @returns {{ pattern: string; headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string; headers: Record<string, string> }[]} */
  const rules = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${i + 1} is not "  Name: value" under a path: ${line}`);
    const name = match[1];
    if (name in rule.headers) throw new Error(`_headers repeats ${name} under ${rule.pattern}`);
    rule.headers[name] = match[2].trim();
  }
  return rules;
}

/**
 * The headers every response gets: the site uses one rule for "/*" (hosts join repeated headers with commas).
 * @param {string} dir the built site
 * @returns {Promise<Record<string, string>>}
 */
export async function readSiteHeaders(dir) {
  const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
  if (rules.length !== 1 || rules[0].pattern !== '/*') {
    throw new Error(`Expected exactly one "/*" rule in _headers, found: ${rules.map((r) => r.pattern).join(', ')}`);
  }
  return rules[0].headers;
}

/**
 * Reads dist/_headers (Netlify / Cloudflare Pages syntax) so that tests serve the built site the way those hosts
 * would, and parses Content-Security-Policy strings into directives.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from './site';

export interface HeaderRule {
  /** Path pattern, e.g. "/*". */
  pattern: string;
  headers: Record<string, string>;
}

/** A path line starts at column 0; its headers follow, indented, as `Name: value`; `#` starts a comment line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${i + 1} is not "  Name: value" under a path: ${line}`);
    const name = match[1]!;
    if (name in rule.headers) throw new Error(`_headers repeats ${name} under ${rule.pattern}`);
    rule.headers[name] = match[2]!.trim();
  }
  return rules;
}

/** The headers every response gets: the site uses one rule for "/*" (hosts join repeated headers with commas). */
export async function readSiteHeaders(dir: string = DIST): Promise<Record<string, string>> {
  const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'));
  if (rules.length !== 1 || rules[0]!.pattern !== '/*') {
    throw new Error(`Expected exactly one "/*" rule in _headers, found: ${rules.map((r) => r.pattern).join(', ')}`);
  }
  return rules[0]!.headers;
}

/** "a x y; b z" → Map { a → [x, y], b → [z] }. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The content of the page's <meta http-equiv="content-security-policy">, entity-decoded. */
export function readMetaCsp(html: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(m[0])) continue;
    const content = /\scontent\s*=\s*"([^"]*)"/i.exec(m[0]);
    if (content)
      return content[1]!
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
  }
  return undefined;
}

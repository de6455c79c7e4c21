/**
 * Content-Security-Policy strings as directives, from a header or a page's <meta>. Reading dist/_headers itself is
 * scripts/site-headers.mjs, which the benchmarks share.
 */
import { readSiteHeaders as readHeadersOf } from '../../../scripts/site-headers.mjs';
import { DIST } from './site';

/** The headers every response of the built site gets, from dist/_headers. */
export const readSiteHeaders = (): Promise<Record<string, string>> => readHeadersOf(DIST);

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

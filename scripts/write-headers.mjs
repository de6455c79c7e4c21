#!/usr/bin/env node
/**
 * Writes dist/_headers (Netlify and Cloudflare Pages syntax) after `astro build` and `pagefind`.
 *
 * Astro hashes every script and style it emits into a per-page <meta http-equiv="content-security-policy">.
 * Those hashes change with every build, so the header policy is generated here: the union of every page's meta
 * policy (one `/*` rule, because both hosts join repeated headers with commas, which would make two policies that
 * the browser enforces together), plus `frame-ancestors 'none'`, which a <meta> policy cannot carry.
 * Astro's meta lists the hashes of every inline script and style of the whole site; each page's meta is narrowed
 * here to the hashes of its own inline code, and the browser enforces the header and the meta policy together, so
 * each page runs only its own inline code (and carries a shorter policy).
 *
 * Usage: node scripts/write-headers.mjs [distDir]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist'));

/**
 * Features the site never uses. Clipboard and fullscreen stay allowed: tools copy share links. Only names that
 * Chromium recognises: an unknown one (e.g. 'bluetooth', 'battery') logs a console warning on every page, which
 * tests/e2e/security.test.ts treats as a failure. 'interest-cohort' (FLoC) is still accepted; 'browsing-topics' is
 * its successor.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

function listHtml(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...listHtml(full));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

function decodeAttribute(value) {
  return value
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The content of a page's CSP meta element, or undefined. */
export function readMetaPolicy(html) {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /\scontent\s*=\s*"([^"]*)"/i.exec(tag) ?? /\scontent\s*=\s*'([^']*)'/i.exec(tag);
    if (content) return decodeAttribute(content[1]);
  }
  return undefined;
}

/** "a x y; b z" → Map { a → [x, y], b → [z] } in source order. */
export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    const list = directives.get(key) ?? [];
    for (const s of sources) if (!list.includes(s)) list.push(s);
    directives.set(key, list);
  }
  return directives;
}

export function serializePolicy(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const INLINE = {
  'script-src': /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi,
  'style-src': /<style[^>]*>([\s\S]*?)<\/style>/gi,
};

/** The page's policy with only the hashes of the inline scripts and styles it really has. */
export function narrowPolicy(policy, html) {
  const directives = parsePolicy(policy);
  for (const [name, pattern] of Object.entries(INLINE)) {
    const sources = directives.get(name);
    if (!sources) continue;
    const own = new Set(
      [...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`),
    );
    directives.set(
      name,
      sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || own.has(s)),
    );
  }
  return serializePolicy(directives);
}

function narrowPage(file) {
  const html = readFileSync(file, 'utf8');
  const policy = readMetaPolicy(html);
  if (policy === undefined) return undefined;
  const narrowed = narrowPolicy(policy, html);
  const escaped = narrowed.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  writeFileSync(
    file,
    html.replace(/(<meta\b[^>]*http-equiv="content-security-policy"[^>]*\scontent=")[^"]*(")/i, `$1${escaped}$2`),
  );
  return policy;
}

function main() {
  const files = listHtml(dist);
  if (files.length === 0) throw new Error(`No HTML in ${dist}: run astro build first.`);
  const union = new Map();
  const missing = [];
  for (const file of files) {
    // The union is of Astro's own policies: a host that sends only the header still allows every page's code.
    const policy = narrowPage(file);
    if (policy === undefined) {
      missing.push(relative(dist, file));
      continue;
    }
    for (const [name, sources] of parsePolicy(policy)) {
      const list = union.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      union.set(name, list);
    }
  }
  if (missing.length > 0) {
    throw new Error(`These pages have no CSP <meta> (is security.csp on in astro.config.mjs?): ${missing.join(', ')}`);
  }
  union.set('frame-ancestors', ["'none'"]);

  const headers = [
    ['Content-Security-Policy', serializePolicy(union)],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    // No Referer at all: a reader following a link to a platform's help page or a payment provider should not
    // tell it they came from a site about leaving platforms. Nothing on the site needs a Referer.
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For browsers too old for frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
  const text = [
    '# Generated by scripts/write-headers.mjs during `npm run build`: the union of the CSP <meta> policies that',
    '# Astro wrote into each page, plus what only a header can say. Edit the script, not this file.',
    '/*',
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n');
  writeFileSync(join(dist, '_headers'), text);
  console.log(`Wrote ${relative(process.cwd(), join(dist, '_headers'))} from ${files.length} pages.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

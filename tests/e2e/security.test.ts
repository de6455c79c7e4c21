/**
 * The security headers: dist/ is served with the headers from dist/_headers (as Netlify or Cloudflare Pages would),
 * and static checks make sure the header policy and each page's <meta> policy cover every inline script and style
 * the build emitted. The browser cases here are the ones a plain visit cannot show (framing, an injected script,
 * the search worker); tour.test.ts visits every page and tool state under these headers. Run after `npm run build`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsp, readMetaCsp, readSiteHeaders } from './support/headers';
import { DIST, listHtmlFiles, newPage, useSiteAndBrowser } from './support/site';
import { watchProblems } from './support/watch';

const site = useSiteAndBrowser({ headers: readSiteHeaders });
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the _headers file', () => {
  it('sends the policy the issue asks for', () => {
    const csp = parseCsp(site.headers['Content-Security-Policy'] ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'wasm-unsafe-eval'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'https:', 'data:', 'blob:']) {
      expect(scripts).not.toContain(unsafe);
      expect(csp.get('style-src') ?? []).not.toContain(unsafe);
    }
    expect(site.headers['Strict-Transport-Security']).toMatch(/^max-age=(\d{8,})/);
    expect(site.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(site.headers['Referrer-Policy']).toBe('no-referrer');
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'interest-cohort',
      'browsing-topics',
    ]) {
      expect(site.headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it("covers every inline script and style of every page, in the header and in the page's own <meta> policy", async () => {
    const header = parseCsp(site.headers['Content-Security-Policy']!);
    const problems: string[] = [];
    for (const file of await listHtmlFiles(DIST)) {
      const page = relative(DIST, file);
      const html = await readFile(file, 'utf8');
      const meta = readMetaCsp(html);
      if (meta === undefined) {
        problems.push(`${page}: no CSP <meta>`);
        continue;
      }
      const own = parseCsp(meta);
      if (own.has('frame-ancestors'))
        problems.push(`${page}: frame-ancestors in <meta> is ignored, with a console error`);
      const check = (kind: 'script' | 'style', body: string) => {
        const hash = sha256(body);
        for (const [where, policy] of [
          ['header', header],
          ['meta', own],
        ] as const) {
          const allowed = [...(policy.get(`${kind}-src-elem`) ?? []), ...(policy.get(`${kind}-src`) ?? [])];
          if (!allowed.includes(hash))
            problems.push(`${page}: inline ${kind} ${hash} missing from the ${where} policy`);
        }
      };
      for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
        check('script', m[2]!);
      }
      for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) check('style', m[1]!);
      // No hash can allow a style="" attribute (that needs 'unsafe-hashes'); the browser would ignore it.
      for (const m of html.matchAll(/<([a-z][\w-]*)\b[^>]*\sstyle=/gi))
        problems.push(`${page}: style attribute on <${m[1]}>`);
      if (/\son[a-z]+=["']/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) {
        problems.push(`${page}: inline event handler attribute`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('in Chromium, with the headers applied', () => {
  it('the violation detector sees a violation (so a silent run means something)', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      const problems = await watchProblems(context, page);
      await page.goto(site.url + '/');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.head.append(script);
      });
      await expect.poll(() => problems.list.join('\n')).toMatch(/CSP violation: script-src/);
      expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('receives the headers on pages, scripts and the search index', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      for (const path of ['/', '/pagefind/pagefind.js', '/favicon.svg']) {
        const response = await page.goto(site.url + path);
        expect(response?.headers()['content-security-policy'], path).toBe(site.headers['Content-Security-Policy']);
        expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
      }
    } finally {
      await context.close();
    }
  });

  it('refuses to be framed', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      const problems = await watchProblems(context, page);
      await page.goto(site.url + '/404.html');
      // A page of the site framing another page of the site: frame-ancestors 'none' refuses even the same origin.
      const loaded = await page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const frame = document.createElement('iframe');
            frame.src = src;
            frame.addEventListener('load', () => {
              try {
                resolve(frame.contentDocument?.title ?? 'blocked');
              } catch {
                resolve('blocked');
              }
            });
            document.body.append(frame);
          }),
        site.url + '/privacy/',
      );
      expect(loaded).not.toContain('Privacy');
      expect(problems.list.join('\n')).toMatch(/frame-ancestors|frame/i);
    } finally {
      await context.close();
    }
  });

  it('runs the search index (WebAssembly in a same-origin worker) under the policy', async () => {
    const { context, page } = await newPage(site.browser);
    try {
      const problems = await watchProblems(context, page);
      // The site's own search runs without the worker (src/scripts/pagefind.ts); a page that has not loaded it
      // yet shows that a Pagefind client with its defaults, worker included, also runs under the policy.
      await page.goto(site.url + '/privacy/');
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
      // A string, so that Vite leaves this import() alone: it runs in the page, under the page's policy.
      const count = await page.evaluate<number>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const found = await pagefind.search('privacy');
        await Promise.all(found.results.slice(0, 2).map((r) => r.data()));
        return found.results.length;
      })()`);
      expect(count).toBeGreaterThan(0);
      expect(workers).toContain('/pagefind/pagefind-worker.js');
      expect(problems.list).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

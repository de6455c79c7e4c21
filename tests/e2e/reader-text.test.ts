/**
 * What readers see on the built site, read from dist/ (run `npm run build` first): no note meant for the team on
 * any page, tool pages and their island props included; sentences whose words and figures come from separate
 * expressions keep their spaces; and claims the guides once got wrong stay fixed.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, listHtmlFiles } from './support/site';
import { findTeamNotes } from '../content/team-notes';

interface Page {
  path: string;
  /** The whole HTML with entities decoded, so island props (JSON in attributes) are read as text too. */
  raw: string;
  /** The visible text, whitespace collapsed. */
  text: string;
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (html: string) =>
  html.replace(/&(?:quot|#39|#x27|lt|gt);/g, (e) => ENTITIES[e] ?? e).replace(/&amp;/g, '&');

let pages: Page[] = [];
const page = (path: string): Page => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};

beforeAll(async () => {
  const files = await listHtmlFiles(DIST);
  pages = await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, 'utf8');
      const rel = relative(DIST, file).split('\\').join('/');
      const path = rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`;
      const root = parse(html);
      root.querySelectorAll('script, style').forEach((n) => n.remove());
      return { path, raw: decode(html), text: root.text.replace(/\s+/g, ' ') };
    }),
  );
});

describe('no note meant for the team reaches a reader', () => {
  it('covers the guides and the tool pages', () => {
    expect(pages.some((p) => p.path.startsWith('/guides/'))).toBe(true);
    for (const tool of ['/tools/payment-plan/', '/tools/trust-check/', '/tools/agreement/']) page(tool);
  });

  it('on any page: no briefing file, machine path or "(see some-data-id)"', () => {
    const problems = pages.flatMap((p) => findTeamNotes(p.raw).map((m) => `${p.path}: …${m}…`));
    expect(problems).toEqual([]);
  });
});

describe('sentences built from several values keep their spaces', () => {
  it('the worked-example caption of the Conversion Fee reads as a sentence', () => {
    const caption = parse(
      (pages.find((p) => p.path === '/guides/upwork-conversion-fee/')?.raw ?? '').replace(
        /<script[\s\S]*?<\/script>/g,
        '',
      ),
    )
      .querySelector('.conversion-examples caption')
      ?.text.replace(/\s+/g, ' ')
      .trim();
    // 12% × (rate × 2,080 hours), per Upwork's help article 360043723533; three example rates.
    expect(caption).toBe(
      "Worked examples: the Conversion Fee at 3 hourly rates. A year's pay is the rate × 2,080 hours; the fee is 12% of that, kept between the minimum and the maximum.",
    );
  });

  it('no guide glues a word to a figure ("at3hourly", "is12%of")', () => {
    const glued = /[a-z]\d+(?:[.,]\d+)*%?[a-z]/g;
    const problems = pages
      .filter((p) => p.path.startsWith('/guides/'))
      .flatMap((p) =>
        [...p.text.matchAll(glued)]
          // Words that really mix letters and digits, and ids in links, are not prose.
          .filter((m) => !/^[a-z]\d+[a-z]$/.test(m[0]) || /\d{2,}/.test(m[0]))
          .map((m) => `${p.path}: ${p.text.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + 20)}`),
      );
    expect(problems).toEqual([]);
  });

  it('no page glues a word to the link after it ("and<a>nothing")', () => {
    // Astro's compressed HTML drops a line break between text and an element on the next line.
    const glued = /[a-z.,;:]<a href="[^"]*">[^<]{0,20}/g;
    const problems = pages.flatMap((p) =>
      [...p.raw.replace(/<script[\s\S]*?<\/script>/g, '').matchAll(glued)].map((m) => `${p.path}: ${m[0]}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('claims the guides once got wrong', () => {
  it('never counts the US places with freelancer laws, and lists Seattle and Columbus', () => {
    const late = page('/guides/late-payment-rights/').text;
    expect(late).not.toMatch(/\b(five|six|seven|5|6|7) US (places|cities|states)/i);
    expect(late).toMatch(/Seattle/);
    expect(late).toMatch(/Columbus/);
  });

  it('says the $1 Conversion Fee stays due after two years, and that Upwork pages disagree', () => {
    const fee = page('/guides/upwork-conversion-fee/').text;
    expect(fee).toMatch(/\$1 Conversion Fee is still (due|needed)/);
    expect(fee).toMatch(/Upwork['’]s (own )?pages disagree/);
  });

  it('never ties bank logins, codes or ID to "until a contract"', () => {
    const problems = pages
      .filter((p) => p.path.startsWith('/guides/'))
      .filter((p) => /(\b[Ll]ogins?\b|\b[Cc]odes\b|\bID\b)[^.]{0,80}\buntil (a|the) (real )?contract/.test(p.text))
      .map((p) => p.path);
    expect(problems).toEqual([]);
  });

  it('states no unsourced wire speed and no platform scanning its messages', () => {
    const all = pages.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/usually arrives the same day/i);
    expect(all).not.toMatch(/watches its own messages/i);
  });
});

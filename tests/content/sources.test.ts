/**
 * Every source a reader can follow must open the page that says the thing: a bare origin ("https://ilga.gov")
 * leaves the reader to search a whole site. And notes in the data are shown to readers, so they may not speak to
 * the team (a briefing file, a data id). Reads the YAML and the guides' frontmatter directly, without a build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dataDir, readGuides } from './guide-text';
import { findTeamNotes } from './team-notes';

interface FoundSource {
  where: string;
  url: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return name.endsWith('.yaml') ? [full] : [];
  });
}

/** Every `url` inside a `sources` list or a `source` object, with a path to it for the message. */
export function collectSourceUrls(value: unknown, where: string, inSource = false): FoundSource[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectSourceUrls(v, `${where}[${i}]`, inSource));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = inSource && typeof record['url'] === 'string' ? [{ where, url: record['url'] }] : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) =>
      collectSourceUrls(child, `${where}.${key}`, key === 'sources' || key === 'source'),
    ),
  ];
}

/** True for "https://example.com" or "https://example.com/": a site, not a page. */
export function isBareOrigin(url: string): boolean {
  const u = new URL(url);
  return (u.pathname === '' || u.pathname === '/') && u.search === '' && u.hash === '';
}

const dataSources = yamlFiles(dataDir).flatMap((file) =>
  collectSourceUrls(parse(readFileSync(file, 'utf8')), relative(dataDir, file)),
);
const guideSources = readGuides().flatMap((g) => collectSourceUrls(g.frontmatter, `guides/${g.slug}`));

describe('the helpers', () => {
  it('tell a site from a page', () => {
    expect(isBareOrigin('https://www.ilga.gov')).toBe(true);
    expect(isBareOrigin('https://consumer.ftc.gov/')).toBe(true);
    expect(isBareOrigin('https://www.upwork.com/legal')).toBe(false);
    expect(isBareOrigin('https://eur-lex.europa.eu/legal-content/EN/LSU/?uri=LEGISSUM:mi0074')).toBe(false);
    expect(isBareOrigin('http://example.org/?page=fees')).toBe(false);
  });

  it('find urls in sources only, not a platform home page', () => {
    const found = collectSourceUrls(
      {
        url: 'https://home.example',
        rules: [{ sources: [{ url: 'https://a.example' }] }],
        source: { url: 'https://b.example/x' },
      },
      'f',
    );
    expect(found).toEqual([
      { where: 'f.rules[0].sources[0]', url: 'https://a.example' },
      { where: 'f.source', url: 'https://b.example/x' },
    ]);
  });
});

describe('sources open the page that says the thing', () => {
  it('finds the sources (so the checks below are not empty)', () => {
    expect(dataSources.length).toBeGreaterThan(100);
    expect(guideSources.length).toBeGreaterThan(50);
  });

  it('in the fact, trust and clause data', () => {
    expect(dataSources.filter((s) => isBareOrigin(s.url)).map((s) => `${s.where}: ${s.url}`)).toEqual([]);
  });

  it("in each guide's source list", () => {
    expect(guideSources.filter((s) => isBareOrigin(s.url)).map((s) => `${s.where}: ${s.url}`)).toEqual([]);
  });
});

describe('data a reader sees holds no note to the team', () => {
  it.each(yamlFiles(dataDir).map((f) => [relative(dataDir, f), f] as const))('%s', (_name, file) => {
    // Comments are not shown, but they must not point at briefing files either; so check the whole file.
    expect(findTeamNotes(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

/**
 * Rules every guide must keep: sources, review date, "In short" and a tool; glossary terms linked once, at first
 * use; no figure retyped that the data holds; no copied seed sentences (checked against hashes of the seed's runs,
 * tests/fixtures/seed-runs.json). Reads the MDX and YAML directly, so it runs without a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  collectDataFigures,
  collectRuns,
  dataDir,
  findCopiedRuns,
  findFirstTermMention,
  findTermUses,
  findTypedFigures,
  maskForTerms,
  maskMarkup,
  normaliseWords,
  readDataValues,
  readGuides,
  readSeedRunHashes,
} from './guide-text';
import { hashRunsOf } from '../../scripts/seed-runs.mjs';

const seed = readSeedRunHashes();
const RUN_LENGTH = seed.runLength;

/** The reading path, in order; the hub links to every other step. */
const PATH_SLUGS = [
  'client-asks-to-work-off-platform',
  'upwork-conversion-fee',
  'other-platforms-rules',
  'how-to-answer-the-request',
  'staying-on-the-platform',
  'platform-protection',
  'account-flagged-or-suspended',
  'check-a-client',
  'off-platform-scams',
  'report-a-scam',
  'getting-paid-off-platform',
  'currency-invoices-records',
  'deposits-and-milestones',
  'written-agreement',
  'late-payment-rights',
  'us-freelancer-laws',
  'delivery-and-evidence',
];

interface GlossaryEntry {
  id: string;
  term: string;
  seeAlso?: string;
}
const glossary = parse(readFileSync(join(dataDir, 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
const guides = readGuides();
const guideCases = guides.map((g) => [g.slug, g] as const);
const dataFigures = collectDataFigures(readDataValues());

describe('the helpers behind these tests', () => {
  it('blank markup but keep text between tags, at the same positions', () => {
    const body = 'import X from "y";\nPay <Fact rule="a" id="b" inline /> now, see <Term id="escrow">escrow</Term>.';
    const masked = maskMarkup(body);
    expect(masked).toHaveLength(body.length);
    expect(masked).not.toContain('rule=');
    expect(masked).toContain('escrow');
    expect(masked).not.toContain('import');
  });

  it('leave headings and link text out of the first-use check', () => {
    const masked = maskForTerms('## About escrow\nSee [escrow rules](/x/) and escrow.');
    // 16 (heading line) + 4 ("See ") + 19 (the link) + 5 (" and ") = 44
    expect(findFirstTermMention(masked, 'escrow')).toBe(44);
  });

  it('find a term at word boundaries only', () => {
    expect(findFirstTermMention('the non-circumvention rule; circumvention is', 'circumvention')).toBe(28);
    expect(findFirstTermMention('Escrow.com holds funds in escrow.', 'escrow')).toBe(26);
    expect(findFirstTermMention('two milestones', 'milestone')).toBe(4);
    expect(findFirstTermMention('an archive', 'ach')).toBeUndefined();
  });

  it('find typed figures as whole figures', () => {
    const figures = new Set(['$1', '$1,000', '3.49%', '2,080']);
    expect(findTypedFigures('costs $1,000 or 3.49% over 2,080 hours', figures)).toEqual(['$1,000', '2,080', '3.49%']);
    expect(findTypedFigures('costs $15 and 13.49% and $1.', figures)).toEqual(['$1']);
    expect(findTypedFigures('no figures here', figures)).toEqual([]);
  });

  it('collect figures from data values, written and structured', () => {
    const figures = collectDataFigures([
      { text: 'a $1 fee, then $800, 3.49% and 5,000 reports.' },
      { currency: 'USD', amountMinor: 100000, basisPoints: 150, annualHours: 2080 },
    ]);
    for (const f of ['$1', '$800', '3.49%', '5,000', '$1,000', '1.5%', '1.50%', '2,080']) expect(figures).toContain(f);
  });

  it('spot an 8-word run after case and punctuation changes', () => {
    const seedRuns = collectRuns(
      normaliseWords('It is always a risky move, to bypass established payment systems.'),
      8,
    );
    const guide = collectRuns(normaliseWords('it is ALWAYS a risky move to bypass established... payment'), 8);
    expect([...guide].some((r) => seedRuns.has(r))).toBe(true);
  });

  it('find a copied run through its hash alone, and nothing in text that shares fewer than 8 words in a row', () => {
    const hashes = new Set(hashRunsOf('Write the scope, the price and the dates down before any work begins.'));
    expect(findCopiedRuns('So: write the scope the price and the dates down today.', hashes, 8)).toEqual([
      'write the scope the price and the dates',
      'the scope the price and the dates down',
    ]);
    expect(findCopiedRuns('Write the scope, the price and the date down.', hashes, 8)).toEqual([]);
  });

  it('hold hashes of the seed article (a copied seed heading is found)', () => {
    expect(seed.runLength).toBe(8);
    expect(seed.hashes.size).toBeGreaterThan(100);
    // The seed's title, which any copy would carry, in normalised form.
    expect(
      findCopiedRuns('Navigating client requests to work outside Upwork: best practices', seed.hashes, 8),
    ).toHaveLength(2);
  });
});

describe('the glossary', () => {
  it('has at least 30 terms with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
  });

  it('points each "see also" at a guide of the reading path', () => {
    const bad = glossary.filter((t) => t.seeAlso !== undefined && !PATH_SLUGS.includes(t.seeAlso));
    expect(bad.map((t) => `${t.id} → ${t.seeAlso}`)).toEqual([]);
  });
});

describe('guides exist', () => {
  it('at least one guide is present', () => {
    expect(guides.length).toBeGreaterThan(0);
  });
});

describe.each(guideCases)('guide %s', (slug, guide) => {
  const fm = guide.frontmatter;

  it('has at least two sources, a reviewed date, an "In short" list and a related tool', () => {
    expect(Array.isArray(fm['sources']) ? fm['sources'].length : 0, 'sources').toBeGreaterThanOrEqual(2);
    expect(fm['reviewed'], 'reviewed must be a quoted YYYY-MM-DD date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Array.isArray(fm['inShort']) ? fm['inShort'].length : 0, 'inShort items').toBeGreaterThanOrEqual(2);
    const related = fm['related'] as { tools?: unknown[] } | undefined;
    expect(related?.tools?.length ?? 0, 'related.tools').toBeGreaterThanOrEqual(1);
  });

  it('links each glossary term it uses with <Term>, once, at its first use', () => {
    const ids = new Set(glossary.map((t) => t.id));
    const uses = findTermUses(guide.body);
    const problems: string[] = uses
      .filter((u) => !ids.has(u.id))
      .map((u) => `<Term id="${u.id}"> is not in the glossary`);
    const masked = maskForTerms(guide.body);
    for (const entry of glossary) {
      const mine = uses.filter((u) => u.id === entry.id);
      if (mine.length > 1) problems.push(`"${entry.term}" is linked ${mine.length} times; link it once`);
      const first = findFirstTermMention(masked, entry.term);
      if (first === undefined) continue;
      const line = guide.bodyStartLine + guide.body.slice(0, first).split('\n').length - 1;
      const use = mine[0];
      if (!use)
        problems.push(`"${entry.term}" appears (line ${line}) but is never linked with <Term id="${entry.id}">`);
      else if (first < use.start || first >= use.end)
        problems.push(`"${entry.term}" is first used on line ${line}, before its <Term id="${entry.id}"> link`);
    }
    expect(problems).toEqual([]);
  });

  it('types no figure that the fact data holds (use <Fact>, <FeeTable> or another data component)', () => {
    const summaries = Array.isArray(fm['changes'])
      ? fm['changes'].map((c) => (c as { summary?: string }).summary ?? '')
      : [];
    const frontText = [
      fm['title'],
      fm['description'],
      ...(Array.isArray(fm['inShort']) ? fm['inShort'] : []),
      ...summaries,
    ].join('\n');
    const problems = [
      ...findTypedFigures(maskMarkup(guide.body), dataFigures).map((f) => `body: ${f}`),
      ...findTypedFigures(frontText, dataFigures).map((f) => `frontmatter: ${f}`),
    ];
    expect(problems).toEqual([]);
  });

  it(`copies no ${RUN_LENGTH}-word run from the seed article`, () => {
    const text = [
      JSON.stringify(fm['title']),
      JSON.stringify(fm['description']),
      JSON.stringify(fm['inShort']),
      maskMarkup(guide.body),
    ].join(' ');
    expect(findCopiedRuns(text, seed.hashes, RUN_LENGTH)).toEqual([]);
  });

  if (slug === PATH_SLUGS[0]) {
    it('is the hub: links to every other guide of the reading path', () => {
      const missing = PATH_SLUGS.slice(1).filter((s) => !guide.body.includes(`/guides/${s}/`));
      expect(missing).toEqual([]);
    });
  }
});

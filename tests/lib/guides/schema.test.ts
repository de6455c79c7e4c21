import { describe, expect, it } from 'vitest';
import { estimateReadingMinutes, findGuideLinkProblems, guideSchema } from '../../../src/lib/guides/schema';

const valid = {
  title: 'A client asked to work outside the platform',
  description: 'What the rules say, how to check the client, and what to answer, with sources.',
  inShort: ['Answer first, in one sentence.', 'Then a second point.'],
  askedAs: ['client wants to move off upwork', 'can I work directly with my client', 'go direct'],
  topic: 'platform-rules',
  order: 1,
  updated: '2026-11-26',
  reviewed: '2026-11-26',
  sources: [{ title: 'Circumvention', url: 'https://support.upwork.com/', publisher: 'Upwork', asOf: 'undated' }],
};

describe('guideSchema', () => {
  it('accepts a complete guide and fills the optional lists', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.related).toEqual({ guides: [], tools: [] });
    expect(parsed.changes).toEqual([]);
  });

  it.each([
    ['description', { description: 'x'.repeat(161) }, 'over 160 characters'],
    ['reviewed', { reviewed: '2026-02-30' }, 'a date that does not exist'],
    ['reviewed', { reviewed: new Date('2026-11-26') }, 'an unquoted YAML date'],
    ['topic', { topic: 'misc' }, 'a topic outside the fixed list'],
    ['sources', { sources: [] }, 'no source'],
    ['related', { related: { tools: ['calculator'] } }, 'a tool that does not exist'],
    ['extra', { extra: true }, 'an unknown field'],
    ['askedAs', { askedAs: undefined }, 'no reader phrasings'],
    ['askedAs', { askedAs: ['go direct', 'go direct', 'bypass'] }, 'a phrasing twice'],
  ])('rejects %s: %s', (field, change, _why) => {
    const result = guideSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) =>
      i.path.length > 0 ? i.path.join('.') : (i as { keys?: string[] }).keys?.join(','),
    );
    expect(paths.join(' ')).toContain(field);
  });
});

describe('findGuideLinkProblems', () => {
  const guide = (id: string, order: number, related: string[] = []) => ({
    id,
    filePath: `src/content/guides/${id}.mdx`,
    data: { order, related: { guides: related, tools: [] } },
  });

  it('names the file of a guide that links to a missing guide', () => {
    expect(findGuideLinkProblems([guide('a', 1, ['b', 'missing']), guide('b', 2)])).toEqual([
      'src/content/guides/a.mdx: related.guides names "missing", which is not a guide',
    ]);
  });

  it('names both files when two guides share a reading-path position', () => {
    expect(findGuideLinkProblems([guide('a', 1), guide('b', 1)])).toEqual([
      'src/content/guides/b.mdx: order 1 is also used by src/content/guides/a.mdx',
    ]);
  });
});

describe('estimateReadingMinutes', () => {
  it.each([
    ['', 1, 'never below one minute'],
    [Array(400).fill('word').join(' '), 2, '400 words at 200 a minute'],
    [
      `---\ntitle: x\n---\n${Array(1000).fill('word').join(' ')} <Term id="x">term</Term>`,
      5,
      'frontmatter and tags not counted',
    ],
  ])('%#: %s… → %i (%s)', (text, minutes) => {
    expect(estimateReadingMinutes(text)).toBe(minutes);
  });
});

import { readPlanStep } from '../../../src/lib/agreement/plan-step';
import { describe, expect, test } from 'vitest';
import { buildAgreement } from '../../../src/lib/agreement/build';
import { buildFileName, escapeMarkdown, renderMarkdown, sanitizeFileNamePart } from '../../../src/lib/agreement/render';
import { createInitialState } from '../../../src/lib/agreement/form';
import { loadFixture, loadLibrary } from './library';

const library = loadLibrary();

describe('escapeMarkdown', () => {
  test.each([
    ['[x](http://e.example)', '\\[x\\]\\(http\\://e\\.example\\)'],
    ['<b>&copy;', '\\<b\\>\\&copy;'],
    ['*a* _b_ `c` ~~d~~ # + - ! |', '\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\# \\+ \\- \\! \\|'],
    ['a@b.co {x}', 'a\\@b\\.co \\{x\\}'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('file names', () => {
  test.each([
    ['Ana Lima', 'Acme Ltd.', '2026-02-10', 'docx', 'agreement-ana-lima-acme-ltd-2026-02-10.docx'],
    ['A/B:C*?"<>|', 'Ünïcode Café', '2026-02-10', 'md', 'agreement-a-b-c-ünïcode-café-2026-02-10.md'],
    ['../../etc/passwd', 'CON', '', 'txt', 'agreement-etc-passwd-con.txt'],
    ['', '', 'not a date!', 'txt', 'agreement-not-a-date.txt'],
  ])('%j and %j on %j', (freelancer, client, date, ext, expected) => {
    expect(buildFileName(freelancer, client, date, ext)).toBe(expected);
  });

  test('each part is cut to 40 characters', () => {
    expect(sanitizeFileNamePart('a'.repeat(80))).toHaveLength(40);
  });
});

describe('the preview marks gaps instead of printing blanks', () => {
  test('a blank form shows [missing: …] markers, never undefined or an empty slot', () => {
    const { document: doc } = buildAgreement(createInitialState('2026-01-10', library.clauses), library, readPlanStep);
    const md = renderMarkdown(doc);
    expect(md).toContain("**\\[missing: client's name\\]**");
    expect(md).toContain('**\\[missing: schedule\\]**');
    expect(md).not.toMatch(/undefined|NaN|\(\s*\)|of\s+\(/);
  });
});

describe('numbering follows the clauses present', () => {
  test('switching off optional clauses renumbers the rest and the cross-references', () => {
    const full = loadFixture('design-fixed-deposit');
    const withAll = buildAgreement(full, library, readPlanStep).document;
    const fewer = buildAgreement(
      {
        ...full,
        fields: { ...full.fields, exclusions: '', portfolio: '', confidentiality: '', expenses: '' },
      },
      library,
    ).document;
    // Hand count: 26 clauses (non-solicitation and indemnity not chosen) minus exclusions, expenses, portfolio and
    // confidentiality.
    expect(withAll.clauses).toHaveLength(26);
    expect(fewer.clauses).toHaveLength(22);
    const number = (doc: typeof fewer, id: string) => doc.clauses.find((c) => c.id === id)?.number;
    expect(number(withAll, 'entire-agreement')).toBe(23);
    expect(number(fewer, 'entire-agreement')).toBe(19);
    const revisions = fewer.clauses.find((c) => c.id === 'revisions');
    const text = revisions?.blocks
      .map((b) => (b.kind === 'paragraph' ? b.segments.map((s) => s.text).join('') : ''))
      .join(' ');
    expect(text).toContain('under clause 19.');
    expect(fewer.clauses.map((c) => c.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });
});

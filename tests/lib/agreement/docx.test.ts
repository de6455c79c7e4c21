/** The .docx opened as a file: unzipped, word/document.xml read, and searched for what must be in it. */
import { readPlanStep } from '../../../src/lib/agreement/plan-step';
import * as docx from 'docx';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildAgreement } from '../../../src/lib/agreement/build';
import { renderDocx } from '../../../src/lib/agreement/docx';
import { normalizeText } from '../../../src/lib/agreement/text';
import { describePayments } from '../../../src/lib/plan/describe';
import { extractParagraphs, readDocumentXml } from './docx-text';
import { loadFixture, loadLibrary } from './library';

const library = loadLibrary();

describe('the Word file', () => {
  test('holds the parties, the summary and every payment of the schedule, word for word', async () => {
    const build = buildAgreement(loadFixture('design-fixed-deposit'), library, readPlanStep);
    const paragraphs = extractParagraphs(readDocumentXml(await renderDocx(build.document, docx)));
    const text = paragraphs.join('\n');
    expect(text).toContain('Ana Lima Design');
    expect(text).toContain('Acme Ltd');
    expect(paragraphs.find((p) => p.startsWith('In short: '))).toContain(
      'A deposit of 1,000.00 USD (50% of the total) is paid before work starts',
    );
    if (!build.schedule) throw new Error('fixture has no schedule');
    // The lines come from the shared plan module, so they match the calculator's wording.
    const lines = describePayments(build.schedule);
    expect(lines).toEqual([
      'Deposit: 1,000.00 USD, due on 16 February 2026.',
      'Logo concepts: 500.00 USD, due on 15 March 2026.',
      'Final files and brand guide: 500.00 USD, due on 29 March 2026.',
    ]);
    for (const line of lines) expect(paragraphs).toContain(`- ${line}`);
    expect(paragraphs.filter((p) => p.startsWith('Signature: '))).toHaveLength(2);
  });

  test('reader text is stored as text, never as XML', () => {
    const base = loadFixture('writing-platform-conversion-fee');
    const names = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        '<w:p>x</w:p>',
        ']]><x>',
        '&amp; & <b>',
        '"quoted" \'single\'',
        'Ana\u0001\u0008Lima',
        '\ud800 lone',
      ),
    );
    return fc.assert(
      fc.asyncProperty(names, async (name) => {
        const expected = normalizeText(name);
        fc.pre(expected !== '');
        const build = buildAgreement({ ...base, fields: { ...base.fields, clientName: name } }, library, readPlanStep);
        const xml = readDocumentXml(await renderDocx(build.document, docx));
        expect(xml).not.toMatch(/<x>|<b>|<w:p>x/);
        expect(extractParagraphs(xml).join('\n')).toContain(expected);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});

/**
 * Golden documents: the three fixtures rendered in every text format and compared with files checked in next to
 * them. To change a golden on purpose, run `UPDATE_GOLDENS=1 npx vitest run tests/lib/agreement/golden.test.ts`
 * and review the diff before committing it.
 */
import { readPlanStep } from '../../../src/lib/agreement/plan-step';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as docx from 'docx';
import { describe, expect, test } from 'vitest';
import { buildAgreement, countMissing } from '../../../src/lib/agreement/build';
import { renderDocx } from '../../../src/lib/agreement/docx';
import { renderMarkdown, renderPlainText } from '../../../src/lib/agreement/render';
import { extractParagraphs, readDocumentXml } from './docx-text';
import { FIXTURE_DIR, FIXTURE_NAMES, loadFixture, loadLibrary } from './library';

const library = loadLibrary();
const update = process.env['UPDATE_GOLDENS'] === '1';

function compareWithGolden(file: string, actual: string): void {
  const path = join(FIXTURE_DIR, file);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing; run with UPDATE_GOLDENS=1 once and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(FIXTURE_NAMES)('%s', (name) => {
  const build = buildAgreement(loadFixture(name), library, readPlanStep);

  test('the fixture is complete: no errors, nothing missing', () => {
    expect(build.errors).toEqual([]);
    expect(renderPlainText(build.document)).not.toMatch(/\[missing:|undefined|NaN|\{[a-z.:-]+\}/);
    expect(countMissing(build.document)).toBe(0);
  });

  test('without the payment step it counts each "[missing: …]" in the clauses (the summary repeats them)', () => {
    // The same fixture built before the payment step's code loaded.
    const early = buildAgreement(loadFixture(name), library).document;
    const clausesOnly = { ...early, subtitle: [], summary: [], signatures: [] };
    const shown = renderPlainText(clausesOnly).match(/\[missing: [^\]]+\]/g) ?? [];
    expect(shown.length).toBeGreaterThan(0);
    expect(countMissing(early)).toBe(shown.length);
  });

  test('Markdown matches the golden file', () => {
    compareWithGolden(`${name}.golden.md`, renderMarkdown(build.document));
  });

  test('plain text matches the golden file', () => {
    compareWithGolden(`${name}.golden.txt`, renderPlainText(build.document));
  });

  test('the .docx text matches the golden file', async () => {
    const bytes = await renderDocx(build.document, docx);
    compareWithGolden(`${name}.golden.docx.txt`, `${extractParagraphs(readDocumentXml(bytes)).join('\n')}\n`);
  });
});

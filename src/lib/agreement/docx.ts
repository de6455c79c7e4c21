/**
 * The agreement as a Word document. The `docx` library is passed in rather than imported, so this module costs
 * the island nothing until the reader asks for a .docx and the island loads the library with import().
 * Reader text only ever goes into TextRun text, which the library writes as escaped XML text.
 */
import type * as Docx from 'docx';
import type { AgreementDocument, Block, Segment } from './build';
import { SIGNATURE_LINE } from './render';

export type DocxLibrary = Pick<typeof Docx, 'Document' | 'Paragraph' | 'TextRun' | 'HeadingLevel' | 'Packer'>;

function runs(lib: DocxLibrary, segments: readonly Segment[]): Docx.TextRun[] {
  return segments.map((s) => new lib.TextRun({ text: s.text, bold: s.kind === 'missing' }));
}

function blockParagraphs(lib: DocxLibrary, block: Block): Docx.Paragraph[] {
  if (block.kind === 'paragraph')
    return [new lib.Paragraph({ children: runs(lib, block.segments), spacing: { after: 120 } })];
  return block.items.map((item) => new lib.Paragraph({ children: runs(lib, item), bullet: { level: 0 } }));
}

/** Builds the .docx file's bytes. */
export async function renderDocx(doc: AgreementDocument, lib: DocxLibrary): Promise<Uint8Array> {
  const { Paragraph, TextRun, HeadingLevel } = lib;
  const children: Docx.Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title })] }),
    new Paragraph({ children: runs(lib, doc.subtitle), spacing: { after: 200 } }),
    new Paragraph({ children: runs(lib, doc.summary), spacing: { after: 240 }, border: {} }),
  ];
  for (const clause of doc.clauses) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun({ text: `${clause.number}. ${clause.title}` })],
      }),
    );
    for (const block of clause.blocks) children.push(...blockParagraphs(lib, block));
  }
  for (const party of doc.signatures) {
    children.push(
      new Paragraph({
        spacing: { before: 360 },
        keepNext: true,
        children: [new TextRun({ text: `${party.role}: `, bold: true }), ...runs(lib, [party.name])],
      }),
      new Paragraph({
        keepNext: true,
        spacing: { before: 240 },
        children: [new TextRun(`Signature: ${SIGNATURE_LINE}`)],
      }),
      new Paragraph({ spacing: { before: 240 }, children: [new TextRun(`Date: ${SIGNATURE_LINE}`)] }),
    );
  }
  const file = new lib.Document({
    title: doc.title,
    creator: 'Offramp agreement generator',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await lib.Packer.toArrayBuffer(file));
}

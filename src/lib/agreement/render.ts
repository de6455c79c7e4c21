/**
 * The agreement as Markdown and as plain text, and the file names of the downloads. Both work from the document
 * model only; the preview (an island) and the .docx (docx.ts) do the same.
 */
import type { AgreementDocument, Block, Segment } from './build';

/**
 * Reader text may hold anything, so every character Markdown (CommonMark and GitHub's extensions) could read as
 * markup is escaped: emphasis, code, links and images, headings, lists, tables, HTML, entities (&), strikethrough
 * (~) and bare autolinks (the : of a URL, the @ of an email). CommonMark lets any ASCII punctuation be escaped with
 * a backslash, so an escape too many is harmless. Our own clause text starts every line with a word and never holds
 * a link, so it needs only the inline markers, which keeps amounts like 2,000.00 readable in the .md file.
 */
const MARKDOWN_SIGNIFICANT_IN_READER_TEXT = /[\\`*_{}[\]()#+\-.!|<>&~:@]/g;
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]<>&|~]/g;

export function escapeMarkdown(text: string, reader = true): string {
  return text.replace(reader ? MARKDOWN_SIGNIFICANT_IN_READER_TEXT : MARKDOWN_SIGNIFICANT, '\\$&');
}

function segmentToMarkdown(s: Segment): string {
  if (s.kind === 'missing') return `**${escapeMarkdown(s.text, false)}**`;
  return escapeMarkdown(s.text, s.kind === 'user');
}

function segmentsToMarkdown(segments: readonly Segment[]): string {
  return segments.map(segmentToMarkdown).join('');
}

function segmentsToText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

function blockToMarkdown(block: Block): string {
  if (block.kind === 'paragraph') return segmentsToMarkdown(block.segments);
  return block.items.map((item) => `- ${segmentsToMarkdown(item)}`).join('\n');
}

function blockToText(block: Block): string {
  if (block.kind === 'paragraph') return segmentsToText(block.segments);
  return block.items.map((item) => `  - ${segmentsToText(item)}`).join('\n');
}

export const SIGNATURE_LINE = '______________________________';

export function renderMarkdown(doc: AgreementDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title, false)}`, '', segmentsToMarkdown(doc.subtitle), ''];
  out.push(`> ${segmentsToMarkdown(doc.summary)}`, '');
  for (const clause of doc.clauses) {
    out.push(`## ${clause.number}\\. ${escapeMarkdown(clause.title, false)}`, '');
    for (const block of clause.blocks) out.push(blockToMarkdown(block), '');
  }
  for (const party of doc.signatures) {
    out.push(`**${party.role}:** ${segmentToMarkdown(party.name)}`, '');
    out.push(`Signature: ${escapeMarkdown(SIGNATURE_LINE, false)}`, '');
    out.push(`Date: ${escapeMarkdown(SIGNATURE_LINE, false)}`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

export function renderPlainText(doc: AgreementDocument): string {
  const title = doc.title.toUpperCase();
  const out: string[] = [title, '='.repeat(title.length), '', segmentsToText(doc.subtitle), ''];
  out.push(segmentsToText(doc.summary), '');
  for (const clause of doc.clauses) {
    const heading = `${clause.number}. ${clause.title}`;
    out.push(heading, '-'.repeat(heading.length), '');
    for (const block of clause.blocks) out.push(blockToText(block), '');
  }
  for (const party of doc.signatures) {
    out.push(`${party.role}: ${party.name.text}`, `Signature: ${SIGNATURE_LINE}`, `Date: ${SIGNATURE_LINE}`, '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

// Characters Windows, macOS or Linux reject in a file name, control characters, and characters that make a name
// awkward to type or quote in a shell; the rest (accented letters, other scripts) stay.
const REJECTED_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f'`$!&;#%{}[\]^~=+,@]/gu;

/** One part of a file name: rejected characters removed, spaces to hyphens, at most `max` characters. */
export function sanitizeFileNamePart(text: string, max = 40): string {
  const cleaned = text
    .normalize('NFC')
    .replace(REJECTED_IN_FILE_NAMES, '-')
    .replace(/[\s._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return Array.from(cleaned).slice(0, max).join('').replace(/-+$/, '');
}

/**
 * "agreement-ana-lima-acme-ltd-2026-03-01.docx"; parts that clean to nothing are left out. The fixed "agreement-"
 * start means a name can never be a Windows device name (CON, NUL) or start with a dot.
 */
export function buildFileName(freelancer: string, client: string, date: string, extension: string): string {
  const parts = [
    'agreement',
    sanitizeFileNamePart(freelancer),
    sanitizeFileNamePart(client),
    sanitizeFileNamePart(date, 10),
  ];
  return `${parts.filter((p) => p !== '').join('-')}.${extension}`;
}

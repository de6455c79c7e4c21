/** Opens a .docx in a test: unzips it and reads word/document.xml back into one line of text per paragraph. */
import { strFromU8, unzipSync } from 'fflate';

export function readDocumentXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml is missing from the .docx');
  return strFromU8(xml);
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The text of each paragraph (w:p), in order, bullets marked with "- ". */
export function extractParagraphs(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'));
  return body
    .split('</w:p>')
    .slice(0, -1)
    .map((p) => {
      const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
      return /<w:numPr>/.test(p) ? `- ${text}` : text;
    });
}

/** Reader text made fit for a document: the same text in every format (preview, Markdown, text, Word). */

// Control characters and lone surrogates cannot be stored in a .docx (XML 1.0) and mean nothing in a document.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Collapses runs of white space (line breaks included) to one space and drops characters no document format can
 * hold, so every format shows the same text.
 */
export function normalizeText(s: string): string {
  return s.replace(UNPRINTABLE, '').replace(LONE_SURROGATE, '\ufffd').replace(/\s+/gu, ' ').trim();
}

/** Splits a multi-line field into its non-empty lines, each normalized. */
export function splitLines(s: string): string[] {
  return s
    .split(/\r\n|\r|\n/u)
    .map((line) => normalizeText(line))
    .filter((line) => line !== '');
}

/** A template with `{0}`, `{1}` gaps filled in order. */
export function fillText(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)]));
}

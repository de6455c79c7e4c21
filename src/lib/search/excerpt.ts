/**
 * Pagefind returns excerpts and titles as HTML-escaped text in which only its own `<mark>` tags are markup.
 * We never hand that string to the HTML parser: it is split into text and marked runs here, and the page builds
 * text nodes and <mark> elements from them. Anything else that looks like a tag stays literal text.
 */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the few named entities an HTML escaper produces and numeric references; leaves anything else as it is. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Lone surrogates and out-of-range values would throw or produce garbage; keep the reference as text.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into runs. Only the exact tags `<mark>` and `</mark>` (any case) toggle marking; an unclosed
 * mark ends with the string, a stray `</mark>` is ignored, and empty runs are dropped. Adjacent runs with the same
 * marking are joined so the caller creates as few nodes as possible.
 */
export function splitExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  const push = (raw: string, isMarked: boolean) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === isMarked) last.text += text;
    else segments.push({ text, marked: isMarked });
  };
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else push(part, marked);
  }
  return segments;
}

/** The excerpt as plain text, for titles and accessible names. */
export function excerptToText(excerpt: string): string {
  return splitExcerpt(excerpt)
    .map((s) => s.text)
    .join('');
}

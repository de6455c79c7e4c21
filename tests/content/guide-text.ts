/*
 * Reads the guides as text, the way a reader meets them, for the content tests. No astro:content here: the tests
 * must run without a build, straight from the MDX files and the data YAML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { collectRuns, hashRun, normaliseWords } from '../../scripts/seed-runs.mjs';

export { collectRuns, normaliseWords };

export const projectRoot = resolve(import.meta.dirname, '../..');
export const guidesDir = join(projectRoot, 'src/content/guides');
export const dataDir = join(projectRoot, 'src/content/data');

export interface GuideFile {
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The MDX after the frontmatter. */
  body: string;
  /** Line number in the file of the body's first line, for messages. */
  bodyStartLine: number;
}

export function readGuides(): GuideFile[] {
  return readdirSync(guidesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(guidesDir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      if (!match) throw new Error(`${f}: no frontmatter`);
      return {
        slug: f.replace(/\.mdx$/, ''),
        frontmatter: parse(match[1] ?? '') as Record<string, unknown>,
        body: text.slice(match[0].length),
        bodyStartLine: match[0].split('\n').length,
      };
    });
}

/** Replaces a match with spaces of the same length, so positions in the text stay the same. */
const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * The body as prose a reader sees, same length as the input: import/export lines, code, HTML and JSX comments,
 * link targets and every tag's markup (its attributes included) are blanked; the text between tags stays.
 */
export function maskMarkup(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/\]\([^)\s]*\)/g, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank);
}

/**
 * Prose where a glossary term must be linked at first use. Headings are left out (a link in a heading is poor
 * practice, and the table of contents repeats it), and so is the text of ordinary Markdown links, which cannot
 * hold another link.
 */
export function maskForTerms(body: string): string {
  return maskMarkup(body.replace(/(?<!!)\[[^\]\n]*\]\([^)\s]*\)/g, blank)).replace(/^#{1,6}\s.*$/gm, blank);
}

export interface TermUse {
  id: string;
  /** Where the linked text starts and ends in the body. */
  start: number;
  end: number;
}

export function findTermUses(body: string): TermUse[] {
  const uses: TermUse[] = [];
  for (const m of body.matchAll(/<Term\s+id=["']([^"']+)["']\s*>([\s\S]*?)<\/Term>/g)) {
    const open = m[0].indexOf('>') + 1;
    uses.push({ id: m[1] ?? '', start: (m.index ?? 0) + open, end: (m.index ?? 0) + m[0].length - '</Term>'.length });
  }
  return uses;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a glossary term first appears in masked prose: whole words, any case, plural "s"/"es" allowed. Not inside
 * a hyphenated word ("non-circumvention" is not "circumvention") and not as a domain ("Escrow.com").
 */
export function findFirstTermMention(masked: string, term: string): number | undefined {
  const words = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?:s|es)?(?![\\p{L}\\p{N}]|[-.][\\p{L}\\p{N}])`, 'iu');
  return re.exec(masked)?.index;
}

/** Figures as the data writes them in prose: $1,000 · £40 · €0.25 · 3.49% · 2,080. */
const figurePattern = /[$£€]\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?%|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b/g;

const symbols: Record<string, string> = { USD: '$', GBP: '£', EUR: '€' };

function addMoneyForms(out: Set<string>, minor: number, currency: string): void {
  const whole = Math.floor(minor / 100);
  const cents = String(minor % 100).padStart(2, '0');
  const grouped = whole.toLocaleString('en-US');
  const symbol = symbols[currency];
  if (symbol) {
    out.add(`${symbol}${grouped}.${cents}`);
    if (cents === '00') out.add(`${symbol}${grouped}`);
  }
  out.add(`${grouped}.${cents} ${currency}`);
  if (whole >= 1000) out.add(grouped);
}

function addPercentForms(out: Set<string>, basisPoints: number): void {
  const percent = basisPoints / 100;
  out.add(`${percent}%`);
  out.add(`${percent.toFixed(2)}%`);
}

/** Every figure the fact data holds, in the forms a writer might type it. */
export function collectDataFigures(values: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown, currency: string | undefined): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(figurePattern)) out.add(m[0].replace(/\.$/, ''));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v) => visit(v, currency));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const own = typeof record['currency'] === 'string' ? record['currency'] : currency;
    const range = record['range'] as { low: number; high: number } | undefined;
    if (range && record['kind'] === 'percent') [range.low, range.high].forEach((bp) => addPercentForms(out, bp));
    if (range && record['kind'] === 'fixed' && own) [range.low, range.high].forEach((m) => addMoneyForms(out, m, own));
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'number') {
        if (key.endsWith('Minor') && own) addMoneyForms(out, child, own);
        else if (key.startsWith('basisPoints') || key === 'rateBasisPoints') addPercentForms(out, child);
        else if (key === 'annualHours') out.add(child.toLocaleString('en-US'));
      } else if (key !== 'range') {
        visit(child, own);
      }
    }
  };
  values.forEach((v) => visit(v, undefined));
  return out;
}

/** The figures from `figures` that appear in `text` as whole figures ("$1" is not found in "$1,000" or "$15"). */
export function findTypedFigures(text: string, figures: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const figure of figures) {
    const re = new RegExp(`(?<![\\d.,])${escapeRegExp(figure)}(?![\\d]|[.,]\\d)`);
    if (re.test(text)) found.push(figure);
  }
  return found.sort();
}

export function readDataValues(): unknown[] {
  const values: unknown[] = [];
  for (const folder of ['platforms', 'payment-methods', 'rules']) {
    const dir = join(dataDir, folder);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      values.push(parse(readFileSync(join(dir, f), 'utf8')));
    }
  }
  return values;
}

/** The seed article's runs, as hashes only (see scripts/seed-runs.mjs): its sentences are not in the repository. */
export function readSeedRunHashes(): { runLength: number; hashes: Set<string> } {
  const file = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/seed-runs.json'), 'utf8')) as {
    runLength: number;
    hashes: string[];
  };
  return { runLength: file.runLength, hashes: new Set(file.hashes) };
}

/** The runs of `text` whose hash is in `seedHashes`, i.e. the phrases copied from the seed. */
export function findCopiedRuns(text: string, seedHashes: ReadonlySet<string>, runLength: number): string[] {
  return [...collectRuns(normaliseWords(text), runLength)].filter((run) => seedHashes.has(hashRun(run)));
}

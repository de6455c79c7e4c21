import { z } from 'zod';
import { isIsoDate } from '../dates';
import { askedAsSchema } from '../search/asked-as';

/** The four steps of the reading path; every guide belongs to one, and search filters by them. */
export const TOPICS = ['platform-rules', 'trust-and-scams', 'getting-paid', 'agreements-and-rights'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  'platform-rules': 'The platform’s rules',
  'trust-and-scams': 'Checking the client',
  'getting-paid': 'Planning the money',
  'agreements-and-rights': 'Putting it in writing',
};

/** The in-browser tools, by id; each lives at /tools/<id>/. */
export const TOOL_IDS = ['message-check', 'trust-check', 'payment-plan', 'agreement'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

// Dates must be quoted: YAML reads an unquoted 2026-02-30 as a timestamp and silently rolls it over to March.
const isoDate = z
  .string({ error: 'Expected a quoted date like "2026-11-26" (unquoted YAML dates become timestamps)' })
  .refine(isIsoDate, { message: 'Expected a real calendar date as YYYY-MM-DD' });

/** A date as a source prints it: a year, a month, a day, or "undated" when the source shows none. */
export const sourceDateSchema = z
  .string()
  .regex(/^(undated|\d{4}(-\d{2}(-\d{2})?)?)$/, 'Expected YYYY, YYYY-MM, YYYY-MM-DD or "undated"');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a kebab-case id');

export const guideSourceSchema = z.strictObject({
  /** The page or document's own title. */
  title: z.string().min(3),
  /** Where to read it. */
  url: z.url(),
  /** Who published it (a platform, a regulator, a legislature). */
  publisher: z.string().min(2),
  /** The date the source itself shows, or "undated". */
  asOf: sourceDateSchema,
});

export const guideSchema = z.strictObject({
  /** The page title and h1; says what the guide answers. */
  title: z.string().min(10).max(90),
  /** Meta description and search snippet; at most 160 characters. */
  description: z.string().min(40).max(160),
  /** The "In short" list at the top: the answer first, 2 to 6 plain sentences. */
  inShort: z.array(z.string().min(10)).min(2).max(6),
  /** Questions and phrases readers type for this guide; searched, never shown (src/lib/search/asked-as.ts). */
  askedAs: askedAsSchema,
  /** Which step of the reading path the guide belongs to. */
  topic: z.enum(TOPICS),
  /** Position in the reading path, 1 = first; unique across guides. */
  order: z.int().min(1).max(9999),
  /** Last material change to the text. */
  updated: isoDate,
  /** Last time every statement was checked against its sources. */
  reviewed: isoDate,
  /** Where the guide's statements come from; at least one. */
  sources: z.array(guideSourceSchema).min(1),
  /** Other guides (by slug) and tools (by id) to read or use next. */
  related: z
    .strictObject({
      guides: z.array(slug).default([]),
      tools: z.array(z.enum(TOOL_IDS)).default([]),
    })
    .default({ guides: [], tools: [] }),
  /** Material changes, newest first, shown at the foot of the guide. */
  changes: z.array(z.strictObject({ date: isoDate, summary: z.string().min(5) })).default([]),
});

export type Guide = z.output<typeof guideSchema>;
export type GuideSource = z.output<typeof guideSourceSchema>;

export interface GuideRef {
  id: string;
  /** The file the entry came from, for error messages. */
  filePath: string;
  data: Pick<Guide, 'order' | 'related'>;
}

/**
 * Checks what a per-entry schema cannot: that related ids point at real guides and that reading-path positions
 * are unique. Returns one message per problem, each naming the file, so the build can fail with all of them.
 */
export function findGuideLinkProblems(guides: readonly GuideRef[]): string[] {
  const ids = new Set(guides.map((g) => g.id));
  const problems: string[] = [];
  const byOrder = new Map<number, string>();
  for (const guide of guides) {
    for (const related of guide.data.related.guides) {
      if (!ids.has(related))
        problems.push(`${guide.filePath}: related.guides names "${related}", which is not a guide`);
    }
    const other = byOrder.get(guide.data.order);
    if (other) problems.push(`${guide.filePath}: order ${guide.data.order} is also used by ${other}`);
    byOrder.set(guide.data.order, guide.filePath);
  }
  return problems;
}

/** Minutes to read at 200 words a minute, a common figure for second-language readers; never below 1. */
export function estimateReadingMinutes(text: string): number {
  const words = text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>|[{}]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}

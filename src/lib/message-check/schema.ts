/**
 * The message check's rules as content: one YAML file per warning sign in src/content/data/message-signals/,
 * validated at build time with full zod (none of this reaches the browser; the island receives plain objects of
 * the exported types). A bad file fails `astro build` naming the file and the field.
 */
import { z } from 'zod';
import { sourceDateSchema, sourceSchema } from '../facts/schema';
import { SIGNAL_KINDS } from './check';
import { findPatternProblem, LANGUAGES, PATTERN_KEYS, type PatternKey } from './patterns';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** Patterns in the language of patterns.ts; each must compile, match something and be written folded. */
const patternListSchema = z
  .array(z.string().min(2).max(500))
  .min(1)
  .superRefine((patterns, ctx) => {
    for (const [i, pattern] of patterns.entries()) {
      const problem = findPatternProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', path: [i], message: `pattern ${problem}: ${pattern}` });
    }
  });

/** Patterns by language (`en`, `es`, `pt`, `fr`), and `any` for those that hold in every language. */
export const patternSetSchema = z.strictObject(
  Object.fromEntries(PATTERN_KEYS.map((key) => [key, patternListSchema.optional()])) as Record<
    PatternKey,
    z.ZodOptional<typeof patternListSchema>
  >,
);

export const signalSourceSchema = z.union([
  sourceSchema.extend({
    /** The date the source shows: YYYY, YYYY-MM, YYYY-MM-DD, or "undated". */
    asOf: sourceDateSchema,
  }),
  z.strictObject({
    /** No source in facts.md says this; the page then says the sign is the site's own advice. */
    unsourced: z.literal(true),
    /** Why there is none, in one sentence. */
    note: z.string().min(10),
  }),
]);

export const signalRuleSchema = z
  .strictObject({
    /** Kebab-case id, equal to the file name; shown as data-signal on the page and mapped to trust answers. */
    id: kebabId,
    /** "stop": any one means stop (a red flag of the trust check); "warning": weighs, does not stop alone. */
    kind: z.enum(SIGNAL_KINDS),
    /** Position in the list on the page, ascending; stop signs are always listed first. */
    order: z.number().int().min(0),
    /** Short name of the sign, as a list heading: "A payment for more than the price". */
    title: z.string().min(3).max(80),
    /** The languages the patterns read; each needs patterns, and only these may have them (besides `any`). */
    languages: z.array(z.enum(LANGUAGES)).min(1),
    patterns: patternSetSchema,
    /** Patterns that, anywhere in the same message, cancel this sign there (a Conversion Fee offer). */
    unless: patternSetSchema.optional(),
    /** What the sign is, in one or two plain sentences. */
    explanation: z.string().min(10).max(400),
    /** Why it matters, in one or two sentences. */
    whyItMatters: z.string().min(10).max(400),
    /** What to do now, in one or two sentences. */
    whatToDo: z.string().min(10).max(400),
    /** The guide section that explains it. */
    guide: z.strictObject({
      href: z
        .string()
        .regex(/^\/guides\/[a-z0-9-]+\/#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like /guides/<slug>/#<heading-id>'),
      /** The link text: the section's heading, or what it tells. */
      label: z.string().min(3),
    }),
    source: signalSourceSchema,
  })
  .superRefine((rule, ctx) => {
    const withPatterns = LANGUAGES.filter((l) => rule.patterns[l]);
    for (const language of rule.languages) {
      if (!rule.patterns[language]) {
        ctx.addIssue({
          code: 'custom',
          path: ['patterns', language],
          message: `${language} is listed but has no patterns`,
        });
      }
    }
    for (const language of withPatterns) {
      if (!rule.languages.includes(language)) {
        ctx.addIssue({ code: 'custom', path: ['languages'], message: `${language} has patterns but is not listed` });
      }
    }
    if (new Set(rule.languages).size !== rule.languages.length) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'each language once' });
    }
  });

export type SignalSource = z.output<typeof signalSourceSchema>;
export type SignalRuleData = z.output<typeof signalRuleSchema>;

/** What the island needs of a rule: the matcher's fields and the words it shows. */
export type SignalView = Pick<
  SignalRuleData,
  'id' | 'kind' | 'title' | 'patterns' | 'unless' | 'explanation' | 'whyItMatters' | 'whatToDo' | 'guide'
>;

/** Checks the rules as a set (ids and orders unique); returns problems as text. */
export function checkSignalRules(rules: readonly Pick<SignalRuleData, 'id' | 'order'>[]): string[] {
  const problems: string[] = [];
  const ids = rules.map((r) => r.id);
  for (const id of new Set(ids)) if (ids.filter((x) => x === id).length > 1) problems.push(`id "${id}" is used twice`);
  const orders = rules.map((r) => r.order);
  for (const o of new Set(orders))
    if (orders.filter((x) => x === o).length > 1) problems.push(`order ${o} is used twice`);
  return problems;
}

/**
 * The trust check's content: its questions and its bands. Both are YAML validated at build time with full zod,
 * so none of this reaches the browser; the island receives plain objects of the exported types.
 */
import { z } from 'zod';
import { TRUST_SECTIONS, type TrustSection } from './sections';

export { TRUST_SECTIONS, type TrustSection };

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const trustSectionSchema = z.enum(TRUST_SECTIONS);

/** The guides a question may point to (the slugs the guide writers use). */
export const TRUST_GUIDE_SLUGS = [
  'client-asks-to-work-off-platform',
  'upwork-conversion-fee',
  'check-a-client',
  'off-platform-scams',
  'getting-paid-off-platform',
  'deposits-and-milestones',
  'platform-protection',
] as const;

/** `/guides/<slug>/#<heading-id>`: the guide section that explains the question. */
export const guideHrefSchema = z
  .string()
  .regex(/^\/guides\/([a-z0-9-]+)\/#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like /guides/<slug>/#<heading-id>')
  .refine((href) => (TRUST_GUIDE_SLUGS as readonly string[]).includes(href.split('/')[2] ?? ''), {
    message: `guide slug must be one of ${TRUST_GUIDE_SLUGS.join(', ')}`,
  });

/** Where a question's reasoning comes from: the page (with its title and date) that says the thing. */
export const trustSourceSchema = z.strictObject({
  /** Title of the page, as its publisher names it. */
  title: z.string().min(1),
  /** Absolute http(s) address of the page read; a page with a path, never a site's home page. */
  url: z.url({ protocol: /^https?$/ }).refine((url) => new URL(url).pathname.replace(/\/+$/, '') !== '', {
    message: 'must be the page that says it, not a home page',
  }),
  /** Who published it (FTC, FBI IC3, Upwork). */
  publisher: z.string().min(1),
  /** The date the source shows: YYYY, YYYY-MM, YYYY-MM-DD, or "undated". */
  asOf: z.union([
    z.literal('undated'),
    z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/),
  ]),
  /** The date we last read the page and found it still says this, YYYY-MM-DD (a test flags it after 12 months). */
  checked: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be YYYY-MM-DD'),
});

export const trustOptionSchema = z.strictObject({
  /** Kebab-case id, unique within its question; stored in links, so renaming one drops old answers. */
  id: kebabId,
  /** The answer as the reader sees it. */
  label: z.string().min(1),
  /** Points added to the total: positive raises the risk, negative lowers it, 0 is neutral. Whole, -20..20. */
  weight: z.number().int().min(-20).max(20),
  /** True for an answer that ends the check at "stop" whatever else was answered. */
  redFlag: z.literal(true).optional(),
  /**
   * The band this answer reaches on its own, whatever the total: for an answer that is not a red flag but is
   * too serious for its weight alone to say so (a payment with no protection at all).
   */
  minimumBand: z.enum(['elevated', 'high']).optional(),
  /** True for the "not sure" answer; an unanswered question counts as this option. */
  notSure: z.literal(true).optional(),
  /**
   * One plain sentence that the result shows when this answer moved the risk. Only for answers that can move it
   * (a weight other than 0, a red flag, a minimum band, or "not sure"): the result never lists the others, so
   * their sentence would be dead text in every page's props.
   */
  why: z.string().min(1).max(300).optional(),
  /** Where `why` comes from, when that is not the question's own source. */
  sources: z.array(trustSourceSchema).min(1).optional(),
});

export const trustQuestionSchema = z
  .strictObject({
    /** Kebab-case id, equal to the file name; stored in links. */
    id: kebabId,
    section: trustSectionSchema,
    /** Position within its section, ascending. */
    order: z.number().int().min(0),
    /** The question, phrased so that a fieldset legend reads well. */
    question: z.string().min(1),
    /** One short hint shown under the question. */
    hint: z.string().min(1),
    /**
     * At least two answers, exactly one of them "not sure", listed from the riskiest to the most reassuring with
     * "not sure" last: Space in a radio group with nothing chosen picks the first answer, which must never be
     * the reassuring one.
     */
    options: z.array(trustOptionSchema).min(2),
    /** The guide section that explains the question. */
    guide: guideHrefSchema,
    source: trustSourceSchema,
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique within a question' });
    }
    // Unanswered questions count as "not sure", so each question needs exactly one such answer.
    if (q.options.filter((o) => o.notSure).length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'exactly one option must have notSure: true' });
    }
    if (q.options.at(-1)?.notSure !== true) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'the not-sure answer must come last' });
    }
    const sure = q.options.filter((o) => !o.notSure);
    for (let i = 1; i < sure.length; i++) {
      if (sure[i]!.weight > sure[i - 1]!.weight) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', q.options.indexOf(sure[i]!), 'weight'],
          message: 'answers must run from the riskiest (heaviest) to the most reassuring',
        });
      }
    }
    const floor = (o: z.output<typeof trustOptionSchema>) =>
      o.minimumBand === 'high' ? 2 : o.minimumBand === 'elevated' ? 1 : 0;
    for (const [i, o] of q.options.entries()) {
      const shown = o.weight !== 0 || o.redFlag || o.minimumBand || o.notSure;
      if (shown && o.why === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'why'],
          message: 'an answer that moves the risk needs a why',
        });
      }
      if (!shown && o.why !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'why'],
          message: 'an answer that never moves the risk is never explained: leave out its why',
        });
      }
      if (o.minimumBand && (o.notSure || o.redFlag)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'minimumBand'],
          message: 'a minimum band is for an answer that is neither "not sure" nor a red flag',
        });
      }
      // As with red flags: an answer that sets a higher floor must weigh at least as much as one with a lower floor.
      if (
        o.minimumBand &&
        q.options.some((other) => !other.redFlag && floor(other) < floor(o) && other.weight > o.weight)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'weight'],
          message: 'an answer with a minimum band must weigh at least as much as every answer with a lower one',
        });
      }
      if (o.redFlag && o.notSure) {
        ctx.addIssue({ code: 'custom', path: ['options', i], message: 'a not-sure answer cannot be a red flag' });
      }
      // A red flag must also be the heaviest answer, so that "riskier" means the same in weights and in flags.
      if (o.redFlag && q.options.some((other) => !other.redFlag && other.weight > o.weight)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'weight'],
          message: 'a red flag must weigh at least as much as every other answer',
        });
      }
    }
  });

export type TrustSource = z.output<typeof trustSourceSchema>;
export type TrustOption = z.output<typeof trustOptionSchema>;
export type TrustQuestion = z.output<typeof trustQuestionSchema>;

export const TRUST_BAND_IDS = ['low', 'elevated', 'high', 'stop'] as const;
export type TrustBandId = (typeof TRUST_BAND_IDS)[number];

/** A step the reader can take now; `link` opens a guide or an official reporting page. */
export const nextStepSchema = z.strictObject({
  /** One or two plain sentences. */
  text: z.string().min(1),
  link: z.strictObject({ label: z.string().min(1), href: z.string().regex(/^(\/|https:\/\/)/) }).optional(),
});

/** One deposit share the reader may choose, with the reason to choose it; each opens the calculator with it. */
export const depositChoiceSchema = z.strictObject({
  /** Deposit share in basis points (2500 = 25%). */
  basisPoints: z.number().int().min(1).max(9_999),
  /** Why a reader would choose this share, and what it costs them. */
  reason: z.string().min(1).max(300),
});

export const trustBandSchema = z.strictObject({
  id: z.enum(TRUST_BAND_IDS),
  /** Display order and severity, 0 = low … 3 = stop. */
  rank: z.number().int().min(0).max(3),
  /** Short name: "Low risk". */
  label: z.string().min(1),
  /**
   * The lowest total that reaches this band. `low` has null (it is everything below `elevated`); `stop` has
   * null (only a red flag reaches it).
   */
  fromTotal: z.number().int().nullable(),
  /** The verdict in one or two sentences, shown first. */
  summary: z.string().min(1),
  /** The one action the result leads to, matching the advice (shown as the page's primary button). */
  primaryAction: z.strictObject({ label: z.string().min(1), href: z.string().regex(/^(\/|https:\/\/)/) }),
  /** Concrete next steps, in order. */
  nextSteps: z.array(nextStepSchema).min(1),
  /** For elevated and high: the protection to use, and the plans the calculator can open with. */
  protection: z
    .strictObject({
      /**
       * What to do, in plain words (stay on the platform, escrow, a deposit, smaller milestones). A typical
       * deposit was found in no authoritative source, so the text says the share is the reader's choice.
       */
      text: z.string().min(1),
      /** The deposit shares offered, each with its reason; two or more, so that none reads as the norm. */
      deposits: z.array(depositChoiceSchema).min(2),
      /** How many milestones the rest is split into. */
      milestoneCount: z.number().int().min(1).max(12),
    })
    .optional(),
});
export type TrustBand = z.output<typeof trustBandSchema>;

/**
 * Checks the bands as a set (which a per-file schema cannot): all four present once, ranks in order,
 * thresholds where they belong and rising, protection only for elevated and high, and no calculator as the
 * primary action of a high or stop result. Returns problems as text.
 */
export function checkTrustBands(bands: readonly TrustBand[]): string[] {
  const problems: string[] = [];
  const byId = new Map(bands.map((b) => [b.id, b]));
  if (byId.size !== bands.length) problems.push('each band id must appear once');
  for (const [rank, id] of TRUST_BAND_IDS.entries()) {
    const band = byId.get(id);
    if (!band) {
      problems.push(`band "${id}" is missing`);
      continue;
    }
    if (band.rank !== rank) problems.push(`band "${id}" must have rank ${rank}`);
    const needsThreshold = id === 'elevated' || id === 'high';
    if (needsThreshold !== (band.fromTotal !== null)) {
      problems.push(`band "${id}" ${needsThreshold ? 'needs' : 'must not have'} a fromTotal`);
    }
    if (needsThreshold !== (band.protection !== undefined)) {
      problems.push(`band "${id}" ${needsThreshold ? 'needs' : 'must not have'} a protection`);
    }
    // A risky result never points onward: stay, walk away or report first (issue 17).
    if ((id === 'stop' || id === 'high') && band.primaryAction.href.startsWith('/tools/payment-plan/')) {
      problems.push(`band "${id}" must not lead to the payment-plan calculator`);
    }
  }
  const elevated = byId.get('elevated')?.fromTotal;
  const high = byId.get('high')?.fromTotal;
  if (typeof elevated === 'number' && typeof high === 'number' && !(elevated < high)) {
    problems.push('elevated.fromTotal must be below high.fromTotal');
  }
  return problems;
}

import { z } from 'zod';
import { earliestDay, isPartialDate, latestDay } from './dates';

/*
 * Schemas for the sourced facts: platform rules, fees, laws and scam warnings. Every figure the site shows is
 * stored once, next to its source, the date that source shows and our confidence in it, so a page can never show
 * a number without its provenance. Low-confidence and not-found items are stored too, so pages can say
 * "unverified" instead of inventing a value.
 */

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** Calendar date `YYYY-MM-DD` (validated as a real date). */
export const isoDateSchema = z.iso.date();

/** ISO 4217 currency code, upper case (USD, GBP, EUR). */
const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD');

/** A non-negative integer amount in minor units (cents, pence). */
const minorUnits = z.number().int().nonnegative();

/** A rate in basis points (100 bp = 1%); whole, or with at most 2 decimals. */
const basisPoints = z
  .number()
  .nonnegative()
  .refine((n) => Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, {
    message: 'basis points allow at most 2 decimals',
  });

export const sourceSchema = z.strictObject({
  /** Title of the page or document, as its publisher names it. */
  title: z.string().min(1),
  /** Address of the page read (absolute http(s) URL). */
  url: z.url({ protocol: /^https?$/ }),
  /** Who published it (e.g. "Upwork", "FTC", a law firm's name). */
  publisher: z.string().min(1),
});

export const confidenceSchema = z.enum(['high', 'medium', 'low', 'not-found']);

/**
 * The date the source itself shows: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `undated`. Where the sources span years
 * (e.g. versions from 2016 to 2023), this is the latest date and the span goes in `note`.
 */
/**
 * A fee period's bound: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source gives only the month or the year.
 * YAML must quote it, or `2016-06-01` becomes a timestamp.
 */
export const partialDateSchema = z.string().refine(isPartialDate, {
  message: 'must be a quoted YYYY-MM-DD, YYYY-MM or YYYY',
});

export const sourceDateSchema = z.union([
  z.literal('undated'),
  isoDateSchema,
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"'),
]);

/**
 * Fields shared by every sourced value. `sources` may be empty only for a `not-found` item that no source backs
 * (checked by `checkSourcing`).
 */
export const sourcingFields = {
  /** Where the value comes from; at least one unless confidence is `not-found`. */
  sources: z.array(sourceSchema),
  /** Date shown by the source (not the date we read it). */
  sourceDate: sourceDateSchema,
  /**
   * `high`: primary source, clear. `medium`: primary but undated or partial, or a good copy. `low`: secondary
   * sources only, or sources that conflict. `not-found`: no value may be published.
   */
  confidence: confidenceSchema,
  /** Date the value was last checked against its source, `YYYY-MM-DD`. */
  checked: isoDateSchema,
  /**
   * Plain-text caveat a reader sees, e.g. a conflict between sources or an unknown start date. Written for the
   * reader: never a note to the team, a file name or a data id (a built-output test checks).
   */
  note: z.string().min(1).optional(),
};

type Sourced = { sources: readonly unknown[]; confidence: z.output<typeof confidenceSchema> };

function checkSourcing<T extends Sourced>(value: T, ctx: z.RefinementCtx<T>): void {
  if (value.confidence !== 'not-found' && value.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'at least one source is required unless confidence is "not-found"',
    });
  }
}

/** A rule or fact stated in our own plain words. */
export const sourcedRuleSchema = z
  .strictObject({
    /** Stable kebab-case id, unique within its list. */
    id: kebabId,
    /** Short heading in plain English. */
    label: z.string().min(1),
    /** One or two plain sentences in our own words; quotes only where we quote the source. */
    text: z.string().min(1),
    ...sourcingFields,
  })
  .superRefine(checkSourcing);

export const feeWhenSchema = z.enum([
  'every-payment',
  'international',
  'currency-conversion',
  'manual-entry',
  'once-per-contract',
  'per-withdrawal',
  'per-dispute',
  'per-invoice',
  'per-month',
]);

export const feeComponentSchema = z
  .strictObject({
    /** Kebab-case id, unique within its period. */
    id: kebabId,
    /** Short plain-English name of this part of the fee. */
    label: z.string().min(1),
    /** `percent` of the amount, or a `fixed` amount. */
    kind: z.enum(['percent', 'fixed']),
    /** For percent: rate in basis points, e.g. 349 = 3.49%. */
    basisPoints: basisPoints.optional(),
    /** For fixed: amount in minor units of `currency`, e.g. 49 = $0.49. */
    fixedMinor: minorUnits.optional(),
    /** ISO 4217 code; required for fixed amounts, caps, minimums and bands. */
    currency: currencySchema.optional(),
    /** Minimum charge in minor units ("greater of 3% or $3" → 300). */
    minMinor: minorUnits.optional(),
    /** Maximum charge in minor units ("max $5" → 500). */
    maxMinor: minorUnits.optional(),
    /**
     * When the fee is charged. `per-withdrawal` covers any money sent out (withdrawals, outgoing wires);
     * `every-payment` covers every payment received by the stated method.
     */
    when: feeWhenSchema,
    /** A range the source gives instead of one value: basis points for percent, minor units for fixed. */
    range: z
      .strictObject({
        /** Lowest value (bp or minor units). */
        low: z.number().nonnegative(),
        /** Highest value (bp or minor units), ≥ low. */
        high: z.number().nonnegative(),
      })
      .refine((r) => r.high >= r.low, { message: 'high must be ≥ low', path: ['high'] })
      .optional(),
    /**
     * Tier of a sliding fee: the fee applies to the part of `measure` between fromMinor and toMinor (inclusive,
     * minor units of `currency`; toMinor null = no upper end).
     */
    band: z
      .strictObject({
        /** What the tier is measured on. */
        measure: z.enum(['lifetime-billings-per-client', 'monthly-earnings', 'order-amount']),
        /** Lower bound in minor units, inclusive. */
        fromMinor: minorUnits,
        /** Upper bound in minor units, inclusive; null = open-ended. */
        toMinor: minorUnits.nullable(),
      })
      .optional(),
    /** Only for this contract type, when the source distinguishes them. */
    contractType: z.enum(['fixed-price', 'hourly']).optional(),
    /** Plain-text condition when the fee applies only in some cases (a plan, card type or payment method). */
    appliesTo: z.string().min(1).optional(),
    /**
     * Ids of components in the same period that this one takes the place of when it applies: a rate the source
     * gives as the whole rate for some payments ("EEA cards: 2.5% + £0.20"), not as an extra on the usual one.
     */
    replaces: z.array(kebabId).min(1).optional(),
    /** Overrides the period's confidence when this one component is less certain. */
    confidence: confidenceSchema.optional(),
    /** Plain-text caveat for this component. */
    note: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'percent' && c.basisPoints === undefined && c.range === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['basisPoints'],
        message: 'a percent component needs basisPoints or range',
      });
    }
    if (c.kind === 'fixed' && c.fixedMinor === undefined && c.range === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fixedMinor'], message: 'a fixed component needs fixedMinor or range' });
    }
    if (c.kind === 'fixed' && c.basisPoints !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['basisPoints'], message: 'a fixed component cannot have basisPoints' });
    }
    if (c.kind === 'percent' && c.fixedMinor !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['fixedMinor'], message: 'a percent component cannot have fixedMinor' });
    }
    const needsCurrency =
      c.kind === 'fixed' || c.minMinor !== undefined || c.maxMinor !== undefined || c.band !== undefined;
    if (needsCurrency && c.currency === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'currency is required for fixed amounts, caps, minimums and bands',
      });
    }
    if (c.band && c.band.toMinor !== null && c.band.toMinor < c.band.fromMinor) {
      ctx.addIssue({ code: 'custom', path: ['band', 'toMinor'], message: 'toMinor must be ≥ fromMinor' });
    }
  });

export const feePeriodSchema = z
  .strictObject({
    /** Kebab-case id, unique within its file. */
    id: kebabId,
    /** Short plain-English name, e.g. "Flat 10% service fee". */
    label: z.string().min(1),
    /** Which fee this period belongs to (e.g. `service-fee`, `withdrawal`); periods of one schedule never overlap. */
    schedule: kebabId,
    /** Who pays it. */
    party: z.enum(['freelancer', 'client']),
    /**
     * First day in force, inclusive, as precise as the source: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source
     * gives only the month or year (the day is then unknown, and a lookup in that window says so). null = start
     * unknown or before our records (see note).
     */
    from: partialDateSchema.nullable(),
    /** Last day in force, inclusive, as precise as the source (like `from`); null = still in force as far as we know. */
    to: partialDateSchema.nullable(),
    /** Region code where the pricing differs by region: `US`, `UK`, `EEA`. Absent = everywhere. */
    region: z.string().min(2).optional(),
    /** The parts of the fee; empty when nothing is charged (high confidence) or nothing was found (`not-found`). */
    components: z.array(feeComponentSchema),
    ...sourcingFields,
  })
  .superRefine((p, ctx) => {
    checkSourcing(p, ctx);
    if (p.from !== null && p.to !== null && latestDay(p.to) < earliestDay(p.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from' });
    }
    if (p.confidence === 'not-found' && p.components.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['components'], message: 'a not-found period cannot state components' });
    }
    const ids = new Set(p.components.map((c) => c.id));
    p.components.forEach((c, i) => {
      for (const [j, id] of (c.replaces ?? []).entries()) {
        if (id === c.id || !ids.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['components', i, 'replaces', j],
            message: `replaces "${id}", which is not another component of this period`,
          });
      }
    });
  });

/** An amount of money with its own sourcing (Conversion Fee minimum and maximum come from a third-party copy). */
const sourcedAmountSchema = z
  .strictObject({
    /** Amount in minor units of the Conversion Fee currency. */
    amountMinor: minorUnits,
    ...sourcingFields,
  })
  .superRefine(checkSourcing);

export const conversionFeeSchema = z
  .strictObject({
    /** Share of one year's pay at the hourly rate, in basis points (1200 = 12%). */
    rateBasisPoints: basisPoints,
    /** Hours in the year the formula assumes (2080). */
    annualHours: z.number().int().positive(),
    /** Plain-English rule for which hourly rate the formula uses. */
    hourlyRateBasis: z.string().min(1),
    /** Currency of every amount in this object. */
    currency: currencySchema,
    /** Who pays it, in plain words for the reader (a sentence fragment that ends the formula's sentence). */
    payer: z.string().min(1),
    /** Who normally pays it, per the source; a tool can state this without parsing `payer`. */
    usualPayer: z.enum(['client', 'freelancer']),
    /** Who may pay it instead, where the source says someone can. */
    otherPayer: z.enum(['client', 'freelancer']).optional(),
    ...sourcingFields,
    /** Lowest fee per relationship. */
    minimum: sourcedAmountSchema,
    /** Highest fee per relationship. */
    maximum: sourcedAmountSchema,
    /** The token fee once the relationship has lasted long enough. */
    longRelationship: z
      .strictObject({
        /** Fee in minor units (100 = $1). */
        feeMinor: minorUnits,
        /** Months of relationship after which it applies (24). */
        afterMonths: z.number().int().positive(),
        /** First day the rule applied. */
        effectiveFrom: isoDateSchema,
        /**
         * True when the fee is still due after `afterMonths` (the 2022 User Agreement keeps a token fee), so a tool
         * must never treat the end of the 24 months as "free to leave".
         */
        stillDue: z.boolean(),
        ...sourcingFields,
        /** Where sources disagree about the long relationship: the disagreement in plain words, with its sources. */
        conflict: z
          .strictObject({
            /** Short heading in plain English. */
            label: z.string().min(1),
            /** The disagreement and what we advise, in plain words for the reader. */
            text: z.string().min(1),
            ...sourcingFields,
          })
          .superRefine(checkSourcing)
          .optional(),
      })
      .superRefine(checkSourcing),
  })
  .superRefine(checkSourcing);

export const platformSchema = z.strictObject({
  /** Kebab-case id; equals the file name. */
  id: kebabId,
  /** Display name. */
  name: z.string().min(1),
  /** Home page. */
  url: z.url({ protocol: /^https?$/ }),
  /** The platform's rule about dealing off the platform. */
  offPlatformRule: z
    .strictObject({
      /** One plain sentence in our words; for not-found, says that no rule was found. */
      summary: z.string().min(1),
      ...sourcingFields,
    })
    .superRefine(checkSourcing),
  /** Other rules (contact, reporting, exceptions, consequences, disputes). */
  rules: z.array(sourcedRuleSchema),
  /** Fees charged on the platform; empty when they live in a payment-method entry (see `feesPaymentMethodId`). */
  feePeriods: z.array(feePeriodSchema),
  /** Id of the payment-method entry that holds this platform's fees, so they are written once. */
  feesPaymentMethodId: kebabId.optional(),
  /** Upwork's Conversion Fee. */
  conversionFee: conversionFeeSchema.optional(),
  /**
   * What the platform protects while the money goes through it, each condition and limit with its source (empty
   * when no source we read describes any). Leaving the platform gives these up.
   */
  protections: z.array(sourcedRuleSchema),
});

export const paymentMethodSchema = z.strictObject({
  /** Kebab-case id; equals the file name. */
  id: kebabId,
  /** Display name. */
  name: z.string().min(1),
  /** What sort of service it is. */
  kind: z.enum(['platform', 'processor', 'transfer-service', 'bank', 'escrow']),
  /** One or two plain sentences in our words. */
  summary: z.string().min(1),
  /** Fees, by party, schedule, region and dates. */
  feePeriods: z.array(feePeriodSchema),
  /** Buyer/seller protection and other rules. */
  protections: z.array(sourcedRuleSchema),
  /** Plain-text note on which currency fixed fees are charged in, where the source says. */
  fixedFeeCurrencyNote: z.string().min(1).optional(),
});

/** Structured numbers a tool needs from a law or rule; every field optional, all amounts in minor units. */
export const factFiguresSchema = z.strictObject({
  /** Contract value at or above which the law applies. */
  threshold: z
    .strictObject({
      /** Amount in minor units of `currency`. */
      amountMinor: minorUnits,
      /** ISO 4217 code. */
      currency: currencySchema,
      /** How contracts are added up: over the prior N days with the same client, or per calendar year. */
      window: z.discriminatedUnion('kind', [
        z.strictObject({
          /** Rolling look-back window. */
          kind: z.literal('rolling-days'),
          /** Length in days (120). */
          days: z.number().int().positive(),
        }),
        z.strictObject({
          /** Calendar year (1 Jan – 31 Dec). */
          kind: z.literal('calendar-year'),
        }),
      ]),
    })
    .optional(),
  /** Day the law or rule took effect. */
  effectiveFrom: isoDateSchema.optional(),
  /** Default days to pay when no date is agreed. */
  paymentDueDays: z.number().int().positive().optional(),
  /** Longest payment term allowed, in days (EU B2B: 60). */
  maxTermDays: z.number().int().positive().optional(),
  /** Statutory interest above a reference rate. */
  interest: z
    .strictObject({
      /** Margin in basis points over the reference (800 = 8 percentage points). */
      basisPointsOverReference: basisPoints,
      /** The central-bank rate it is added to. */
      reference: z.enum(['bank-of-england-base-rate', 'ecb-reference-rate']),
      /** `exact` = the statutory rate; `minimum` = the law sets a floor. */
      kind: z.enum(['exact', 'minimum']),
    })
    .optional(),
  /** Fixed compensation by debt size; bounds in minor units, inclusive; toMinor null = no upper end. */
  compensationBands: z
    .array(
      z.strictObject({
        /** Lowest debt in the band, inclusive. */
        debtFromMinor: minorUnits,
        /** Highest debt in the band, inclusive; null = open-ended. */
        debtToMinor: minorUnits.nullable(),
        /** Compensation for a debt in this band. */
        amountMinor: minorUnits,
        /** ISO 4217 code for all three amounts. */
        currency: currencySchema,
      }),
    )
    .optional(),
  /** Lowest fixed compensation per late payment. */
  minimumCompensation: z
    .strictObject({
      /** Amount in minor units. */
      amountMinor: minorUnits,
      /** ISO 4217 code. */
      currency: currencySchema,
    })
    .optional(),
  /** Damages as a multiple of the unpaid amount (2 = double); `upTo` when the law sets a ceiling. */
  damages: z
    .strictObject({
      /** Multiple of the unpaid amount. */
      multiplier: z.number().positive(),
      /** True when the law says "up to". */
      upTo: z.boolean(),
    })
    .optional(),
  /** Other named amounts (penalties, extra damages). */
  amounts: z
    .array(
      z.strictObject({
        /** Kebab-case id, unique within the fact. */
        id: kebabId,
        /** Plain-English name. */
        label: z.string().min(1),
        /** Amount in minor units. */
        amountMinor: minorUnits,
        /** ISO 4217 code. */
        currency: currencySchema,
        /** True when the source says "up to". */
        upTo: z.boolean(),
      }),
    )
    .optional(),
  /** Years within which a claim must be brought. */
  limitationYears: z.number().positive().optional(),
  /** Years records or contracts must be kept. */
  recordKeepingYears: z.number().positive().optional(),
});

export const ruleFactSchema = z
  .strictObject({
    /** Stable kebab-case id, unique across all rule files (a guide shows `<Fact id="..." />`). */
    id: kebabId,
    /** Short heading in plain English. */
    label: z.string().min(1),
    /** Plain sentences in our own words; quotes only where we quote the source. */
    text: z.string().min(1),
    /** Numbers a tool can use. */
    figures: factFiguresSchema.optional(),
    ...sourcingFields,
  })
  .superRefine(checkSourcing);

export const ruleSchema = z.strictObject({
  /** Kebab-case id; equals the file name. */
  id: kebabId,
  /** Topic title in plain English. */
  title: z.string().min(1),
  /** Where the facts apply (e.g. "US", "UK", "EU", "Upwork"). */
  scope: z.string().min(1),
  /** The facts, each sourced. */
  facts: z.array(ruleFactSchema).min(1),
});

export type Source = z.output<typeof sourceSchema>;
export type Confidence = z.output<typeof confidenceSchema>;
export type SourceDate = z.output<typeof sourceDateSchema>;
export type SourcedRule = z.output<typeof sourcedRuleSchema>;
export type FeeWhen = z.output<typeof feeWhenSchema>;
export type FeeComponent = z.output<typeof feeComponentSchema>;
export type FeePeriod = z.output<typeof feePeriodSchema>;
export type FeeParty = FeePeriod['party'];
export type ConversionFee = z.output<typeof conversionFeeSchema>;
export type Platform = z.output<typeof platformSchema>;
export type PaymentMethod = z.output<typeof paymentMethodSchema>;
export type FactFigures = z.output<typeof factFiguresSchema>;
export type RuleFact = z.output<typeof ruleFactSchema>;
export type Rule = z.output<typeof ruleSchema>;

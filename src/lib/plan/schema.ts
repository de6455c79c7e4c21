/**
 * The payment plan: the one object that the calculator edits, the trust check suggests, and the agreement writes
 * into its payment clause. One valibot definition gives its type, the check of everything read back from a link or
 * from storage, and its limits. Valibot rather than zod because this check runs in the browser: the plan schema
 * costs about 2.7 KB gzip with valibot against about 9 KB with zod/mini (measured with esbuild, minified).
 */
import * as v from 'valibot';
import { isCurrencyCode, type CurrencyCode } from '../money';
import { isIsoDate, type IsoDate } from '../dates';

/** Limits of a plan; the form's messages quote them, so they are stated once, here. */
export const PLAN_LIMITS = {
  /** More payments than this is refused: the schedule is meant for people, not for micro-billing. */
  maxPayments: 60,
  maxNameLength: 80,
  maxNetDays: 120,
  maxWeeks: 520,
  maxInvoiceEveryWeeks: 52,
  /** Days or months after the start that a milestone may be delivered (10 years). */
  maxDaysAfterStart: 3650,
  maxMonthsAfterStart: 120,
  maxGraceDays: 365,
  maxRoutes: 12,
  /** Hours in a week, in hundredths. */
  maxHoursHundredths: 16_800,
} as const;

const int = (min: number, max: number = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));
const currency = v.custom<CurrencyCode>(isCurrencyCode);
const isoDate = v.custom<IsoDate>(isIsoDate);
/** An amount in minor units of the plan's currency. */
const minor = int(0);
/** A share in basis points: 5000 = 50%. */
const basisPoints = int(0, 10_000);

/** A milestone's share of the price: a percentage, a fixed amount, or an equal part of what the others leave. */
export const shareSchema = v.variant('kind', [
  v.object({ kind: v.literal('percent'), basisPoints }),
  v.object({ kind: v.literal('amount'), minor }),
  /** Equal parts of what the deposit and the other milestones leave, split to the minor unit. */
  v.object({ kind: v.literal('equal') }),
]);

/** When a milestone's work is delivered. */
export const dueSchema = v.variant('kind', [
  v.object({ kind: v.literal('date'), date: isoDate }),
  v.object({ kind: v.literal('days-after-start'), days: int(0, PLAN_LIMITS.maxDaysAfterStart) }),
  /** The same day of the month as the start, N months on; the 31st becomes the month's last day. */
  v.object({ kind: v.literal('months-after-start'), months: int(1, PLAN_LIMITS.maxMonthsAfterStart) }),
]);

export const milestoneSchema = v.object({
  /** What is delivered, in the reader's words (plain text, never markup). */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(PLAN_LIMITS.maxNameLength)),
  share: shareSchema,
  due: dueSchema,
});

export const pricingSchema = v.variant('kind', [
  /** A fixed price for the whole project. */
  v.object({ kind: v.literal('fixed'), totalMinor: minor }),
  /** Hourly work invoiced every N weeks. hoursPerWeek may have two decimals (37.5). */
  v.object({
    kind: v.literal('hourly'),
    rateMinor: minor,
    hoursPerWeek: v.pipe(v.number(), v.minValue(0), v.maxValue(PLAN_LIMITS.maxHoursHundredths / 100)),
    weeks: int(1, PLAN_LIMITS.maxWeeks),
    invoiceEveryWeeks: int(1, PLAN_LIMITS.maxInvoiceEveryWeeks),
  }),
]);

export const depositSchema = v.variant('kind', [
  v.object({ kind: v.literal('none') }),
  v.object({ kind: v.literal('percent'), basisPoints }),
  v.object({ kind: v.literal('amount'), minor }),
]);

/** When an invoice is due relative to the delivery it bills: on delivery, or net N days. */
export const paymentTermsSchema = v.variant('kind', [
  v.object({ kind: v.literal('on-delivery') }),
  v.object({ kind: v.literal('net'), days: int(1, PLAN_LIMITS.maxNetDays) }),
]);

/**
 * Late-payment terms. The same object produces the calculator's figures and the agreement's wording.
 * Rates are basis points: 150 per month = 1.5% a month. Statutory kinds take the reference rate as an input
 * with the date the reader read it, because those rates change every half-year.
 */
export const lateTermsSchema = v.variant('kind', [
  v.object({ kind: v.literal('none') }),
  v.object({
    kind: v.literal('contract'),
    basisPoints,
    per: v.picklist(['month', 'year']),
    graceDays: int(0, PLAN_LIMITS.maxGraceDays),
    /** Interest never exceeds this share of the unpaid amount; null = no cap. */
    capBasisPoints: v.nullable(basisPoints),
  }),
  v.object({
    kind: v.literal('uk-statutory'),
    referenceRateBasisPoints: int(-10_000, 10_000),
    referenceRateAsOf: isoDate,
  }),
  v.object({
    kind: v.literal('eu-statutory'),
    referenceRateBasisPoints: int(-10_000, 10_000),
    referenceRateAsOf: isoDate,
  }),
]);

export const feePayerSchema = v.picklist(['freelancer', 'client', 'split']);

export const planSchema = v.object({
  currency,
  pricing: pricingSchema,
  /** The day work starts; due dates count from here. */
  startDate: isoDate,
  deposit: depositSchema,
  /** Fixed-price milestones after the deposit. Hourly plans generate their invoices instead. */
  milestones: v.pipe(v.array(milestoneSchema), v.maxLength(PLAN_LIMITS.maxPayments)),
  paymentTerms: paymentTermsSchema,
  /** Payment-method ids (the paymentMethods collection) to compare; the first is the one the agreement names. */
  routes: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))), v.maxLength(PLAN_LIMITS.maxRoutes)),
  feePayer: feePayerSchema,
  late: lateTermsSchema,
});

export type Share = v.InferOutput<typeof shareSchema>;
export type Due = v.InferOutput<typeof dueSchema>;
export type Milestone = v.InferOutput<typeof milestoneSchema>;
export type Pricing = v.InferOutput<typeof pricingSchema>;
export type Deposit = v.InferOutput<typeof depositSchema>;
export type PaymentTerms = v.InferOutput<typeof paymentTermsSchema>;
export type LateTerms = v.InferOutput<typeof lateTermsSchema>;
export type FeePayer = v.InferOutput<typeof feePayerSchema>;
export type Plan = v.InferOutput<typeof planSchema>;

/**
 * What the trust check hands to the calculator for a risky result: a deposit share and how many milestones
 * to split the rest into (smaller milestones keep less unpaid work at risk).
 */
export const planSuggestionSchema = v.object({
  depositBasisPoints: basisPoints,
  milestoneCount: int(1, 12),
  /** Why: the trust-check band that produced it, shown to the reader. */
  band: v.picklist(['low', 'elevated', 'high']),
});
export type PlanSuggestion = v.InferOutput<typeof planSuggestionSchema>;

/** One payment of a computed schedule. Amounts are minor units of the plan's currency. */
export interface Payment {
  /** 1-based position in the schedule. */
  index: number;
  kind: 'deposit' | 'milestone' | 'invoice';
  name: string;
  /** The day the work this payment is for is delivered; the deposit has none. */
  deliveryDate: IsoDate | null;
  dueDate: IsoDate;
  amountMinor: number;
  /** Sum of this and every earlier payment. */
  cumulativeMinor: number;
}

export interface Schedule {
  currency: CurrencyCode;
  totalMinor: number;
  payments: Payment[];
}

/** A problem with the reader's plan, located by field path (e.g. "milestones.2.share") for the error summary. */
export interface PlanError {
  field: string;
  message: string;
}

export type ScheduleResult = { ok: true; schedule: Schedule } | { ok: false; errors: PlanError[] };

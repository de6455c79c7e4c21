/**
 * The payment plan: the one object that the calculator edits, the trust check suggests, and the agreement writes
 * into its payment clause. Written with zod/mini because it is validated in the browser (URL fragment and
 * localStorage), where every kilobyte counts.
 */
import * as z from 'zod/mini';
import { isCurrencyCode, type CurrencyCode } from '../money';
import { isIsoDate, type IsoDate } from '../dates';
import { PLAN_LIMITS } from './limits';

export { PLAN_LIMITS };

const currency = z.custom<CurrencyCode>(isCurrencyCode);
const isoDate = z.custom<IsoDate>(isIsoDate);
const minor = z.int().check(z.minimum(0));
const basisPoints = z.int().check(z.minimum(0), z.maximum(10_000));

/** A share of the total: a percentage in basis points (5000 = 50%), or a fixed amount in minor units. */
export const shareSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), basisPoints }),
  z.object({ kind: z.literal('amount'), minor }),
]);

/** When a milestone's work is delivered: on a calendar date, or a number of days after the start date. */
export const dueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate }),
  z.object({ kind: z.literal('days-after-start'), days: z.int().check(z.minimum(0), z.maximum(3650)) }),
]);

export const milestoneSchema = z.object({
  /** What is delivered, in the reader's words (plain text, never markup). */
  name: z.string().check(z.minLength(1), z.maxLength(PLAN_LIMITS.maxNameLength)),
  share: shareSchema,
  due: dueSchema,
});

export const pricingSchema = z.discriminatedUnion('kind', [
  /** A fixed price for the whole project. */
  z.object({ kind: z.literal('fixed'), totalMinor: minor }),
  /** Hourly work invoiced every N weeks. hoursPerWeek may have two decimals (37.5). */
  z.object({
    kind: z.literal('hourly'),
    rateMinor: minor,
    hoursPerWeek: z.number().check(z.minimum(0), z.maximum(168)),
    weeks: z.int().check(z.minimum(1), z.maximum(PLAN_LIMITS.maxWeeks)),
    invoiceEveryWeeks: z.int().check(z.minimum(1), z.maximum(52)),
  }),
]);

export const depositSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('percent'), basisPoints }),
  z.object({ kind: z.literal('amount'), minor }),
]);

/** When an invoice is due relative to the delivery it bills: on delivery, or net N days. */
export const paymentTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('on-delivery') }),
  z.object({ kind: z.literal('net'), days: z.int().check(z.minimum(1), z.maximum(PLAN_LIMITS.maxNetDays)) }),
]);

/**
 * Late-payment terms. The same object produces the calculator's figures and the agreement's wording.
 * Rates are basis points: 150 per month = 1.5% a month. Statutory kinds take the reference rate as an input
 * with the date the reader read it, because those rates change every half-year.
 */
export const lateTermsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('contract'),
    basisPoints: z.int().check(z.minimum(0), z.maximum(10_000)),
    per: z.enum(['month', 'year']),
    graceDays: z.int().check(z.minimum(0), z.maximum(365)),
    /** Interest never exceeds this share of the unpaid amount; null = no cap. */
    capBasisPoints: z.nullable(basisPoints),
  }),
  z.object({ kind: z.literal('uk-statutory'), referenceRateBasisPoints: z.int(), referenceRateAsOf: isoDate }),
  z.object({ kind: z.literal('eu-statutory'), referenceRateBasisPoints: z.int(), referenceRateAsOf: isoDate }),
]);

export const feePayerSchema = z.enum(['freelancer', 'client', 'split']);

export const planSchema = z.object({
  currency,
  pricing: pricingSchema,
  /** The day work starts; due dates count from here. */
  startDate: isoDate,
  deposit: depositSchema,
  /** Fixed-price milestones after the deposit. Hourly plans generate their invoices instead. */
  milestones: z.array(milestoneSchema).check(z.maxLength(PLAN_LIMITS.maxPayments)),
  paymentTerms: paymentTermsSchema,
  /** Payment-method ids (the paymentMethods collection) to compare; the first is the one the agreement names. */
  routes: z.array(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))).check(z.maxLength(12)),
  feePayer: feePayerSchema,
  late: lateTermsSchema,
});

export type Share = z.output<typeof shareSchema>;
export type Due = z.output<typeof dueSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Pricing = z.output<typeof pricingSchema>;
export type Deposit = z.output<typeof depositSchema>;
export type PaymentTerms = z.output<typeof paymentTermsSchema>;
export type LateTerms = z.output<typeof lateTermsSchema>;
export type FeePayer = z.output<typeof feePayerSchema>;
export type Plan = z.output<typeof planSchema>;

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

/**
 * What the trust check hands to the calculator for a risky result: a deposit share and how many milestones
 * to split the rest into (smaller milestones keep less unpaid work at risk).
 */
export const planSuggestionSchema = z.object({
  depositBasisPoints: basisPoints,
  milestoneCount: z.int().check(z.minimum(1), z.maximum(12)),
  /** Why: the trust-check band that produced it, shown to the reader. */
  band: z.enum(['low', 'elevated', 'high']),
});
export type PlanSuggestion = z.output<typeof planSuggestionSchema>;

/**
 * Limits of a payment plan, apart from the zod schema so that code reaching the browser can use them without
 * bundling zod (schema.ts re-exports them under the same name).
 */
export const PLAN_LIMITS = {
  /** More payments than this is refused: the schedule is meant for people, not for micro-billing. */
  maxPayments: 60,
  maxNameLength: 80,
  maxNetDays: 120,
  maxWeeks: 520,
} as const;

/**
 * The plan's limits, apart from the zod schema so that code which needs only these numbers (the agreement island)
 * does not ship zod. schema.ts re-exports them under the same name.
 */
export const PLAN_LIMITS = {
  /** More payments than this is refused: the schedule is meant for people, not for micro-billing. */
  maxPayments: 60,
  maxNameLength: 80,
  maxNetDays: 120,
  maxWeeks: 520,
} as const;

/**
 * What a band leads to: the payment-plan suggestion for elevated and high results and the link that opens the
 * calculator with it. The numbers come from the bands data. Used at build time: the page passes the finished
 * links to the island, so the zod/mini plan codec never ships in the trust check's bundle.
 */
import { planSuggestionCodec } from '../plan/codecs';
import type { PlanSuggestion } from '../plan/schema';
import type { TrustBand } from './schema';

export const PAYMENT_PLAN_PATH = '/tools/payment-plan/';

/** The plan the calculator should open with for this band, or null when the band has no protection. */
export function buildPlanSuggestion(band: TrustBand): PlanSuggestion | null {
  if (!band.protection || (band.id !== 'elevated' && band.id !== 'high')) return null;
  return {
    depositBasisPoints: band.protection.depositBasisPoints,
    milestoneCount: band.protection.milestoneCount,
    band: band.id,
  };
}

/** `/tools/payment-plan/#plan-suggestion=v1.…`, or null when the band suggests no plan. */
export function buildPlanSuggestionHref(band: TrustBand): string | null {
  const suggestion = buildPlanSuggestion(band);
  return suggestion ? `${PAYMENT_PLAN_PATH}#${planSuggestionCodec.encode(suggestion)}` : null;
}

/** The link text, stating the settings it fills in ("a 50% deposit and 3 milestones"). */
export function describePlanSuggestion(suggestion: PlanSuggestion): string {
  const percent = suggestion.depositBasisPoints / 100;
  const milestones = suggestion.milestoneCount === 1 ? '1 milestone' : `${suggestion.milestoneCount} milestones`;
  return `a ${Number.isInteger(percent) ? percent : percent.toFixed(2)}% deposit and ${milestones}`;
}

/**
 * What a band leads to: the payment-plan suggestions for elevated and high results (one per deposit share the
 * band offers) and the links that open the calculator with them. The numbers come from the bands data. Used at
 * build time: the page passes the finished links to the island, so the zod/mini plan codec never ships in the
 * trust check's bundle. The island fetches them (TRUST_RESULT_URL) when the reader reaches the last step.
 */
import { planSuggestionCodec } from '../plan/codecs';
import type { PlanSuggestion } from '../plan/schema';
import type { TrustBand } from './schema';

export const PAYMENT_PLAN_PATH = '/tools/payment-plan/';

/** One deposit the reader may choose: the calculator link, what it fills in, and why choose it. */
export interface PlanChoice {
  href: string;
  /** "a 25% deposit and 3 milestones" */
  text: string;
  reason: string;
}

/**
 * A band as the island needs it: the data it shows, with the deposit shares turned into calculator links built
 * here. Nothing else: every field is bytes the result fetches.
 */
export type TrustBandView = Omit<TrustBand, 'rank' | 'protection'> & {
  protection?: { text: string };
  planChoices: PlanChoice[];
};

/** The plans the calculator can open with for this band, one per deposit share; none when it has no protection. */
export function buildPlanSuggestions(band: TrustBand): PlanSuggestion[] {
  const id = band.id;
  if (!band.protection || (id !== 'elevated' && id !== 'high')) return [];
  const { deposits, milestoneCount } = band.protection;
  return deposits.map((d) => ({ depositBasisPoints: d.basisPoints, milestoneCount, band: id }));
}

/** `/tools/payment-plan/#plan-suggestion=v1.…` */
export function buildPlanSuggestionHref(suggestion: PlanSuggestion): string {
  return `${PAYMENT_PLAN_PATH}#${planSuggestionCodec.encode(suggestion)}`;
}

/** The link text, stating the settings it fills in ("a 50% deposit and 3 milestones"). */
export function describePlanSuggestion(suggestion: PlanSuggestion): string {
  const percent = suggestion.depositBasisPoints / 100;
  const milestones = suggestion.milestoneCount === 1 ? '1 milestone' : `${suggestion.milestoneCount} milestones`;
  return `a ${Number.isInteger(percent) ? percent : percent.toFixed(2)}% deposit and ${milestones}`;
}

export function buildTrustBandView(band: TrustBand): TrustBandView {
  const reasons = band.protection?.deposits.map((d) => d.reason) ?? [];
  const planChoices = buildPlanSuggestions(band).map((suggestion, i) => ({
    href: buildPlanSuggestionHref(suggestion),
    text: describePlanSuggestion(suggestion),
    reason: reasons[i]!,
  }));
  const { rank: _rank, protection, ...shown } = band;
  return { ...shown, ...(protection ? { protection: { text: protection.text } } : {}), planChoices };
}

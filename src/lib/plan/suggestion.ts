/**
 * The trust check's suggestion for the calculator (a deposit share and a milestone count), carried in the URL
 * fragment `#plan-suggestion=v1.…` of /tools/payment-plan/. Its validator accepts exactly what
 * planSuggestionSchema accepts (tests/lib/plan/guard.test.ts), so zod stays out of the calculator island.
 */
import { createStateCodec, type Validator } from '../state';
import { bp, int, obj, oneOf, toValidator } from './guard';
import type { PlanSuggestion } from './schema';

function readSuggestion(x: unknown): PlanSuggestion {
  const o = obj(x);
  return {
    depositBasisPoints: bp(o['depositBasisPoints']),
    milestoneCount: int(o['milestoneCount'], 1, 12),
    band: oneOf(o['band'], ['low', 'elevated', 'high'] as const),
  };
}

export const planSuggestionValidator: Validator<PlanSuggestion> = toValidator(readSuggestion);

/** `#plan-suggestion=v1.…` on /tools/payment-plan/: a deposit share and milestone count from the trust check. */
export const planSuggestionCodec = createStateCodec({
  name: 'plan-suggestion',
  version: 1,
  validator: planSuggestionValidator,
});

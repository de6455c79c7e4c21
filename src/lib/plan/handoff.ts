/**
 * The codecs that carry a plan between tools in the URL fragment, so nothing reaches a server:
 * trust check → calculator (a suggestion), calculator → agreement (the whole plan).
 * They validate with the hand-written guards in guard.ts, which accept exactly what schema.ts's schemas accept
 * (tested), so the islands that use them do not ship zod.
 */
import { createStateCodec } from '../state';
import { planSuggestionValidator, planValidator } from './guard';

/** `#plan-suggestion=v1.…` on /tools/payment-plan/: a deposit share and milestone count from the trust check. */
export const planSuggestionCodec = createStateCodec({
  name: 'plan-suggestion',
  version: 1,
  validator: planSuggestionValidator,
});

/** `#payment-plan=v1.…`: the calculator's whole plan; also what the calculator saves in localStorage. */
export const planCodec = createStateCodec({ name: 'payment-plan', version: 1, validator: planValidator });

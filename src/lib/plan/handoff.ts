/**
 * The codecs that carry a plan between tools in the URL fragment, so nothing reaches a server:
 * trust check → calculator (a suggestion), calculator → agreement (the whole plan).
 */
import { createStateCodec } from '../state';
import { planSchema, planSuggestionSchema } from './schema';

/** `#plan-suggestion=v1.…` on /tools/payment-plan/: a deposit share and milestone count from the trust check. */
export const planSuggestionCodec = createStateCodec({
  name: 'plan-suggestion',
  version: 1,
  validator: planSuggestionSchema,
});

/** `#payment-plan=v1.…`: the calculator's whole plan; also what the calculator saves in localStorage. */
export const planCodec = createStateCodec({ name: 'payment-plan', version: 1, validator: planSchema });

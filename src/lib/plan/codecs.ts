/**
 * The plan's two fragments, read back through the one plan schema. Nothing in them reaches a server: a URL
 * fragment is never sent, and localStorage stays in the browser.
 */
import { createStateCodec } from '../state';
import { planSchema, planSuggestionSchema } from './schema';

/** `#payment-plan=v1.…`: the calculator's whole plan, handed to the agreement; also what the calculator saves. */
export const planCodec = createStateCodec({ name: 'payment-plan', version: 1, schema: planSchema });

/** `#plan-suggestion=v1.…` on /tools/payment-plan/: a deposit share and milestone count from the trust check. */
export const planSuggestionCodec = createStateCodec({
  name: 'plan-suggestion',
  version: 1,
  schema: planSuggestionSchema,
});

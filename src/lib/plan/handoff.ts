/**
 * The codec that carries a whole plan from the calculator to the agreement in the URL fragment, so nothing reaches
 * a server. It validates with the hand-written guard in guard.ts, which accepts exactly what schema.ts's schema
 * accepts (tested), so the islands that use it do not ship zod. The trust check's suggestion has its own codec in
 * suggestion.ts.
 */
import { createStateCodec } from '../state';
import { planValidator } from './guard';

/** `#payment-plan=v1.…`: the calculator's whole plan; also what the calculator saves in localStorage. */
export const planCodec = createStateCodec({ name: 'payment-plan', version: 1, validator: planValidator });

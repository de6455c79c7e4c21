/**
 * Where the trust check finds what the build wrote for it, and what that file holds. Its own module, so the island
 * imports a string and types, not advice.ts, whose calculator links need the plan codec.
 */
import type { TrustBandView } from './advice';
import type { TrustExplanations } from './split';

/** The result bands and the questions' explanations (src/pages/tools/trust-check/result.json.ts). */
export const TRUST_RESULT_URL = '/tools/trust-check/result.json';

export interface TrustResultFile {
  bands: TrustBandView[];
  explanations: TrustExplanations;
}

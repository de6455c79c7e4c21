/**
 * Where the trust check finds what the build wrote for it. Its own module, so the island imports a string and
 * not advice.ts, whose calculator links need the plan codec.
 */

/** The result bands as the island needs them (src/pages/tools/trust-check/bands.json.ts). */
export const TRUST_BANDS_URL = '/tools/trust-check/bands.json';

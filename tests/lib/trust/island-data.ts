/**
 * The trust check island as the site serves it, from the data: the steps' part of each question as the page's
 * props, and a fetch that answers the result file (src/pages/tools/trust-check/result.json.ts).
 */
import { expect } from 'vitest';
import { buildTrustBandView, type TrustBandView } from '../../../src/lib/trust/advice';
import { TRUST_RESULT_URL, type TrustResultFile } from '../../../src/lib/trust/files';
import { splitQuestions } from '../../../src/lib/trust/split';
import { loadTrustData } from './load-trust-data';

export function trustIslandData() {
  const data = loadTrustData();
  const bands: TrustBandView[] = data.bands.sort((a, b) => a.rank - b.rank).map(buildTrustBandView);
  const { steps, explanations } = splitQuestions(data.questions);
  const file: TrustResultFile = { bands, explanations };
  async function serveResult(url: string) {
    expect(url).toBe(TRUST_RESULT_URL);
    return new Response(JSON.stringify(file));
  }
  return { data, bands, steps, serveResult };
}

/** Reads the trust check's collections once for the island and the checklist (build time only). */
import { getCollection } from 'astro:content';
import { buildTrustBandView, type TrustBandView } from '../../lib/trust/advice';
import { checkTrustBands, type TrustQuestion } from '../../lib/trust/schema';
import { sortQuestions } from '../../lib/trust/score';

export async function loadTrustCheck(): Promise<{ questions: TrustQuestion[]; bands: TrustBandView[] }> {
  const questions = sortQuestions((await getCollection('trustQuestions')).map((entry) => entry.data));
  const rawBands = (await getCollection('trustBands')).map((entry) => entry.data).sort((a, b) => a.rank - b.rank);
  const problems = checkTrustBands(rawBands);
  // The per-file schema cannot see the set; a broken set must fail the build, not mislead a reader.
  if (problems.length > 0) throw new Error(`Invalid trust-bands data: ${problems.join('; ')}`);
  return { questions, bands: rawBands.map(buildTrustBandView) };
}

/**
 * What the trust check's review and result need beyond the steps, as a static file: the bands with their calculator
 * links, and each question's explanations (src/lib/trust/split.ts). The island fetches it with its result views
 * when the reader reaches the last step, so a first visit carries only what the steps show.
 */
import type { APIRoute } from 'astro';
import { loadTrustCheck } from '../../../components/trust/load-trust-check';
import { splitQuestions } from '../../../lib/trust/split';
import type { TrustResultFile } from '../../../lib/trust/files';

export const GET: APIRoute = async () => {
  const { questions, bands } = await loadTrustCheck();
  const file: TrustResultFile = { bands, explanations: splitQuestions(questions).explanations };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

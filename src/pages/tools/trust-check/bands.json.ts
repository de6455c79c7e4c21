/**
 * The trust check's result bands, with their calculator links, as a static file. The island fetches it with its
 * result views, when the reader reaches the last step, so a first visit carries only the questions.
 */
import type { APIRoute } from 'astro';
import { loadTrustCheck } from '../../../components/trust/load-trust-check';

export const GET: APIRoute = async () => {
  const { bands } = await loadTrustCheck();
  return new Response(JSON.stringify(bands), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import { getCollection } from 'astro:content';
import { sortRoutes } from '../../lib/plan/routes';

/**
 * The payment routes' fees, with their sources and dates, as one static file. The calculator fetches it from this
 * site when the reader has a plan to price, so a first visit does not carry every fee record.
 */
export async function GET() {
  const methods = sortRoutes((await getCollection('paymentMethods')).map((e) => e.data));
  return new Response(JSON.stringify(methods), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

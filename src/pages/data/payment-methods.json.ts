import { getCollection } from 'astro:content';
import { listRoutes } from '../../lib/plan/routes';

/**
 * The payment routes' fees (payment methods and platforms), with their sources and dates, as one static file. The calculator fetches it from this
 * site when the reader has a plan to price, so a first visit does not carry every fee record.
 */
export async function GET() {
  const [methods, platforms] = await Promise.all([getCollection('paymentMethods'), getCollection('platforms')]);
  const routes = listRoutes(
    methods.map((e) => e.data),
    platforms.map((e) => e.data),
  );
  return new Response(JSON.stringify(routes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

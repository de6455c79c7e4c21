/**
 * The rules the message check runs, as a static file the island fetches when the reader first uses the form, so
 * that the page's first visit carries only the form and the printable list of signs.
 */
import type { APIRoute } from 'astro';
import { loadMessageCheck } from '../../../components/message-check/load-message-check';
import { toSignalView, type MessageCheckData } from '../../../lib/message-check/data';

export const GET: APIRoute = async () => {
  const { signals, implications } = await loadMessageCheck();
  const data: MessageCheckData = { signals: signals.map(toSignalView), trust: implications };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

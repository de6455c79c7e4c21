/** Reads the message check's rules once for the island and the checklist (build time only). */
import { getCollection } from 'astro:content';
import { checkSignalRules, type SignalRuleData } from '../../lib/message-check/schema';
import { buildTrustImplications, checkTrustMapping, type TrustImplication } from '../../lib/message-check/trust';

export async function loadMessageCheck(): Promise<{ signals: SignalRuleData[]; implications: TrustImplication[] }> {
  const signals = (await getCollection('messageSignals'))
    .map((entry) => entry.data)
    .sort((a, b) => Number(b.kind === 'stop') - Number(a.kind === 'stop') || a.order - b.order);
  const questions = (await getCollection('trustQuestions')).map((entry) => entry.data);
  // The per-file schema cannot see the set or the trust questions; a broken hand-over must fail the build.
  const problems = [
    ...checkSignalRules(signals),
    ...checkTrustMapping(
      signals.map((s) => s.id),
      questions,
    ),
  ];
  if (problems.length > 0) throw new Error(`Invalid message-signals data: ${problems.join('; ')}`);
  return { signals, implications: buildTrustImplications(questions) };
}

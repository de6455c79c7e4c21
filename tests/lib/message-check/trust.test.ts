/**
 * The hand-over to the trust check, against the site's real trust questions: every sign is mapped to answers
 * that exist, the heavier answer wins where two signs answer one question, and the state the trust check reads
 * back lists the answers chosen from the message.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildTrustHandoff,
  buildTrustImplications,
  checkTrustMapping,
  SIGNAL_TRUST_ANSWERS,
} from '../../../src/lib/message-check/trust';
import { filterAnswers, trustStateCodec } from '../../../src/lib/trust/state';
import { loadTrustData } from '../trust/load-trust-data';
import { loadRules } from './load-rules';

const { questions } = loadTrustData();
const signalIds = loadRules().map((r) => r.id);
const implications = buildTrustImplications(questions);

describe('the mapping', () => {
  it('covers every sign and names only questions and answers that exist', () => {
    expect(checkTrustMapping(signalIds, questions)).toEqual([]);
  });

  it('notices a renamed answer, a missing sign and an unknown one', () => {
    const renamed = { ...SIGNAL_TRUST_ANSWERS, overpayment: [{ question: 'overpayment', option: 'yes-please' }] };
    expect(checkTrustMapping(signalIds, questions, renamed)).toEqual([
      'sign "overpayment" maps to unknown answer "yes-please" of "overpayment"',
    ]);
    const { urgency: _u, ...missing } = SIGNAL_TRUST_ANSWERS;
    expect(checkTrustMapping(signalIds, questions, missing)).toEqual(['sign "urgency" has no trust mapping']);
    expect(checkTrustMapping(signalIds, questions, { ...SIGNAL_TRUST_ANSWERS, nope: [] })).toEqual([
      'the trust mapping names unknown sign "nope"',
    ]);
  });

  // Each stop sign must choose a red-flag answer: the trust check then stops, as the message check says.
  it.each(
    loadRules()
      .filter((r) => r.kind === 'stop')
      .map((r) => r.id),
  )('%s chooses a red flag', (id) => {
    const refs = SIGNAL_TRUST_ANSWERS[id] ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const option = questions.find((q) => q.id === ref.question)?.options.find((o) => o.id === ref.option);
      expect(option?.redFlag, `${id} → ${ref.question}/${ref.option}`).toBe(true);
    }
  });
});

describe('buildTrustHandoff', () => {
  it.each([
    [['off-platform-chat'], { 'chat-app': 'chat-before-contract' }],
    [['fee-avoidance', 'off-platform-payment'], { 'reason-given': 'save-fees', 'payment-method': 'transfer' }],
    // Both answer "how does the client propose to pay": crypto weighs 4, a transfer 1 (trust-questions data).
    [['off-platform-payment', 'crypto-payment'], { 'payment-method': 'crypto' }],
    [['crypto-payment', 'off-platform-payment'], { 'payment-method': 'crypto' }],
    [['equipment', 'send-money'], { 'send-money': 'yes' }],
    [['urgency'], {}],
    [[], {}],
  ])('%j → %j', (found, answers) => {
    const state = buildTrustHandoff(found, implications);
    expect(state.answers).toEqual(answers);
    expect(state.fromMessage).toEqual(Object.keys(answers).sort());
    expect(state.view).toBe('request');
  });

  it('makes a state that survives the link and keeps every answer', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.subarray(signalIds), (found) => {
        const state = buildTrustHandoff(found, implications);
        const decoded = trustStateCodec.decode(`#${trustStateCodec.encode(state)}`);
        expect(decoded).toEqual({ status: 'ok', value: state });
        expect(filterAnswers(questions, state.answers).dropped).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

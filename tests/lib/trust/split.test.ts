import { describe, expect, it } from 'vitest';
import { joinQuestions, splitQuestions } from '../../../src/lib/trust/split';
import { loadTrustData } from './load-trust-data';

const { questions } = loadTrustData();

describe('splitting the trust questions between the first visit and the result file', () => {
  it('joins back into exactly the questions the data holds, in their order', () => {
    const { steps, explanations } = splitQuestions(questions);
    // Through JSON, as the page's props and the fetched file travel.
    const joined = joinQuestions(JSON.parse(JSON.stringify(steps)), JSON.parse(JSON.stringify(explanations)));
    expect(joined).toEqual(questions);
  });

  it('sends with the steps only what they show: no guide links, no extra sources, a why only for red flags', () => {
    const { steps } = splitQuestions(questions);
    for (const step of steps) {
      expect(step).not.toHaveProperty('guide');
      expect(step.source.url).toMatch(/^https:/);
      for (const option of step.options) {
        expect(option).not.toHaveProperty('sources');
        if (!option.redFlag) expect(option).not.toHaveProperty('why');
      }
    }
    const redFlag = questions.flatMap((q) => q.options).find((o) => o.redFlag)!;
    const stepRedFlag = steps.flatMap((q) => q.options).find((o) => o.id === redFlag.id && o.redFlag)!;
    expect(stepRedFlag.why).toBe(redFlag.why);
  });

  it('refuses explanations from another build rather than show a result without reasons', () => {
    const { steps, explanations } = splitQuestions(questions);
    const first = steps[0]!;
    const { [first.id]: _gone, ...missingQuestion } = explanations;
    expect(() => joinQuestions(steps, missingQuestion)).toThrow(first.id);
    const option = first.options[0]!;
    const { [option.id]: _alsoGone, ...otherOptions } = explanations[first.id]!.options;
    const missingOption = { ...explanations, [first.id]: { ...explanations[first.id]!, options: otherOptions } };
    expect(() => joinQuestions(steps, missingOption)).toThrow(`${first.id}/${option.id}`);
  });
});

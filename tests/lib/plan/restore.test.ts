import { describe, expect, it } from 'vitest';
import { planCodec, planSuggestionCodec } from '../../../src/lib/plan/codecs';
import { createEmptyForm, formFromPlan } from '../../../src/lib/plan/form-values';
import { openPlan } from '../../../src/lib/plan/restore';
import { WEBSITE_PLAN } from './fixtures';

function storage(saved?: typeof WEBSITE_PLAN) {
  const items = new Map<string, string>();
  const s = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  if (saved) planCodec.save(s, saved);
  return s;
}

const today = '2026-12-02';
const savedPlan = { ...WEBSITE_PLAN, startDate: '2026-06-01' };

describe('openPlan', () => {
  it('opens a link, ignoring the saved plan', () => {
    const opened = openPlan(`#${planCodec.encode(WEBSITE_PLAN)}`, storage(savedPlan), today, []);
    expect(opened).toEqual({ values: formFromPlan(WEBSITE_PLAN), from: 'link', notice: '' });
  });

  // Issue 12: the notice said "the tool started empty", then the saved plan appeared.
  it('says the saved plan opened when a broken link arrives while a plan is saved', () => {
    const opened = openPlan('#payment-plan=v1.e30', storage(savedPlan), today, []);
    expect(opened.from).toBe('browser');
    expect(opened.values).toEqual(formFromPlan(savedPlan));
    expect(opened.notice).toBe(
      "The link's settings could not be read: it may be cut short or changed. The plan saved in this browser was opened instead.",
    );
    expect(opened.notice).not.toContain('started empty');
  });

  it('says the tool started empty when nothing else was there', () => {
    const opened = openPlan('#payment-plan=v9.e30', storage(), today, ['paypal']);
    expect(opened.values).toEqual(createEmptyForm(today, ['paypal']));
    expect(opened.notice).toBe(
      'The link was made by a newer version of this tool, so its settings could not be used. The tool started empty.',
    );
  });

  it('applies a suggestion from the trust check and says why', () => {
    const fragment = `#${planSuggestionCodec.encode({ depositBasisPoints: 3_000, milestoneCount: 4, band: 'high' })}`;
    const opened = openPlan(fragment, storage(savedPlan), today, []);
    expect(opened.from).toBe('suggestion');
    expect(opened.values.depositPercent).toBe('30');
    expect(opened.values.milestones).toHaveLength(4);
    expect(opened.notice).toContain('The trust check found a high risk');
  });

  it('says a broken suggestion was not used, and what opened', () => {
    const opened = openPlan('#plan-suggestion=v1.e30', storage(savedPlan), today, []);
    expect(opened.from).toBe('browser');
    expect(opened.notice).toBe(
      "The link's settings could not be read: it may be cut short or changed. The plan saved in this browser was opened instead.",
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildPlanSuggestionHref,
  buildPlanSuggestions,
  buildTrustBandView,
  describePlanSuggestion,
} from '../../../src/lib/trust/advice';
import { planSuggestionCodec } from '../../../src/lib/plan/codecs';
import { loadTrustData } from './load-trust-data';

const { bands } = loadTrustData();
const band = (id: string) => bands.find((b) => b.id === id)!;

describe('plan suggestions from the bands data', () => {
  // Deposit shares and milestone counts from src/content/data/trust-bands/elevated.yaml and high.yaml: two
  // shares each, because no authoritative source gives a typical deposit and none may read as the norm.
  it.each([
    ['elevated', [2500, 5000], 3, ['a 25% deposit and 3 milestones', 'a 50% deposit and 3 milestones']],
    ['high', [5000, 7500], 4, ['a 50% deposit and 4 milestones', 'a 75% deposit and 4 milestones']],
  ] as const)('%s offers %o with %i milestones', (id, shares, milestoneCount, texts) => {
    const suggestions = buildPlanSuggestions(band(id));
    expect(suggestions).toEqual(shares.map((depositBasisPoints) => ({ depositBasisPoints, milestoneCount, band: id })));
    expect(suggestions.map(describePlanSuggestion)).toEqual(texts);
  });

  it.each(['low', 'stop'])('%s suggests no plan', (id) => {
    expect(buildPlanSuggestions(band(id))).toEqual([]);
    expect(buildTrustBandView(band(id)).planChoices).toEqual([]);
  });

  it('links each choice to the calculator with a suggestion the calculator can decode, and keeps its reason', () => {
    const view = buildTrustBandView(band('high'));
    expect(view.planChoices.map((c) => c.reason)).toEqual(band('high').protection!.deposits.map((d) => d.reason));
    for (const [i, choice] of view.planChoices.entries()) {
      expect(choice.href.startsWith('/tools/payment-plan/#plan-suggestion=v1.')).toBe(true);
      const decoded = planSuggestionCodec.decode(choice.href.slice(choice.href.indexOf('#')));
      expect(decoded).toEqual({ status: 'ok', value: buildPlanSuggestions(band('high'))[i] });
    }
  });

  it('keeps the v1 codec: a link made before the change still decodes', () => {
    // The fragment main's single "50% deposit and 4 milestones" link carried, as published.
    const old = '#plan-suggestion=v1.eyJkZXBvc2l0QmFzaXNQb2ludHMiOjUwMDAsIm1pbGVzdG9uZUNvdW50Ijo0LCJiYW5kIjoiaGlnaCJ9';
    expect(buildPlanSuggestionHref({ depositBasisPoints: 5000, milestoneCount: 4, band: 'high' })).toBe(
      `/tools/payment-plan/${old}`,
    );
    expect(planSuggestionCodec.decode(old)).toEqual({
      status: 'ok',
      value: { depositBasisPoints: 5000, milestoneCount: 4, band: 'high' },
    });
  });

  it('states odd shares with decimals', () => {
    expect(describePlanSuggestion({ depositBasisPoints: 3333, milestoneCount: 1, band: 'high' })).toBe(
      'a 33.33% deposit and 1 milestone',
    );
  });
});

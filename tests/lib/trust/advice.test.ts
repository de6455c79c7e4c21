import { describe, expect, it } from 'vitest';
import { buildPlanSuggestion, buildPlanSuggestionHref, describePlanSuggestion } from '../../../src/lib/trust/advice';
import { planSuggestionCodec } from '../../../src/lib/plan/codecs';
import { loadTrustData } from './load-trust-data';

const { bands } = loadTrustData();
const band = (id: string) => bands.find((b) => b.id === id)!;

describe('plan suggestions from the bands data', () => {
  // Figures from src/content/data/trust-bands/elevated.yaml and high.yaml.
  it.each([
    ['elevated', { depositBasisPoints: 5000, milestoneCount: 3, band: 'elevated' }, 'a 50% deposit and 3 milestones'],
    ['high', { depositBasisPoints: 5000, milestoneCount: 4, band: 'high' }, 'a 50% deposit and 4 milestones'],
  ])('%s suggests %o', (id, suggestion, text) => {
    expect(buildPlanSuggestion(band(id))).toEqual(suggestion);
    expect(describePlanSuggestion(suggestion as never)).toBe(text);
  });

  it.each(['low', 'stop'])('%s suggests no plan', (id) => {
    expect(buildPlanSuggestion(band(id))).toBeNull();
    expect(buildPlanSuggestionHref(band(id))).toBeNull();
  });

  it('links to the calculator with a suggestion the calculator can decode', () => {
    const href = buildPlanSuggestionHref(band('high'))!;
    expect(href.startsWith('/tools/payment-plan/#plan-suggestion=v1.')).toBe(true);
    const decoded = planSuggestionCodec.decode(href.slice(href.indexOf('#')));
    expect(decoded).toEqual({ status: 'ok', value: { depositBasisPoints: 5000, milestoneCount: 4, band: 'high' } });
  });

  it('states odd shares with decimals', () => {
    expect(describePlanSuggestion({ depositBasisPoints: 3333, milestoneCount: 1, band: 'high' })).toBe(
      'a 33.33% deposit and 1 milestone',
    );
  });
});

// @vitest-environment happy-dom
/**
 * One route's fee lines: each line a switch that shows whether it counts, the reader's switch written back, and
 * a route with no figures for the region saying so.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RouteLines } from '../../../../src/components/islands/payment-plan/RouteLines';
import type { FeeState } from '../../../../src/components/islands/payment-plan/FeesPanel';
import { computeRouteFees, type FeeSettings } from '../../../../src/lib/plan/fees';
import { buildSchedule } from '../../../../src/lib/plan/schedule';
import { loadPaymentMethod, WEBSITE_PLAN } from '../../../lib/plan/fixtures';

afterEach(cleanup);

const built = buildSchedule({ ...WEBSITE_PLAN, currency: 'GBP' });
if (!built.ok) throw new Error('fixture must build');
const schedule = built.schedule;
const state: FeeState = { region: 'UK', international: true, conversion: false, rates: {}, inputs: {}, switches: {} };
const settings: FeeSettings = { ...state, date: '2026-03-02', feePayer: 'freelancer', inputs: {} };

function show(methodId: string) {
  const onChange = vi.fn();
  const route = computeRouteFees(loadPaymentMethod(methodId), schedule, settings);
  render(<RouteLines route={route} currency="GBP" state={state} onChange={onChange} />);
  return onChange;
}

describe('RouteLines', () => {
  // PayPal's data has US rates only; its conversion spread alone is no figure for the UK.
  test('says a route has no fee figures for the region, even with a conversion line listed', () => {
    show('paypal');
    expect(screen.getByText('No fee figures for this region in our data.')).toBeTruthy();
  });

  test('shows the UK card rate switched off where a card from abroad replaces it, and writes back the switch', () => {
    const onChange = show('stripe');
    const standard = screen.getByLabelText(/^Standard UK card: 1\.5%/) as HTMLInputElement;
    expect(standard.checked).toBe(false);
    expect((screen.getByLabelText(/^EEA card: 2\.5%/) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('No fee figures for this region in our data.')).toBeNull();
    fireEvent.click(standard);
    expect(onChange).toHaveBeenCalledWith({ ...state, switches: { 'stripe/uk/card-standard': true } });
  });
});

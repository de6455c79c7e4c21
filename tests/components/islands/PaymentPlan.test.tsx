// @vitest-environment happy-dom
/**
 * The calculator in a DOM: the live result sentence, the question a two-way amount asks, the error summary and
 * its links, a broken link's notice, and Start again with its undo.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PaymentPlan from '../../../src/components/islands/PaymentPlan';
import { planCodec } from '../../../src/lib/plan/codecs';
import { loadPaymentMethod, loadPlatform, WEBSITE_PLAN } from '../../lib/plan/fixtures';

const methods = ['paypal', 'upwork'].map(loadPaymentMethod);
const routes = methods.map((m) => ({ id: m.id, name: m.name }));
const cf = loadPlatform('upwork').conversionFee!;
const stay = {
  rule: { ...cf, minimum: cf.minimum, maximum: cf.maximum },
  sourcing: { rule: cf, minimum: cf.minimum, maximum: cf.maximum, long: cf.longRelationship },
  payer: cf.payer,
  longRelationship: cf.longRelationship,
  ruleMonths: 24,
  platformFee: null,
  protections: [],
};

// The island fetches the fee data from the site (src/pages/data/payment-methods.json.ts); here, from the data.
vi.stubGlobal('fetch', async (url: string) => {
  expect(url).toBe('/data/payment-methods.json');
  return new Response(JSON.stringify(methods));
});

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/payment-plan/');
});
afterEach(cleanup);

const status = () => screen.getByTestId('pp-status').textContent ?? '';

async function ready(container: Element) {
  await waitFor(() => expect((container.querySelector('#pp-total') as HTMLInputElement).disabled).toBe(false));
}

describe('PaymentPlan island', () => {
  test('updates the one-sentence result as the reader types, and keeps the plan in the link', async () => {
    const { container } = render(<PaymentPlan routes={routes} stay={stay} />);
    await ready(container);
    expect(status()).toContain('Enter a total price');
    fireEvent.input(container.querySelector('#pp-total')!, { target: { value: '1000' } });
    // PayPal, US: 3.49% of 1,000.00 + 0.49 = 35.39, so 964.61 arrives (facts: PayPal US commercial rates).
    await waitFor(() => expect(status()).toContain('You receive 964.61 USD after PayPal fees in 1 payment'));
    expect(location.hash).toMatch(/^#payment-plan=v1\./);
    expect(container.querySelector('#pp-results')).not.toBeNull();
  });

  // Issue 12: "4,000" in Kuwaiti dinars was read as 4.000 without a word.
  test('asks which amount a Kuwaiti "4,000" means, and reads the answer at face value', async () => {
    const { container } = render(<PaymentPlan routes={routes} stay={stay} />);
    await ready(container);
    fireEvent.change(container.querySelector('#pp-currency')!, { target: { value: 'KWD' } });
    fireEvent.input(container.querySelector('#pp-total')!, { target: { value: '4,000' } });
    const group = await screen.findByRole('group', { name: 'Which amount did you mean?' });
    expect(group.textContent).toContain('4,000.000 KWD');
    expect(status()).not.toContain('You receive');
    fireEvent.click(screen.getByRole('button', { name: '4,000.000 KWD' }));
    await waitFor(() => expect(status()).toContain('4,000.000 KWD'));
    expect((container.querySelector('#pp-decimalMark') as HTMLSelectElement).value).toBe('.');
  });

  test('Show the plan with errors brings up the summary, each link naming its field', async () => {
    const { container } = render(<PaymentPlan routes={routes} stay={stay} />);
    await ready(container);
    fireEvent.click(screen.getByRole('button', { name: 'Show the plan' }));
    const summary = await screen.findByRole('alert');
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#pp-total', 'Enter the total price'],
    ]);
    expect(container.querySelector('#pp-total')?.getAttribute('aria-describedby')).toBe('pp-total-error');
  });

  test('a broken link says the saved plan opened instead', async () => {
    planCodec.save(localStorage, WEBSITE_PLAN);
    history.replaceState(null, '', '/tools/payment-plan/#payment-plan=v1.e30');
    const { container } = render(<PaymentPlan routes={routes} stay={stay} />);
    await screen.findByText(
      "The link's settings could not be read: it may be cut short or changed. The plan saved in this browser was opened instead.",
    );
    await waitFor(() => expect((container.querySelector('#pp-total') as HTMLInputElement).value).toBe('4000.00'));
  });

  test('Start again asks first, clears, and can be undone', async () => {
    const { container } = render(<PaymentPlan routes={routes} stay={stay} />);
    await ready(container);
    const total = () => container.querySelector('#pp-total') as HTMLInputElement;
    fireEvent.input(total(), { target: { value: '1000' } });
    await waitFor(() => expect(planCodec.load(localStorage).status).toBe('ok'));
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(total().value).toBe('1000');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    await waitFor(() => expect(total().value).toBe(''));
    expect(planCodec.load(localStorage).status).toBe('missing');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(total().value).toBe('1000'));
  });
});

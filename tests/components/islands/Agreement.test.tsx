// @vitest-environment happy-dom
/**
 * The island in a DOM: restore from a link, the error summary and its links, the calculator's plan, the live
 * preview, nothing lost when a field is too long, nothing stored for a blank form, and Start again with its undo.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Agreement from '../../../src/components/islands/Agreement';
import { agreementCodec as codec } from '../../../src/lib/agreement/state';
import { planCodec } from '../../../src/lib/plan/codecs';
import { WEBSITE_PLAN } from '../../lib/plan/fixtures';
import { loadFixture, loadLibrary } from '../../lib/agreement/library';

const library = loadLibrary();
const props = {
  ...library,
  clauses: [...library.clauses],
  paymentMethods: { paypal: 'PayPal' },
  buildDate: '2026-01-05',
};

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/agreement/');
});
afterEach(cleanup);

async function ready() {
  const submit = await screen.findByRole('button', { name: 'Continue' });
  await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
  return submit;
}

describe('Agreement island', () => {
  test('opens a saved agreement from the link and shows it in the preview', async () => {
    history.replaceState(null, '', `/tools/agreement/#${codec.encode(loadFixture('design-fixed-deposit'))}`);
    const { container } = render(<Agreement {...props} />);
    await waitFor(() =>
      expect(container.querySelector('.agreement-document')?.textContent).toContain('Ana Lima Design'),
    );
    await waitFor(() =>
      expect(container.querySelector('.agreement-status')?.textContent).toBe(
        'Your agreement has 26 clauses and nothing is missing.',
      ),
    );
    expect(container.textContent).toContain('Logo concepts: 500.00 USD, due on 15 March 2026.');
    // Complete: Word is the main action.
    expect(screen.getByRole('button', { name: 'Download Word (.docx)' }).className).toBe('');
  });

  test('Continue on an empty step shows "There is a problem" with a link per field, and a link opens its field', async () => {
    const { container } = render(<Agreement {...props} />);
    fireEvent.click(await ready());
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#ag-freelancerName',
      '#ag-freelancerEmail',
      '#ag-freelancerAddress',
      '#ag-clientName',
      '#ag-clientContact',
      '#ag-clientEmail',
      '#ag-clientAddress',
    ]);
    expect(container.querySelector('#ag-freelancerName')?.getAttribute('aria-describedby')).toBe(
      'ag-freelancerName-error',
    );
    expect(container.querySelector('.agreement-document mark.missing')?.textContent).toBe('[missing: your name]');
    // While details are missing, the main action checks the agreement instead of downloading it.
    expect(screen.getByRole('button', { name: 'Download Word (.docx)' }).className).toBe('secondary');
  });

  test('an error on a later step opens that step', async () => {
    render(<Agreement {...props} />);
    await ready();
    fireEvent.click(screen.getAllByRole('button', { name: 'Check the agreement' })[0]!);
    const summary = await screen.findByRole('alert');
    const total = [...summary.querySelectorAll('a')].find((a) => a.getAttribute('href') === '#plan-total');
    fireEvent.click(total!);
    await screen.findByRole('heading', { name: 'Step 4 of 6: Money' });
  });

  test("puts the calculator's plan in the payment step, word for word", async () => {
    history.replaceState(null, '', `/tools/agreement/#${planCodec.encode(WEBSITE_PLAN)}`);
    const { container } = render(<Agreement {...props} />);
    await screen.findByText(/The payment plan from the calculator is in the payment step/);
    // 25% deposit of 4,000.00, then design 25%, build 30%, launch 20%, net 14 (tests/lib/plan/fixtures.ts).
    await waitFor(() =>
      expect(container.querySelector('.agreement-document')?.textContent).toContain(
        'Design: 1,000.00 USD, due on 30 March 2026.',
      ),
    );
  });

  // Issue 12: a field over its limit wiped the whole form on the next visit.
  test('keeps an over-long address as typed, says so at the field, and saves it', async () => {
    const { container } = render(<Agreement {...props} />);
    await ready();
    const address = 'Flat 4, '.repeat(250);
    fireEvent.input(container.querySelector('#ag-clientAddress')!, { target: { value: address } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // Once beside the field, once in the error summary.
    await waitFor(() =>
      expect(screen.getAllByText("The client's address must be 300 characters or fewer; it has 2,000")).toHaveLength(2),
    );
    await waitFor(() =>
      expect(codec.load(localStorage)).toMatchObject({ status: 'ok', value: { fields: { clientAddress: address } } }),
    );
  });

  // A blank form was saved to this browser and written into the address on every first visit.
  test('stores nothing until the reader types, and nothing again once the form is back to blank', async () => {
    const { container } = render(<Agreement {...props} />);
    await ready();
    // The effects have run: the form is enabled only once the restore has.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(localStorage.getItem('offramp:agreement')).toBeNull();
    expect(location.hash).toBe('');
    const name = container.querySelector('#ag-freelancerName') as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Ana Lima Design' } });
    await waitFor(() => expect(localStorage.getItem('offramp:agreement')).toMatch(/^v2\./));
    expect(location.hash).not.toBe('');
    fireEvent.input(name, { target: { value: '' } });
    await waitFor(() => expect(localStorage.getItem('offramp:agreement')).toBeNull());
    expect(location.hash).toBe('');
  });

  test('a tampered saved copy is ignored with a notice; Start again asks, clears, and can be undone', async () => {
    localStorage.setItem('offramp:agreement', 'v2.not-base64!');
    const { container } = render(<Agreement {...props} />);
    await screen.findByText('What this browser saved could not be read. The tool started empty.');
    const name = () => container.querySelector('#ag-freelancerName') as HTMLInputElement;
    fireEvent.input(name(), { target: { value: 'Someone' } });
    await waitFor(() => expect(localStorage.getItem('offramp:agreement')).toMatch(/^v2\./));
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(name().value).toBe('Someone');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    await waitFor(() => expect(name().value).toBe(''));
    expect(location.hash).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(name().value).toBe('Someone'));
  });
});

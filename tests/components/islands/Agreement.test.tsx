// @vitest-environment happy-dom
/** The island in a DOM: restore from a link, the error summary, the live preview and Start again. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Agreement, { findStepOf } from '../../../src/components/islands/Agreement';
import { agreementCodec as codec } from '../../../src/lib/agreement/form';
import { AGREEMENT_LABELS } from '../../../src/lib/agreement/labels';
import { loadFixture, loadLibrary } from '../../lib/agreement/library';

const library = loadLibrary();
const props = {
  clauses: [...library.clauses],
  facts: library.facts,
  paymentMethods: { sepa: 'SEPA transfer' },
  buildDate: '2026-01-05',
  labels: AGREEMENT_LABELS,
};

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/agreement/');
});
afterEach(cleanup);

describe('Agreement island', () => {
  test('opens a saved agreement from the link and shows it in the preview', async () => {
    history.replaceState(null, '', `/tools/agreement/#${codec.encode(loadFixture('design-fixed-deposit'))}`);
    const { container } = render(<Agreement {...props} />);
    await waitFor(() =>
      expect(container.querySelector('.agreement-document')?.textContent).toContain('Ana Lima Design'),
    );
    expect(container.querySelector('.agreement-status')?.textContent).toBe(
      'Your agreement has 22 clauses and nothing is missing.',
    );
    expect(container.textContent).toContain('Logo concepts: 500.00 USD, due on 15 March 2026.');
  });

  test('Continue on an empty step shows "There is a problem" with a link per field', async () => {
    const { container } = render(<Agreement {...props} />);
    const submit = await screen.findByRole('button', { name: 'Continue' });
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(submit);
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#freelancer-name',
      '#freelancer-email',
      '#freelancer-address',
      '#client-name',
      '#client-contact',
      '#client-email',
      '#client-address',
    ]);
    const input = container.querySelector('#freelancer-name');
    expect(input?.getAttribute('aria-describedby')).toBe('freelancer-name-error');
    expect(container.querySelector('.agreement-document mark.missing')?.textContent).toBe('[missing: your name]');
  });

  test('a tampered saved copy is ignored with a notice, and Start again empties the form', async () => {
    localStorage.setItem('offramp:agreement', 'v1.not-base64!');
    const { container } = render(<Agreement {...props} />);
    await screen.findByText('The answers saved in this browser could not be read. You can start again.');
    const name = container.querySelector('#freelancer-name') as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Someone' } });
    await waitFor(() => expect(localStorage.getItem('offramp:agreement')).toMatch(/^v1\./));
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() => expect((container.querySelector('#freelancer-name') as HTMLInputElement).value).toBe(''));
    expect(localStorage.getItem('offramp:agreement')).toBeNull();
    expect(location.hash).toBe('');
  });

  test.each([
    ['client-email', 'who'],
    ['project-deliverables', 'what'],
    ['money-startDate', 'when'],
    ['money-milestones-3-date', 'money'],
    ['legal-expensesCap', 'money'],
    ['termination-killFeePercent', 'rights'],
    ['legal-platformName', 'legal'],
  ])('the error for %s opens the %s step', (field, step) => {
    expect(findStepOf(field)).toBe(step);
  });
});

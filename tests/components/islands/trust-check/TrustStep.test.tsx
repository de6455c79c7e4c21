// @vitest-environment happy-dom
/**
 * The "From the message: please confirm" mark: on the questions the message check answered, announced with the
 * question (aria-describedby), kept in the saved state, and gone once the reader changes that answer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import TrustCheck from '../../../../src/components/islands/TrustCheck';
import { trustStateCodec } from '../../../../src/lib/trust/state';
import { trustIslandData } from '../../../lib/trust/island-data';

const { steps, serveResult } = trustIslandData();
vi.stubGlobal('fetch', serveResult);
const MARK = 'From the message: please confirm';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/trust-check/');
});
/** The first check loads and compiles the rules: allow for a busy machine. */
const SLOW = { timeout: 10_000 };

afterEach(cleanup);

function open(state: Parameters<typeof trustStateCodec.encode>[0]) {
  history.replaceState(null, '', `#${trustStateCodec.encode(state)}`);
  render(<TrustCheck questions={steps} />);
}

const fieldsetOf = (questionId: string) =>
  document.querySelector<HTMLInputElement>(`input[name="trust-${questionId}"]`)!.closest('fieldset')!;

describe('the mark', { timeout: 30_000 }, () => {
  it('shows on each question answered from the message, and is part of its description', async () => {
    open({
      answers: { 'send-money': 'yes', 'move-when': 'first-message' },
      view: 'request',
      fromMessage: ['send-money'],
    });
    await waitFor(() => expect(screen.getAllByText(MARK)).toHaveLength(1), SLOW);
    const fieldset = fieldsetOf('send-money');
    expect(fieldset.textContent).toContain(MARK);
    const described = fieldset.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(MARK);
    expect(fieldsetOf('move-when').textContent).not.toContain(MARK);
    expect((document.getElementById('trust-send-money-yes') as HTMLInputElement).checked).toBe(true);
  });

  it('is not shown for a link without fromMessage', async () => {
    open({ answers: { 'send-money': 'yes' }, view: 'request' });
    await waitFor(() => expect(fieldsetOf('send-money').disabled).toBe(false), SLOW);
    expect(screen.queryByText(MARK)).toBeNull();
  });

  it('stays in the saved state, and goes when the reader changes the answer', async () => {
    open({ answers: { 'send-money': 'yes' }, view: 'request', fromMessage: ['send-money'] });
    await waitFor(() => expect(screen.getByText(MARK)).toBeTruthy(), SLOW);
    await waitFor(() => {
      const saved = trustStateCodec.load(localStorage);
      expect(saved.status === 'ok' && saved.value.fromMessage).toEqual(['send-money']);
    }, SLOW);
    fireEvent.click(document.getElementById('trust-send-money-no')!);
    await waitFor(() => expect(screen.queryByText(MARK)).toBeNull(), SLOW);
    const decoded = trustStateCodec.decode(location.hash);
    expect(decoded).toEqual({ status: 'ok', value: { answers: { 'send-money': 'no' }, view: 'request' } });
  });

  it('ignores ids of questions that were not answered', async () => {
    open({ answers: {}, view: 'request', fromMessage: ['send-money'] });
    await waitFor(() => expect(fieldsetOf('send-money').disabled).toBe(false), SLOW);
    expect(screen.queryByText(MARK)).toBeNull();
  });
});

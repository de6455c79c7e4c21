// @vitest-environment happy-dom
/**
 * The message check island in a DOM: controls disabled in the server HTML, the GOV.UK error summary, nothing lost
 * over the limit, pasted markup shown as text, "Remember on this device", and the link to the trust check. The
 * rules are served to it as the build serves them (signals.json), through a stubbed fetch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import MessageCheck from '../../../src/components/islands/MessageCheck';
import { toSignalView, type MessageCheckData } from '../../../src/lib/message-check/data';
import { rememberedMessageCodec } from '../../../src/lib/message-check/state';
import { buildTrustImplications } from '../../../src/lib/message-check/trust';
import { trustStateCodec } from '../../../src/lib/trust/state';
import { loadRules } from '../../lib/message-check/load-rules';
import { loadTrustData } from '../../lib/trust/load-trust-data';

const DATA_URL = '/tools/message-check/signals.json';
const data: MessageCheckData = {
  signals: loadRules().map(toSignalView),
  trust: buildTrustImplications(loadTrustData().questions),
};
let fetched: string[] = [];

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/message-check/');
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(String(url));
    return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
  });
});
/** The first check loads and compiles the rules: allow for a busy machine. */
const SLOW = { timeout: 10_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const textarea = () => screen.getByLabelText('The client’s message') as HTMLTextAreaElement;
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Check the message' }));

async function ready() {
  render(<MessageCheck dataUrl={DATA_URL} />);
  await waitFor(() => expect(textarea().disabled).toBe(false), SLOW);
}

async function checkMessage(text: string) {
  fireEvent.input(textarea(), { target: { value: text } });
  submit();
  await waitFor(() => expect(document.activeElement?.id).toBe('mc-result-title'), SLOW);
}

describe('before it hydrates', { timeout: 30_000 }, () => {
  it('renders a labelled textarea and disabled controls in the server HTML', () => {
    const html = renderToString(<MessageCheck dataUrl={DATA_URL} />);
    expect(html).toMatch(/<label for="mc-text">/);
    expect(html).toMatch(/<textarea[^>]*disabled/);
    expect(html).toMatch(/<button type="submit" disabled/);
    expect(html).toMatch(/<input type="checkbox"[^>]*disabled/);
  });
});

describe('errors', { timeout: 30_000 }, () => {
  it('shows "There is a problem", focuses it, and links to the field', async () => {
    await ready();
    submit();
    const summary = await screen.findByRole('alert', {}, SLOW);
    expect(summary.textContent).toContain('There is a problem');
    await waitFor(() => expect(document.activeElement).toBe(summary), SLOW);
    const link = screen.getByRole('link', { name: "Paste or type the client's message" });
    expect(link.getAttribute('href')).toBe('#mc-text');
    // An empty text loads nothing: the rules come with the first real check (or the first focus on the field).
    expect(fetched).toEqual([]);
    fireEvent.click(link);
    await waitFor(() => expect(document.activeElement).toBe(textarea()), SLOW);
    expect(textarea().getAttribute('aria-describedby')).toBe('mc-text-hint mc-text-error mc-text-count');
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a text over 20,000 characters with a clear message, and keeps every character', async () => {
    await ready();
    const long = 'add me on whatsapp. '.repeat(1001);
    fireEvent.input(textarea(), { target: { value: long } });
    expect(document.getElementById('mc-text-count')?.textContent).toBe('20 characters too many');
    submit();
    const summary = await screen.findByRole('alert', {}, SLOW);
    expect(summary.textContent).toContain('The text is 20,020 characters long');
    expect(summary.textContent).toContain('remove 20 characters');
    expect(textarea().value).toBe(long);
    expect(document.querySelector('.mc-result')).toBeNull();
  });
});

describe('the result', { timeout: 30_000 }, () => {
  it('marks each sign in the pasted words, stop signs first, and shows pasted markup as text', async () => {
    await ready();
    const text =
      '<img src=x onerror="alert(1)"> <b>Hi</b>! Please add me on WhatsApp.\n\nKeep $450 and send the difference back to me.';
    await checkMessage(text);
    const items = [...document.querySelectorAll('[data-signal]')].map((el) => el.getAttribute('data-signal'));
    expect(items[0]).toBe('overpayment');
    expect(items).toContain('off-platform-chat');
    const result = document.querySelector('.mc-result')!;
    expect(result.querySelector('img, b, script')).toBeNull();
    const message = result.querySelector('.mc-message')!;
    expect(message.textContent?.startsWith('<img src=x onerror="alert(1)"> <b>Hi</b>!')).toBe(true);
    const marks = [...message.querySelectorAll('mark')];
    expect(marks.map((m) => m.firstChild?.textContent)).toContain('add me on WhatsApp');
    expect(marks.find((m) => m.classList.contains('mc-mark--stop'))).toBeTruthy();
    const item = document.querySelector('[data-signal="overpayment"]')!;
    const rule = data.signals.find((s) => s.id === 'overpayment')!;
    expect(item.textContent).toContain(rule.explanation);
    expect(item.textContent).toContain(rule.whyItMatters);
    expect(item.textContent).toContain(rule.whatToDo);
    expect(item.querySelector('a')?.getAttribute('href')).toBe(rule.guide.href);
    expect(document.querySelector('[role=status].mc-announce')?.textContent).toMatch(/^Found 1 stop sign/);
  });

  it('says plainly that a clean result does not prove the client is safe', async () => {
    await ready();
    await checkMessage('Thanks, the files look great. I approved the milestone.');
    expect(document.querySelector('.mc-result')?.textContent).toContain(
      'A clean result does not prove the client is safe',
    );
    expect(document.querySelector('[data-signal]')).toBeNull();
  });

  it('links to the trust check with the implied answers marked as from the message', async () => {
    await ready();
    await checkMessage('Upwork fees are crazy, let us continue on Telegram and I pay you in USDT.');
    const href = screen.getByRole('link', { name: 'Continue to the trust check' }).getAttribute('href')!;
    expect(href).toMatch(/^\/tools\/trust-check\/#trust-check=v1\./);
    const decoded = trustStateCodec.decode(href.slice(href.indexOf('#')));
    expect(decoded.status === 'ok' && decoded.value).toEqual({
      answers: { 'chat-app': 'chat-before-contract', 'payment-method': 'crypto', 'reason-given': 'save-fees' },
      view: 'request',
      fromMessage: ['chat-app', 'payment-method', 'reason-given'],
    });
    // The link holds answers, never the text.
    expect(href.toLowerCase()).not.toContain('telegram');
  });
});

describe('what is kept', { timeout: 30_000 }, () => {
  it('stores nothing and changes no address unless "Remember on this device" is ticked', async () => {
    await ready();
    await checkMessage('Please add me on WhatsApp.');
    expect(Object.keys(localStorage)).toEqual([]);
    expect(location.hash).toBe('');
    expect(fetched).toEqual([DATA_URL]);
    fireEvent.click(screen.getByLabelText('Remember on this device'));
    expect(rememberedMessageCodec.load(localStorage)).toEqual({
      status: 'ok',
      value: { text: 'Please add me on WhatsApp.' },
    });
    fireEvent.click(screen.getByLabelText('Remember on this device'));
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('brings a remembered text back, ticked and checked', async () => {
    rememberedMessageCodec.save(localStorage, { text: 'Please add me on WhatsApp.' });
    render(<MessageCheck dataUrl={DATA_URL} />);
    await waitFor(() => expect(document.querySelector('[data-signal="off-platform-chat"]')).toBeTruthy(), SLOW);
    expect(textarea().value).toBe('Please add me on WhatsApp.');
    expect((screen.getByLabelText('Remember on this device') as HTMLInputElement).checked).toBe(true);
  });

  it('says so when the rules cannot be loaded, and tries again on the next press', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 500 }));
    await ready();
    fireEvent.input(textarea(), { target: { value: 'Please add me on WhatsApp.' } });
    submit();
    await screen.findByText(/The check could not be loaded/, {}, SLOW);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(data)));
    submit();
    await waitFor(() => expect(document.querySelector('[data-signal="off-platform-chat"]')).toBeTruthy(), SLOW);
  });
});

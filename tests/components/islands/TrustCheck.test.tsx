// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import TrustCheck from '../../../src/components/islands/TrustCheck';
import { TRUST_RESULT_URL } from '../../../src/lib/trust/files';
import { planSuggestionCodec } from '../../../src/lib/plan/codecs';
import { TRUST_SECTIONS, TRUST_SECTION_TITLES } from '../../../src/lib/trust/sections';
import { trustStateCodec } from '../../../src/lib/trust/state';
import { trustIslandData } from '../../lib/trust/island-data';
import { LONG_STANDING_CLIENT, NEW_CLIENT_ON_WHATSAPP, RED_FLAG_CLIENT, RISKY_CLIENT } from '../../lib/trust/fixtures';

const { data, bands, steps, serveResult } = trustIslandData();
vi.stubGlobal('fetch', serveResult);

function renderCheck() {
  return render(<TrustCheck questions={steps} />);
}

function heading(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-view-heading]')!;
}

/** After a move made by the reader: the new view's heading has focus. */
async function waitForHeading(text: RegExp) {
  await waitForView(text);
  await waitFor(() => expect(document.activeElement).toBe(heading()));
}

/** After a restore on load: focus stays where the browser put it (the page is just opening). */
async function waitForView(text: RegExp) {
  await waitFor(() => expect(heading()?.textContent).toMatch(text));
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/tools/trust-check/');
});
afterEach(cleanup);

describe.each(TRUST_SECTIONS.map((section, i) => [i + 1, section] as const))('step %i (%s)', (step, section) => {
  it('shows its progress, and each question as a fieldset with a legend, a hint and labelled radios', async () => {
    if (step > 1) {
      history.replaceState(null, '', '#' + trustStateCodec.encode({ answers: {}, view: section }));
    }
    renderCheck();
    await waitFor(() => expect(heading().textContent).toContain(`Step ${step} of 4`));
    expect(heading().textContent).toContain(TRUST_SECTION_TITLES[section]);
    const questions = data.questions.filter((q) => q.section === section);
    const fieldsets = document.querySelectorAll('fieldset');
    expect(fieldsets.length).toBe(questions.length);
    for (const question of questions) {
      const legend = screen.getByText(question.question, { selector: 'legend' });
      const fieldset = legend.closest('fieldset')!;
      expect(fieldset.disabled).toBe(false);
      const hint = document.getElementById(fieldset.getAttribute('aria-describedby')!);
      expect(hint?.textContent).toBe(question.hint);
      for (const option of question.options) {
        const radio = screen.getByLabelText(option.label, { selector: `input[name="trust-${question.id}"]` });
        expect(radio.getAttribute('type')).toBe('radio');
      }
    }
    expect(screen.queryByRole('button', { name: 'Back' }) !== null).toBe(step > 1);
    expect(screen.getByRole('button', { name: step === 4 ? 'Check your answers' : 'Continue' })).toBeTruthy();
  });
});

describe('moving between steps', () => {
  it('moves focus to the new step heading and keeps answers when going back', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    fireEvent.click(screen.getByLabelText('Before any contract existed'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForHeading(/Step 2 of 4/);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitForHeading(/Step 1 of 4/);
    expect((screen.getByLabelText('Before any contract existed') as HTMLInputElement).checked).toBe(true);
  });

  it('saves every answer to the fragment and localStorage', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    fireEvent.click(screen.getByLabelText('In their very first message'));
    await waitFor(() => expect(location.hash).toMatch(/^#trust-check=v1\./));
    const decoded = trustStateCodec.decode(location.hash);
    expect(decoded).toEqual({ status: 'ok', value: { answers: { 'move-when': 'first-message' }, view: 'request' } });
    expect(trustStateCodec.load(localStorage)).toEqual(decoded);
  });

  it('shows a red flag at once and offers to jump to the result', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    const sendMoney = data.questions.find((q) => q.id === 'send-money')!;
    fireEvent.click(document.getElementById('trust-send-money-yes')!);
    expect(screen.getByText('This is a red flag.')).toBeTruthy();
    expect(document.querySelector('.trust-red-flag')?.textContent).toContain(
      sendMoney.options.find((o) => o.redFlag)!.why,
    );
    fireEvent.click(screen.getByRole('button', { name: 'See what to do now' }));
    await waitForHeading(/Result: Stop/);
  });
});

describe('check your answers', () => {
  it('lists every answer, says what is unanswered, and Change reopens the question', async () => {
    history.replaceState(
      null,
      '',
      '#' + trustStateCodec.encode({ answers: { 'pay-rate': 'far-above' }, view: 'review' }),
    );
    renderCheck();
    await waitForView(/Check your answers/);
    expect(
      screen.getByText(
        `${data.questions.length - 1} of ${data.questions.length} questions are not answered; they will count as "Not sure".`,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Far above it, for simple work')).toBeTruthy();
    const payRate = data.questions.find((q) => q.id === 'pay-rate')!;
    fireEvent.click(screen.getByRole('button', { name: `Change the answer to: ${payRate.question}` }));
    await waitFor(() => expect(heading().textContent).toContain('Step 3 of 4'));
    await waitFor(() => expect(document.activeElement?.id).toBe('trust-pay-rate-far-above'));
    fireEvent.click(screen.getByLabelText('About the going rate'));
    fireEvent.click(screen.getByRole('button', { name: 'Save and go back to your answers' }));
    await waitForHeading(/Check your answers/);
    expect(screen.getByText('About the going rate')).toBeTruthy();
  });
});

describe('the result', () => {
  function openResult(answers: Record<string, string>) {
    history.replaceState(null, '', '#' + trustStateCodec.encode({ answers, view: 'result' }));
    renderCheck();
  }

  it.each([
    [
      'low',
      LONG_STANDING_CLIENT,
      'Result: Low risk',
      'Result: low risk. 3 answers raised the risk and 7 answers lowered it; every question was answered, none of them "Not sure".',
    ],
    ['elevated', NEW_CLIENT_ON_WHATSAPP, 'Result: Elevated risk', 'Result: elevated risk.'],
    ['high', RISKY_CLIENT, 'Result: High risk', 'Result: high risk.'],
    ['stop', RED_FLAG_CLIENT, 'Result: Stop', 'Result: stop. 1 answer is a red flag'],
  ])('%s: heading, one-sentence status, next steps', async (id, answers, title, sentence) => {
    openResult(answers);
    await waitForView(new RegExp(title));
    expect(screen.getByRole('status').textContent).toContain(sentence);
    const band = bands.find((b) => b.id === id)!;
    for (const step of band.nextSteps) expect(screen.getByText(step.text, { exact: false })).toBeTruthy();
    // One calculator link per deposit share the band offers (elevated 25% and 50% with 3 milestones, high 50%
    // and 75% with 4: src/content/data/trust-bands/*.yaml); none for low and stop.
    const links = screen.queryAllByRole('link', { name: /Open the payment-plan calculator/ });
    expect(links.map((l) => l.textContent)).toEqual(
      id === 'high'
        ? [
            'Open the payment-plan calculator with a 50% deposit and 4 milestones',
            'Open the payment-plan calculator with a 75% deposit and 4 milestones',
          ]
        : id === 'elevated'
          ? [
              'Open the payment-plan calculator with a 25% deposit and 3 milestones',
              'Open the payment-plan calculator with a 50% deposit and 3 milestones',
            ]
          : [],
    );
    for (const link of links) {
      const href = link.getAttribute('href')!;
      expect(href.startsWith('/tools/payment-plan/#plan-suggestion=v1.')).toBe(true);
      expect(planSuggestionCodec.decode(href.slice(href.indexOf('#')))).toMatchObject({
        status: 'ok',
        value: { band: id },
      });
    }
  });

  it('says so when the result cannot be loaded, asks once, and keeps the answers', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response('', { status: 503 });
    });
    try {
      openResult(LONG_STANDING_CLIENT);
      await waitFor(() => expect(screen.getByText(/The result could not be loaded/)).toBeTruthy());
      expect(asked).toEqual([TRUST_RESULT_URL]);
      expect(trustStateCodec.decode(location.hash)).toMatchObject({ status: 'ok', value: { view: 'result' } });
    } finally {
      vi.stubGlobal('fetch', serveResult);
    }
  });

  it('lists each reason with its why and guide link, heaviest first', async () => {
    openResult(RED_FLAG_CLIENT);
    await waitForView(/Result: Stop/);
    expect(screen.getByText('Red flags in your answers')).toBeTruthy();
    const items = [...document.querySelectorAll('.trust-reason')];
    expect(items[0]?.textContent).toContain('Red flag (+10)');
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/guides/off-platform-scams/#never-pay-to-get-a-job',
    );
    expect(items[1]?.textContent).toContain('Lowers the risk (\u22123)');
  });

  it('says how many questions were left unanswered, and what that means for the band', async () => {
    // Not-sure weights: 25 in all, 2 of them move-when's (tests/lib/trust/score.test.ts); after-paid-work is 0.
    openResult({ 'move-when': 'after-paid-work' });
    await waitForView(/Result: High risk/);
    expect(document.querySelector('.trust-result')?.textContent).toContain(
      '18 answers were "Not sure" (all of them left unanswered). They add 23 points: without them the total would be 0, which is low risk, so this result comes from what you do not know yet.',
    );
  });

  it('Start again clears the answers, the fragment and localStorage', async () => {
    openResult(RISKY_CLIENT);
    await waitForView(/Result: High risk/);
    expect(localStorage.getItem('offramp:trust-check')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitForHeading(/Step 1 of 4/);
    expect(location.hash).toBe('');
    expect(localStorage.getItem('offramp:trust-check')).toBeNull();
    expect(document.querySelectorAll('input:checked').length).toBe(0);
  });
});

describe('saved state', () => {
  it('resumes from localStorage when the link has no state', async () => {
    trustStateCodec.save(localStorage, { answers: { 'task-type': 'simple-tasks' }, view: 'review' });
    renderCheck();
    await waitForView(/Check your answers/);
    expect(screen.getByText(/Simple repeated tasks/)).toBeTruthy();
  });

  it('ignores a tampered link with a notice', async () => {
    history.replaceState(null, '', '#trust-check=v1.not-json');
    renderCheck();
    await waitFor(() =>
      expect(screen.getByText("The link's settings could not be read: it may be cut short or changed.")).toBeTruthy(),
    );
    expect(heading().textContent).toContain('Step 1 of 4');
  });

  it('ignores a state from an older version with a notice', async () => {
    history.replaceState(null, '', '#trust-check=v0.e30');
    renderCheck();
    await waitFor(() => expect(screen.getByText(/made by an older version/)).toBeTruthy());
  });

  it('drops unknown questions and options with a notice and keeps the valid answers', async () => {
    history.replaceState(
      null,
      '',
      '#' +
        trustStateCodec.encode({
          answers: { 'move-when': 'first-message', 'old-question': 'yes', 'pay-rate': 'old-option' },
          view: 'request',
        }),
    );
    renderCheck();
    await waitFor(() =>
      expect(screen.getByText(/2 saved answers referred to a question or choice that no longer exists/)).toBeTruthy(),
    );
    expect((screen.getByLabelText('In their very first message') as HTMLInputElement).checked).toBe(true);
  });

  it('starts at the first step when the saved view is unknown', async () => {
    history.replaceState(null, '', '#' + trustStateCodec.encode({ answers: {}, view: 'nowhere' }));
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    expect(heading().textContent).toContain('Step 1 of 4');
  });
});

describe('before hydration', () => {
  it('renders the first step with its controls disabled', async () => {
    const { renderToString } = await import('preact-render-to-string');
    const html = renderToString(<TrustCheck questions={steps} />);
    expect(html).toContain('Step 1 of 4');
    expect(html).toMatch(/<fieldset[^>]*disabled/);
  });
});

// ---- Issue 12 ("The trust check") and issue 17 (the result leads the right way) ----

describe('each step', () => {
  it('shows each question with its source beside it, with the source date', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    for (const question of data.questions.filter((q) => q.section === 'request')) {
      const fieldset = screen.getByText(question.question, { selector: 'legend' }).closest('fieldset')!;
      const link = [...fieldset.querySelectorAll('a')].find((a) => a.getAttribute('href') === question.source.url);
      expect(link?.textContent).toContain(question.source.publisher);
      expect(link?.closest('p')?.textContent).toContain(question.source.asOf);
    }
  });

  it('says how to choose other answers with the keyboard', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    expect(document.querySelector('.trust-step')?.textContent).toMatch(/arrow keys/);
  });

  it('after a red flag, offers no Continue: the only way on is what to do now', async () => {
    renderCheck();
    await waitFor(() => expect(document.querySelector('fieldset')?.disabled).toBe(false));
    fireEvent.click(document.getElementById('trust-send-money-yes')!);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'See what to do now' }));
    await waitForHeading(/Result: Stop/);
  });

  it('a red flag answered in an earlier step still offers no Continue in a later one', async () => {
    history.replaceState(null, '', '#' + trustStateCodec.encode({ answers: { 'send-money': 'yes' }, view: 'client' }));
    renderCheck();
    await waitForView(/Step 2 of 4/);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.getByRole('button', { name: 'See what to do now' })).toBeTruthy();
  });
});

describe('the result leads the right way', () => {
  function openResult(answers: Record<string, string>) {
    history.replaceState(null, '', '#' + trustStateCodec.encode({ answers, view: 'result' }));
    renderCheck();
  }
  /** Text a sighted reader sees: everything but the visually hidden parts. */
  function visibleText(root: Element): string {
    const copy = root.cloneNode(true) as Element;
    copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
    return copy.textContent ?? '';
  }
  const primary = () => document.querySelector<HTMLAnchorElement>('.trust-result a.button');

  it.each([
    ['low', LONG_STANDING_CLIENT, 'Low risk'],
    ['elevated', NEW_CLIENT_ON_WHATSAPP, 'Elevated risk'],
    ['high', RISKY_CLIENT, 'High risk'],
    ['stop', RED_FLAG_CLIENT, 'Stop'],
  ])('%s: the verdict is shown once', async (_id, answers, label) => {
    openResult(answers);
    await waitForView(new RegExp(`Result: ${label}`));
    const text = visibleText(document.querySelector('.trust-check')!);
    expect(text.split(`Result: ${label}`).length - 1).toBe(1);
    expect(text.toLowerCase()).not.toContain(`result: ${label.toLowerCase()}.`);
  });

  it('stop: the primary action is what to do and where to report; no calculator, no Continue', async () => {
    openResult(RED_FLAG_CLIENT);
    await waitForView(/Result: Stop/);
    expect(document.querySelectorAll('.trust-result a.button').length).toBe(1);
    expect(primary()?.getAttribute('href')).toBe('/guides/report-a-scam/');
    expect(document.querySelector('.trust-result a[href^="/tools/payment-plan/"]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('high: stay on the platform or walk away first; the calculator is only a secondary link', async () => {
    openResult(RISKY_CLIENT);
    await waitForView(/Result: High risk/);
    expect(document.querySelectorAll('.trust-result a.button').length).toBe(1);
    expect(primary()?.getAttribute('href')).toMatch(/^\/guides\/how-to-answer-the-request\//);
    const calculator = [...document.querySelectorAll('.trust-result a[href^="/tools/payment-plan/"]')];
    expect(calculator.length).toBeGreaterThan(0);
    for (const a of calculator) expect(a.classList.contains('button')).toBe(false);
    // The primary action comes before any link to the calculator.
    expect(primary()!.compareDocumentPosition(calculator[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('low: the primary action is to plan the payments', async () => {
    openResult(LONG_STANDING_CLIENT);
    await waitForView(/Result: Low risk/);
    expect(primary()?.getAttribute('href')).toBe('/tools/payment-plan/');
  });

  it.each([
    ['elevated', NEW_CLIENT_ON_WHATSAPP],
    ['high', RISKY_CLIENT],
  ])('%s: the deposit is a choice, each share with its reason and its own calculator link', async (id, answers) => {
    openResult(answers);
    await waitForView(/Result: /);
    const band = data.bands.find((b) => b.id === id)!;
    const links = [
      ...document.querySelectorAll<HTMLAnchorElement>('.trust-protection a[href^="/tools/payment-plan/"]'),
    ];
    expect(links.length).toBe(band.protection!.deposits.length);
    for (const [i, deposit] of band.protection!.deposits.entries()) {
      const decoded = planSuggestionCodec.decode(links[i]!.getAttribute('href')!.replace(/^[^#]*/, ''));
      expect(decoded).toEqual({
        status: 'ok',
        value: { depositBasisPoints: deposit.basisPoints, milestoneCount: band.protection!.milestoneCount, band: id },
      });
      expect(links[i]!.closest('li')?.textContent).toContain(deposit.reason);
    }
  });

  it('all "Not sure": says how many were unsure and what that means for the band', async () => {
    const allNotSure = Object.fromEntries(data.questions.map((q) => [q.id, q.options.find((o) => o.notSure)!.id]));
    openResult(allNotSure);
    await waitForView(/Result: High risk/);
    const text = document.querySelector('.trust-check')!.textContent!;
    expect(text).not.toMatch(/every question was answered/);
    expect(text).toContain(`all ${data.questions.length} answers were "Not sure"`);
    expect(text).toContain('so this result comes from what you do not know yet');
  });
});

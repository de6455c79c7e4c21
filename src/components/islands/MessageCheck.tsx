/**
 * The message check: a GOV.UK-style form (a labelled textarea, "Remember on this device", one button), and the
 * result. Every rule lives in src/lib/message-check; this file keeps the state and shows it. The pasted text is
 * untrusted: it is only ever rendered as Preact text nodes (message-check/Result.tsx), never as markup.
 *
 * Nothing typed is stored, put in the URL or sent anywhere unless the reader ticks "Remember on this device".
 *
 * Budget: 32 KB gzip for the page's first visit (target 24 KB). The form loads first; the matcher, its rules
 * (a static JSON file) and the result view load when the reader first focuses the text box or submits, as the
 * trust check loads its later views. A class component avoids shipping preact/hooks.
 */
import { Component, createRef } from 'preact';
import type { CheckedText } from '../../lib/message-check/check';
import { describeLengthProblem, findLengthProblem, formatCount, MAX_CHARACTERS } from '../../lib/message-check/limits';
import { rememberedMessageCodec } from '../../lib/message-check/state';
import type { Checker } from './message-check/engine';

export interface MessageCheckProps {
  /** Where the rules are (src/pages/tools/message-check/signals.json.ts). */
  dataUrl: string;
}

type Engine = typeof import('./message-check/engine');
type Loaded = { engine: Engine; checker: Checker };

interface State {
  ready: boolean;
  text: string;
  remember: boolean;
  error: string | null;
  checked: { text: string; result: CheckedText } | null;
  loaded: Loaded | null;
  busy: boolean;
  notice: string | null;
}

const TEXT_ID = 'mc-text';
const TRUST_PATH = '/tools/trust-check/';

function getStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export default class MessageCheck extends Component<MessageCheckProps, State> {
  override state: State = {
    ready: false,
    text: '',
    remember: false,
    error: null,
    checked: null,
    loaded: null,
    busy: false,
    notice: null,
  };
  private loading: Promise<Loaded> | null = null;
  private readonly summaryRef = createRef<HTMLDivElement>();
  private readonly textRef = createRef<HTMLTextAreaElement>();
  private readonly resultRef = createRef<HTMLHeadingElement>();
  private pendingFocus: 'summary' | 'result' | null = null;

  // Only a text the reader chose to remember comes back; the URL never holds any.
  override componentDidMount() {
    const storage = getStorage();
    const saved = storage ? rememberedMessageCodec.load(storage) : ({ status: 'missing' } as const);
    if (saved.status === 'ok') {
      this.setState({ ready: true, text: saved.value.text, remember: true });
      void this.check(saved.value.text, false);
      return;
    }
    this.setState({ ready: true, notice: saved.status === 'rejected' ? saved.notice : null });
  }

  override componentDidUpdate() {
    const target = this.pendingFocus === 'summary' ? this.summaryRef.current : this.resultRef.current;
    if (this.pendingFocus && target) {
      this.pendingFocus = null;
      target.focus();
    }
  }

  /** Loads the matcher and its rules once; a failed load can be retried. */
  private load = (): Promise<Loaded> => {
    this.loading ??= Promise.all([
      import('./message-check/engine'),
      fetch(this.props.dataUrl).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      }),
    ]).then(([engine, data]) => {
      const loaded = { engine, checker: engine.createChecker(data, TRUST_PATH) };
      this.setState({ loaded });
      return loaded;
    });
    this.loading.catch(() => {
      this.loading = null;
    });
    return this.loading;
  };

  private async check(text: string, moveFocus: boolean) {
    this.setState({ busy: true });
    try {
      const { checker } = await this.load();
      const result = checker.check(text);
      if (result.status !== 'checked') return;
      if (moveFocus) this.pendingFocus = 'result';
      this.setState({ checked: { text, result }, notice: null });
    } catch {
      this.setState({ notice: 'The check could not be loaded. Check your connection, then press the button again.' });
    } finally {
      this.setState({ busy: false });
    }
  }

  private setRemember(remember: boolean) {
    const storage = getStorage();
    const { text } = this.state;
    if (storage) {
      if (!remember) rememberedMessageCodec.clear(storage);
      else if (findLengthProblem(text) === null) rememberedMessageCodec.save(storage, { text });
    }
    this.setState({ remember });
  }

  private submit = (event: Event) => {
    event.preventDefault();
    const { text, remember } = this.state;
    const problem = findLengthProblem(text);
    if (problem) {
      this.pendingFocus = 'summary';
      this.setState({ error: describeLengthProblem(problem) });
      return;
    }
    const storage = getStorage();
    if (remember && storage) rememberedMessageCodec.save(storage, { text });
    this.setState({ error: null });
    void this.check(text, true);
  };

  render(_props: MessageCheckProps, { ready, text, remember, error, checked, loaded, busy, notice }: State) {
    const over = text.length - MAX_CHARACTERS;
    const describedBy = [`${TEXT_ID}-hint`, `${TEXT_ID}-count`, error ? `${TEXT_ID}-error` : ''].filter(Boolean);
    return (
      <div class="message-check">
        {notice && (
          <div class="box box--warning" role="status">
            <p>{notice}</p>
          </div>
        )}
        <form class="mc-form" noValidate onSubmit={this.submit}>
          {error && (
            <div
              class="error-summary"
              role="alert"
              tabIndex={-1}
              ref={this.summaryRef}
              aria-labelledby="mc-error-title"
            >
              <h2 id="mc-error-title">There is a problem</h2>
              <ul>
                <li>
                  <a
                    href={`#${TEXT_ID}`}
                    onClick={(e) => {
                      e.preventDefault();
                      this.textRef.current?.focus();
                    }}
                  >
                    {error}
                  </a>
                </li>
              </ul>
            </div>
          )}
          <div class={`field${error ? ' field--error' : ''}`}>
            <label for={TEXT_ID}>The client’s message</label>
            <span class="hint" id={`${TEXT_ID}-hint`}>
              Paste one or more messages, in English, Spanish, Portuguese or French. Up to {formatCount(MAX_CHARACTERS)}{' '}
              characters at a time.
            </span>
            {error && (
              <span class="error-message" id={`${TEXT_ID}-error`}>
                <span class="visually-hidden">Error: </span>
                {error}
              </span>
            )}
            <textarea
              id={TEXT_ID}
              name={TEXT_ID}
              ref={this.textRef}
              rows={8}
              value={text}
              disabled={!ready}
              spellcheck={false}
              autoComplete="off"
              aria-describedby={describedBy.join(' ')}
              aria-invalid={error ? 'true' : undefined}
              onFocus={() => void this.load().catch(() => undefined)}
              onInput={(e) => this.setState({ text: (e.currentTarget as HTMLTextAreaElement).value })}
            />
            <span class={over > 0 ? 'hint mc-count mc-count--over' : 'hint mc-count'} id={`${TEXT_ID}-count`}>
              {over > 0
                ? `${formatCount(over)} characters too many`
                : `${formatCount(text.length)} of ${formatCount(MAX_CHARACTERS)} characters`}
            </span>
          </div>
          <div class="checkbox mc-remember">
            <input
              type="checkbox"
              id="mc-remember"
              name="mc-remember"
              checked={remember}
              disabled={!ready}
              aria-describedby="mc-remember-hint"
              onChange={(e) => this.setRemember((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="mc-remember">Remember on this device</label>
            <span class="hint" id="mc-remember-hint">
              Keeps the text you check in this browser’s storage, so it is here when you come back. Untick it, or use
              “Clear everything” on the privacy page, to remove it.
            </span>
          </div>
          <button type="submit" disabled={!ready || busy}>
            Check the message
          </button>
        </form>
        <div class="mc-output">
          {checked && (
            <h2 id="mc-result-title" tabIndex={-1} ref={this.resultRef}>
              What the check found
            </h2>
          )}
          {/* Always in the page, so that screen readers announce the sentence when it appears. */}
          <p role="status" class="mc-announce">
            {busy && !checked ? 'Checking…' : checked && loaded ? loaded.engine.describeResult(checked.result) : ''}
          </p>
          {checked && loaded && (
            <loaded.engine.Result
              text={checked.text}
              result={checked.result}
              signals={loaded.checker.signals}
              trust={loaded.checker.trustLink(checked.result.signals.map((s) => s.id))}
            />
          )}
        </div>
      </div>
    );
  }
}

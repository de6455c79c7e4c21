/**
 * The message check: a form of the form kit (a labelled textarea, "Remember on this device", one button), and the
 * result. Every rule lives in src/lib/message-check; this file keeps the state and shows it. The pasted text is
 * untrusted: it is only ever rendered as Preact text nodes (message-check/Result.tsx), never as markup.
 *
 * Nothing typed is stored, put in the URL or sent anywhere unless the reader ticks "Remember on this device".
 *
 * Budget: 32 KB gzip for the page's first visit (target 24 KB). The form loads first; the matcher, its rules
 * (a static JSON file) and the result view load when the reader first focuses the text box or submits, as the
 * trust check loads its later views.
 */
import { Component, createRef } from 'preact';
import type { FieldError } from '../../lib/form/read';
import type { CheckedText } from '../../lib/message-check/check';
import { describeLengthProblem, findLengthProblem, formatCount, MAX_CHARACTERS } from '../../lib/message-check/limits';
import { rememberedMessageCodec } from '../../lib/message-check/state';
import { Checkbox } from './form/Choices';
import { ErrorSummary } from './form/ErrorSummary';
import { TextInput } from './form/TextInput';
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
  /** Counts submits, so the error summary takes focus after each one. */
  attempt: number;
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
    attempt: 0,
    checked: null,
    loaded: null,
    busy: false,
    notice: null,
  };
  private loading: Promise<Loaded> | null = null;
  private readonly resultRef = createRef<HTMLHeadingElement>();
  private focusResult = false;

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
    if (this.focusResult && this.resultRef.current) {
      this.focusResult = false;
      this.resultRef.current.focus();
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
      if (moveFocus) this.focusResult = true;
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
      this.setState({ error: describeLengthProblem(problem), attempt: this.state.attempt + 1 });
      return;
    }
    const storage = getStorage();
    if (remember && storage) rememberedMessageCodec.save(storage, { text });
    this.setState({ error: null });
    void this.check(text, true);
  };

  render(_props: MessageCheckProps, { ready, text, remember, error, attempt, checked, loaded, busy, notice }: State) {
    const over = text.length - MAX_CHARACTERS;
    const errors: FieldError[] = error ? [{ field: TEXT_ID, message: error }] : [];
    return (
      <div class="message-check">
        {notice && (
          <div class="box box--warning" role="status">
            <p>{notice}</p>
          </div>
        )}
        <form class="mc-form" noValidate onSubmit={this.submit}>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextInput
            id={TEXT_ID}
            label="The client’s message"
            hint={`Paste one or more messages, in English, Spanish, Portuguese or French. Up to ${formatCount(MAX_CHARACTERS)} characters at a time.`}
            error={error ?? undefined}
            rows={8}
            value={text}
            disabled={!ready}
            spellCheck={false}
            describedByExtra={`${TEXT_ID}-count`}
            onFocus={() => void this.load().catch(() => undefined)}
            onInput={(value) => this.setState({ text: value })}
            after={
              <p class={over > 0 ? 'hint mc-count mc-count--over' : 'hint mc-count'} id={`${TEXT_ID}-count`}>
                {over > 0
                  ? `${formatCount(over)} characters too many`
                  : `${formatCount(text.length)} of ${formatCount(MAX_CHARACTERS)} characters`}
              </p>
            }
          />
          <Checkbox
            id="mc-remember"
            label="Remember on this device"
            hint="Keeps the text you check in this browser’s storage, so it is here when you come back. Untick it, or use “Clear everything” on the privacy page, to remove it."
            checked={remember}
            disabled={!ready}
            onChange={(checked) => this.setRemember(checked)}
          />
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

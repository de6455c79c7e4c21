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
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../lib/form/read';
import type { CheckedText } from '../../lib/message-check/check';
import { describeLengthProblem, findLengthProblem, MAX_CHARACTERS } from '../../lib/message-check/limits';
import { formatCount } from '../../lib/numbers';
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

const TEXT_ID = 'mc-text';
const TRUST_PATH = '/tools/trust-check/';

function getStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Checked = { text: string; result: CheckedText };

const LOAD_FAILED = 'The check could not be loaded. Check your connection, then press the button again.';

/**
 * The matcher and its rules, loaded once on first use; a failed load is forgotten, so the next use tries again.
 */
function useChecker(dataUrl: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const loading = useRef<Promise<Loaded> | null>(null);
  const load = (): Promise<Loaded> => {
    loading.current ??= Promise.all([
      import('./message-check/engine'),
      fetch(dataUrl).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      }),
    ]).then(([engine, data]) => {
      const next = { engine, checker: engine.createChecker(data, TRUST_PATH) };
      setLoaded(next);
      return next;
    });
    loading.current.catch(() => {
      loading.current = null;
    });
    return loading.current;
  };
  return { loaded, load };
}

export default function MessageCheck({ dataUrl }: MessageCheckProps) {
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Counts submits, so the error summary takes focus after each one. */
  const [attempt, setAttempt] = useState(0);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { loaded, load } = useChecker(dataUrl);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  async function check(value: string, moveFocus: boolean) {
    setBusy(true);
    try {
      const { checker } = await load();
      const result = checker.check(value);
      if (result.status !== 'checked') return;
      if (moveFocus) focusResult.current = true;
      setChecked({ text: value, result });
      setNotice(null);
    } catch {
      setNotice(LOAD_FAILED);
    } finally {
      setBusy(false);
    }
  }

  // Only a text the reader chose to remember comes back; the URL never holds any.
  useEffect(() => {
    const storage = getStorage();
    const saved = storage ? rememberedMessageCodec.load(storage) : ({ status: 'missing' } as const);
    setReady(true);
    if (saved.status === 'ok') {
      setText(saved.value.text);
      setRemember(true);
      void check(saved.value.text, false);
    } else if (saved.status === 'rejected') {
      setNotice(saved.notice);
    }
  }, []);

  useLayoutEffect(() => {
    if (focusResult.current && resultRef.current) {
      focusResult.current = false;
      resultRef.current.focus();
    }
  });

  function changeRemember(next: boolean) {
    const storage = getStorage();
    if (storage) {
      if (!next) rememberedMessageCodec.clear(storage);
      else if (findLengthProblem(text) === null) rememberedMessageCodec.save(storage, { text });
    }
    setRemember(next);
  }

  function submit(event: Event) {
    event.preventDefault();
    const problem = findLengthProblem(text);
    if (problem) {
      setError(describeLengthProblem(problem));
      setAttempt(attempt + 1);
      return;
    }
    const storage = getStorage();
    if (remember && storage) rememberedMessageCodec.save(storage, { text });
    setError(null);
    void check(text, true);
  }

  const over = text.length - MAX_CHARACTERS;
  const errors: FieldError[] = error ? [{ field: TEXT_ID, message: error }] : [];
  return (
    <div class="message-check">
      {notice && (
        <div class="box box--warning" role="status">
          <p>{notice}</p>
        </div>
      )}
      <form class="mc-form" noValidate onSubmit={submit}>
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
          onFocus={() => void load().catch(() => undefined)}
          onInput={setText}
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
          onChange={changeRemember}
        />
        <button type="submit" disabled={!ready || busy}>
          Check the message
        </button>
      </form>
      <div class="mc-output">
        {checked && (
          <h2 id="mc-result-title" tabIndex={-1} ref={resultRef}>
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

/**
 * The trust check: one step per section, a "check your answers" page, and the result. It only presents what
 * src/lib/trust computes; answers live in the URL fragment and localStorage through trustStateCodec.
 *
 * The review and result views, the scoring, the result bands and each answer's explanation (one static JSON file,
 * src/lib/trust/files.ts) load only when the reader reaches the last step, so a first visit carries only what
 * the steps show.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TrustBandView } from '../../lib/trust/advice';
import { TRUST_RESULT_URL, type TrustResultFile } from '../../lib/trust/files';
import { hasRedFlag } from '../../lib/trust/flags';
import type { TrustQuestion } from '../../lib/trust/schema';
import type { TrustAnswers } from '../../lib/trust/score';
import { sortQuestions, TRUST_SECTIONS, type TrustSection } from '../../lib/trust/sections';
import { joinQuestions, type TrustStepQuestion } from '../../lib/trust/split';
import { describeDropped, filterAnswers, trustStateCodec } from '../../lib/trust/state';
import { STOP_BUTTON } from '../../lib/trust/words';
import { TrustStep } from './trust-check/TrustStep';

/** A band as the island needs it: the data plus the calculator links the page built at build time. */
export type { TrustBandView };

export interface TrustCheckProps {
  /** What the steps show of each question; the rest comes with the result (src/lib/trust/split.ts). */
  questions: TrustStepQuestion[];
}

export type TrustView = TrustSection | 'review' | 'result';
type Focus = { kind: 'heading' } | { kind: 'question'; id: string };
type LaterViews = typeof import('./trust-check/later-views');
/** What the last steps need, loaded together: their views, the bands, and the questions whole and in order. */
type Later = { views: LaterViews; bands: TrustBandView[]; questions: TrustQuestion[] };

const LATER_FAILED =
  'The result could not be loaded. Check your connection, then reload the page: your answers are kept.';
const VIEWS: readonly string[] = [...TRUST_SECTIONS, 'review', 'result'];
const LAST_SECTION = TRUST_SECTIONS[TRUST_SECTIONS.length - 1]!;

function getStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Writes the state to localStorage and the fragment; an empty check is stored nowhere ("Start again"). */
function saveState(answers: TrustAnswers, view: TrustView, fromMessage: string[] = []): void {
  const storage = getStorage();
  const empty = view === 'request' && Object.keys(answers).length === 0;
  const state = fromMessage.length > 0 ? { answers, view, fromMessage } : { answers, view };
  if (storage) {
    if (empty) trustStateCodec.clear(storage);
    else trustStateCodec.save(storage, state);
  }
  const { pathname, search } = window.location;
  try {
    history.replaceState(history.state, '', empty ? pathname + search : `#${trustStateCodec.encode(state)}`);
  } catch {
    // Some embedded browsers refuse history changes; the saved copy still resumes the check.
  }
}

/** Reads the check a link or this browser holds: a link wins over what this browser saved. */
function restoreState(questions: readonly TrustStepQuestion[]) {
  const storage = getStorage();
  let decoded = trustStateCodec.decode(location.hash);
  const notices: string[] = [];
  if (decoded.status === 'rejected') notices.push(decoded.notice);
  if (decoded.status !== 'ok' && storage) {
    const saved = trustStateCodec.load(storage);
    if (saved.status === 'rejected') notices.push(saved.notice);
    if (decoded.status === 'missing') decoded = saved;
  }
  if (decoded.status !== 'ok') return { answers: {}, view: 'request' as TrustView, notices, fromMessage: [] };
  const filtered = filterAnswers(questions, decoded.value.answers);
  const dropped = describeDropped(filtered.dropped);
  if (dropped) notices.push(dropped);
  return {
    answers: filtered.answers,
    view: VIEWS.includes(decoded.value.view) ? (decoded.value.view as TrustView) : 'request',
    notices,
    fromMessage: (decoded.value.fromMessage ?? []).filter((id) => Object.hasOwn(filtered.answers, id)),
  };
}

/** The review and result views, the bands and the questions' explanations; a failed load resolves to null. */
async function loadLater(steps: readonly TrustStepQuestion[]): Promise<Later | null> {
  try {
    const [views, file] = await Promise.all([
      import('./trust-check/later-views'),
      fetch(TRUST_RESULT_URL).then((response) => {
        if (!response.ok) throw new Error(`${TRUST_RESULT_URL}: ${response.status}`);
        return response.json() as Promise<TrustResultFile>;
      }),
    ]);
    return { views, bands: file.bands, questions: sortQuestions(joinQuestions(steps, file.explanations)) };
  } catch {
    return null;
  }
}

export default function TrustCheck({ questions }: TrustCheckProps) {
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<TrustAnswers>({});
  const [view, setView] = useState<TrustView>('request');
  const [editingFromReview, setEditingFromReview] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [later, setLater] = useState<Later | null>(null);
  /** Questions whose answers came from the message check and are not yet changed by the reader. */
  const [fromMessage, setFromMessage] = useState<string[]>([]);
  const pendingFocus = useRef<Focus | null>(null);
  const root = useRef<HTMLDivElement>(null);
  /** The view that last asked for the last steps' code: a failed load is tried again from the next view only. */
  const laterAskedAt = useRef<TrustView | null>(null);

  // Restore after hydration, so a shared link shows its result.
  useEffect(() => {
    const restored = restoreState(questions);
    setAnswers(restored.answers);
    setView(restored.view);
    setNotices(restored.notices);
    setFromMessage(restored.fromMessage);
    setReady(true);
  }, []);

  // Saving before the restore above would overwrite a shared link with an empty check.
  useEffect(() => {
    if (ready) saveState(answers, view, fromMessage);
  }, [ready, answers, view, fromMessage]);

  useEffect(() => {
    const onLastSteps = view === LAST_SECTION || view === 'review' || view === 'result';
    if (!ready || later || !onLastSteps || laterAskedAt.current === view) return;
    laterAskedAt.current = view;
    void loadLater(questions).then((loaded) => (loaded ? setLater(loaded) : setNotices([LATER_FAILED])));
  }, [ready, later, view]);

  // After every render: the target may be in a view still loading, so it stays pending until it renders.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target || !root.current) return;
    const el =
      target.kind === 'heading'
        ? root.current.querySelector<HTMLElement>('[data-view-heading]')
        : (root.current.querySelector<HTMLElement>(`input[name="trust-${target.id}"]:checked`) ??
          root.current.querySelector<HTMLElement>(`input[name="trust-${target.id}"]`));
    if (el) {
      pendingFocus.current = null;
      el.focus();
    }
  });

  function go(next: TrustView, focus: Focus = { kind: 'heading' }, fromReview = false) {
    pendingFocus.current = focus;
    setView(next);
    setEditingFromReview(fromReview);
  }

  function startAgain() {
    setAnswers({});
    setNotices([]);
    setFromMessage([]);
    go('request');
  }

  const ordered = sortQuestions(questions);
  const index = TRUST_SECTIONS.indexOf(view as TrustSection);
  const last = index === TRUST_SECTIONS.length - 1;
  const result = later && view === 'result' ? later.views.scoreAnswers(later.questions, answers, later.bands) : null;
  // After a red flag the check ends: the step offers what to do now, never the next step.
  const stopped = hasRedFlag(questions, answers);
  return (
    <div class="trust-check" ref={root}>
      {notices.length > 0 && (
        <div class="box box--warning" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {/* Announced, not shown: the result's heading is the one visible verdict. */}
      <p role="status" class="trust-check__announce visually-hidden">
        {result && later ? later.views.describeResult(result) : ''}
      </p>
      {index >= 0 ? (
        <TrustStep
          section={view as TrustSection}
          stepNumber={index + 1}
          stepCount={TRUST_SECTIONS.length}
          questions={ordered.filter((q) => q.section === view)}
          answers={answers}
          fromMessage={fromMessage}
          disabled={!ready}
          submitLabel={
            stopped
              ? STOP_BUTTON
              : editingFromReview
                ? 'Save and go back to your answers'
                : last
                  ? 'Check your answers'
                  : 'Continue'
          }
          onAnswer={(id, option) => {
            setAnswers({ ...answers, [id]: option });
            // A changed answer is the reader's own: it loses its "from the message" mark.
            setFromMessage(fromMessage.filter((q) => q !== id));
          }}
          onBack={index > 0 ? () => go(TRUST_SECTIONS[index - 1]!) : null}
          onNext={() => go(stopped ? 'result' : editingFromReview || last ? 'review' : TRUST_SECTIONS[index + 1]!)}
        />
      ) : !later ? (
        <p>Loading…</p>
      ) : view === 'review' ? (
        <later.views.TrustReview
          questions={later.questions}
          answers={answers}
          onChange={(q) => go(q.section, { kind: 'question', id: q.id }, true)}
          onBack={() => go(LAST_SECTION)}
          onResult={() => go('result')}
        />
      ) : (
        result && (
          <later.views.TrustResult
            result={result}
            questions={later.questions}
            bands={later.bands}
            onChange={() => go('review')}
            onStartAgain={startAgain}
          />
        )
      )}
    </div>
  );
}

/**
 * The trust check: one step per section, a "check your answers" page, and the result. It only presents what
 * src/lib/trust computes; answers live in the URL fragment and localStorage through trustStateCodec.
 *
 * The review and result views, the scoring and the result bands (a static JSON file) load only when the reader
 * reaches the last step, so a first visit carries the questions alone.
 */
import { Component } from 'preact';
import type { TrustBandView } from '../../lib/trust/advice';
import { TRUST_BANDS_URL } from '../../lib/trust/files';
import { hasRedFlag } from '../../lib/trust/flags';
import type { TrustQuestion } from '../../lib/trust/schema';
import type { TrustAnswers } from '../../lib/trust/score';
import { sortQuestions, TRUST_SECTIONS, type TrustSection } from '../../lib/trust/sections';
import { describeDropped, filterAnswers, trustStateCodec } from '../../lib/trust/state';
import { STOP_BUTTON } from '../../lib/trust/words';
import { TrustStep } from './trust-check/TrustStep';

/** A band as the island needs it: the data plus the calculator links the page built at build time. */
export type { TrustBandView };

export interface TrustCheckProps {
  questions: TrustQuestion[];
}

export type TrustView = TrustSection | 'review' | 'result';
type Focus = { kind: 'heading' } | { kind: 'question'; id: string };
type LaterViews = typeof import('./trust-check/later-views');
/** What the last steps need, loaded together. */
type Later = { views: LaterViews; bands: TrustBandView[] };

interface State {
  ready: boolean;
  answers: TrustAnswers;
  view: TrustView;
  editingFromReview: boolean;
  notices: string[];
  later: Later | null;
  /** Questions whose answers came from the message check and are not yet changed by the reader. */
  fromMessage: string[];
}

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

export default class TrustCheck extends Component<TrustCheckProps, State> {
  override state: State = {
    ready: false,
    answers: {},
    view: 'request',
    editingFromReview: false,
    notices: [],
    later: null,
    fromMessage: [],
  };
  private pendingFocus: Focus | null = null;
  private root: HTMLDivElement | null = null;

  // Restore after hydration: a link wins over what this browser saved, so a shared link shows its result.
  override componentDidMount() {
    const storage = getStorage();
    let decoded = trustStateCodec.decode(location.hash);
    const notices: string[] = [];
    if (decoded.status === 'rejected') notices.push(decoded.notice);
    if (decoded.status !== 'ok' && storage) {
      const saved = trustStateCodec.load(storage);
      if (saved.status === 'rejected') notices.push(saved.notice);
      if (decoded.status === 'missing') decoded = saved;
    }
    let { answers, view } = this.state;
    let fromMessage: string[] = [];
    if (decoded.status === 'ok') {
      const filtered = filterAnswers(this.props.questions, decoded.value.answers);
      const dropped = describeDropped(filtered.dropped);
      if (dropped) notices.push(dropped);
      answers = filtered.answers;
      if (VIEWS.includes(decoded.value.view)) view = decoded.value.view as TrustView;
      fromMessage = (decoded.value.fromMessage ?? []).filter((id) => Object.hasOwn(filtered.answers, id));
    }
    this.setState({ ready: true, answers, view, notices, fromMessage });
  }

  override componentDidUpdate(_props: TrustCheckProps, previous: State) {
    const { ready, answers, view, later, fromMessage } = this.state;
    // Saving before the restore above would overwrite a shared link with an empty check.
    if (ready && (previous.answers !== answers || previous.view !== view || !previous.ready)) {
      saveState(answers, view, fromMessage);
    }
    const onLastSteps = view === LAST_SECTION || view === 'review' || view === 'result';
    if (ready && !later && onLastSteps && this.laterAskedAt !== view) {
      this.laterAskedAt = view;
      this.loadLaterViews();
    }
    this.applyFocus();
  }

  /** The view that last asked for the last steps' code: a failed load is tried again from the next view only. */
  private laterAskedAt: TrustView | null = null;

  private loadLaterViews() {
    const bands = fetch(TRUST_BANDS_URL).then((response) => {
      if (!response.ok) throw new Error(`${TRUST_BANDS_URL}: ${response.status}`);
      return response.json() as Promise<TrustBandView[]>;
    });
    Promise.all([import('./trust-check/later-views'), bands]).then(
      ([views, loaded]) => this.setState({ later: { views, bands: loaded } }),
      () => this.setState({ notices: [LATER_FAILED] }),
    );
  }

  private applyFocus() {
    const target = this.pendingFocus;
    if (!target || !this.root) return;
    const el =
      target.kind === 'heading'
        ? this.root.querySelector<HTMLElement>('[data-view-heading]')
        : (this.root.querySelector<HTMLElement>(`input[name="trust-${target.id}"]:checked`) ??
          this.root.querySelector<HTMLElement>(`input[name="trust-${target.id}"]`));
    // The target may be in a view still loading; keep it pending until it renders.
    if (el) {
      this.pendingFocus = null;
      el.focus();
    }
  }

  private go(view: TrustView, focus: Focus = { kind: 'heading' }, editingFromReview = false) {
    this.pendingFocus = focus;
    this.setState({ view, editingFromReview });
  }

  private startAgain = () => {
    saveState({}, 'request');
    this.setState({ answers: {}, notices: [], fromMessage: [] });
    this.go('request');
  };

  render(
    { questions }: TrustCheckProps,
    { ready, answers, view, editingFromReview, notices, later, fromMessage }: State,
  ) {
    const ordered = sortQuestions(questions);
    const index = TRUST_SECTIONS.indexOf(view as TrustSection);
    const last = index === TRUST_SECTIONS.length - 1;
    const result = later && view === 'result' ? later.views.scoreAnswers(questions, answers, later.bands) : null;
    // After a red flag the check ends: the step offers what to do now, never the next step.
    const stopped = hasRedFlag(questions, answers);
    return (
      <div
        class="trust-check"
        ref={(el) => {
          this.root = el;
        }}
      >
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
            onAnswer={(id, option) =>
              // A changed answer is the reader's own: it loses its "from the message" mark.
              this.setState({ answers: { ...answers, [id]: option }, fromMessage: fromMessage.filter((q) => q !== id) })
            }
            onBack={index > 0 ? () => this.go(TRUST_SECTIONS[index - 1]!) : null}
            onNext={() =>
              this.go(stopped ? 'result' : editingFromReview || last ? 'review' : TRUST_SECTIONS[index + 1]!)
            }
          />
        ) : !later ? (
          <p>Loading…</p>
        ) : view === 'review' ? (
          <later.views.TrustReview
            questions={ordered}
            answers={answers}
            onChange={(q) => this.go(q.section, { kind: 'question', id: q.id }, true)}
            onBack={() => this.go(LAST_SECTION)}
            onResult={() => this.go('result')}
          />
        ) : (
          result && (
            <later.views.TrustResult
              result={result}
              questions={ordered}
              bands={later.bands}
              onChange={() => this.go('review')}
              onStartAgain={this.startAgain}
            />
          )
        )}
      </div>
    );
  }
}

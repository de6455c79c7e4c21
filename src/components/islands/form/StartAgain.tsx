import { useState } from 'preact/hooks';

/**
 * "Start again", kept apart from the form's main button: it asks first, and after clearing it offers to bring
 * the work back for as long as the page stays open (the caller keeps the copy in memory, never in storage).
 */
export function StartAgain(props: {
  /** What is cleared, as it reads in "Clear the whole plan?". */
  what: string;
  disabled: boolean;
  /** Clears; returns false when there was nothing to clear. */
  onClear: () => boolean;
  onUndo: () => void;
}) {
  const [stage, setStage] = useState<'idle' | 'asking' | 'cleared'>('idle');
  return (
    <div class="start-again" aria-live="polite">
      {stage === 'idle' && (
        <button type="button" class="secondary" disabled={props.disabled} onClick={() => setStage('asking')}>
          Start again
        </button>
      )}
      {stage === 'asking' && (
        <div class="box box--warning" role="group" aria-label="Start again?">
          <p>Clear the whole {props.what}? Everything you typed here goes, from this page and from this browser.</p>
          <button type="button" class="danger" onClick={() => setStage(props.onClear() ? 'cleared' : 'idle')}>
            Yes, clear it
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setStage('idle')}>
            No, keep it
          </button>
        </div>
      )}
      {stage === 'cleared' && (
        <p class="box">
          The {props.what} was cleared.{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              props.onUndo();
              setStage('idle');
            }}
          >
            Undo
          </button>{' '}
          <button type="button" class="link-button" onClick={() => setStage('idle')}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A section the reader opens on purpose: its code is import()ed on first open, so a reader who never opens it
 * never downloads it. The summary and the explanation come from the server and read well before it opens.
 */
export function LazyDetails<M>(props: {
  id: string;
  summary: string;
  intro?: ComponentChildren;
  load: () => Promise<M>;
  render: (mod: M) => ComponentChildren;
}) {
  const [mod, setMod] = useState<M | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  function onToggle(e: Event) {
    if (!(e.currentTarget as HTMLDetailsElement).open || mod || state === 'loading') return;
    setState('loading');
    props.load().then(
      (m) => {
        setMod(() => m);
        setState('idle');
      },
      () => setState('failed'),
    );
  }
  return (
    <details class="pp-details" id={props.id} onToggle={onToggle}>
      <summary>{props.summary}</summary>
      {props.intro}
      <div aria-live="polite">
        {state === 'loading' && <p class="pp-loading">Loading this section…</p>}
        {state === 'failed' && (
          <p class="box box--warning">
            This section could not load. Check your connection, then close and open it again.
          </p>
        )}
      </div>
      {mod && props.render(mod)}
    </details>
  );
}

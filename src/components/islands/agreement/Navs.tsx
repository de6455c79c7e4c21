/** The agreement's two navigations: form or preview (tabs on a phone), and its six steps. */
import { AGREEMENT_STEPS, type StepId } from '../../../lib/agreement/form';
import { AGREEMENT_UI as UI } from '../../../lib/agreement/words';

export type AgreementView = 'form' | 'preview';

/** "Form" and "Preview (n open)": on a phone only one of them shows at a time. */
export function ViewTabs(props: { view: AgreementView; open: number; onChange: (view: AgreementView) => void }) {
  return (
    <nav class="agreement-views no-print" aria-label={UI.viewsNav}>
      {(['form', 'preview'] as const).map((v) => (
        <button
          type="button"
          key={v}
          class={props.view === v ? 'view-tab view-tab--current' : 'view-tab secondary'}
          aria-pressed={props.view === v}
          onClick={() => props.onChange(v)}
        >
          {v === 'form' ? UI.formTab : `${UI.previewTab} (${props.open === 0 ? 'complete' : `${props.open} open`})`}
        </button>
      ))}
    </nav>
  );
}

/** The steps, any of which the reader may open at any time. */
export function StepNav(props: { step: StepId; disabled: boolean; onGo: (step: StepId) => void }) {
  return (
    <nav aria-label={UI.stepsNav}>
      <ol class="agreement-steps">
        {AGREEMENT_STEPS.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              class={s.id === props.step ? 'step-link step-link--current' : 'step-link secondary'}
              aria-current={s.id === props.step ? 'step' : undefined}
              disabled={props.disabled}
              onClick={() => props.onGo(s.id)}
            >
              {i + 1}. {s.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

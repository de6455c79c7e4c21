/**
 * The agreement generator: the form in six steps (described in src/lib/agreement/form.ts, its payment step the
 * calculator's plan form), a live preview beside it (a tab on a phone), and the exports. Every rule and every word
 * lives in src/lib/agreement and the clause library; this island keeps the state and shows it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildAgreement, countMissing, type ClauseLibrary } from '../../lib/agreement/build';
import {
  AGREEMENT_STEPS,
  agreementFormSpec,
  createInitialState,
  stepOfField,
  type AgreementState,
  type StepId,
} from '../../lib/agreement/form';
import { agreementCodec, isBlankAgreement, openAgreement } from '../../lib/agreement/state';
import { fillText } from '../../lib/agreement/text';
import { AGREEMENT_UI as UI } from '../../lib/agreement/words';
import { todayIn, type IsoDate } from '../../lib/dates';
import type { FieldError } from '../../lib/form/read';
import type { FormValues } from '../../lib/form/spec';
import { isCurrencyCode } from '../../lib/money';
import { planCodec } from '../../lib/plan/codecs';
import type { PlanFormValues } from '../../lib/plan/form-values';
import type { ExportKind } from './agreement/exports';
import { Exports } from './agreement/Exports';
import { Preview } from './agreement/Preview';
import { StepNav, ViewTabs, type AgreementView } from './agreement/Navs';
import { ErrorSummary, focusField } from './form/ErrorSummary';
import { SpecFields } from './form/SpecFields';
import { StartAgain } from './form/StartAgain';

export interface AgreementProps extends ClauseLibrary {
  /** Payment-method names by id, to name the calculator's chosen route in the payment clause. */
  paymentMethods: Record<string, string>;
  /** The build's date, used until the browser supplies today's. */
  buildDate: IsoDate;
}

type PlanStepModule = typeof import('../../lib/agreement/plan-step');
const loadPlanStep = (): Promise<PlanStepModule> => import('../../lib/agreement/plan-step');

/** The reader (or a link, or the calculator) has put a price in the plan. */
const hasPlan = (s: AgreementState) => s.plan.total.trim() !== '' || s.plan.rate.trim() !== '';

export default function Agreement(props: AgreementProps) {
  const library: ClauseLibrary = { clauses: props.clauses, summary: props.summary };
  const spec = useMemo(() => agreementFormSpec(props.clauses), []);
  const [state, setState] = useState<AgreementState>(() => createInitialState(props.buildDate, props.clauses));
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [step, setStep] = useState<StepId>('who');
  const [checked, setChecked] = useState<ReadonlySet<StepId>>(new Set());
  const [summary, setSummary] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [view, setView] = useState<AgreementView>('form');
  const [status, setStatus] = useState('');
  const [unsaved, setUnsaved] = useState(false);
  const cleared = useRef<AgreementState | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  /** The payment step's code, loaded when that step, a check or a plan needs it. */
  const [planStep, setPlanStep] = useState<PlanStepModule | null>(null);

  useEffect(() => {
    const opened = openAgreement(location.hash, localStorage, todayIn(new Date()), props.clauses, props.paymentMethods);
    setState(opened.state);
    setNotices(opened.notices);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    // A blank form (a first visit, "Start again", every field emptied) leaves nothing behind.
    if (isBlankAgreement(state, todayIn(new Date()), props.clauses)) {
      agreementCodec.clear(localStorage);
      history.replaceState(null, '', location.pathname + location.search);
      setUnsaved(false);
      return;
    }
    // Only a state that reads back is saved; the earlier copy stays when this one is too long.
    const saved = agreementCodec.save(localStorage, state);
    setUnsaved(!saved);
    if (saved) history.replaceState(null, '', `#${agreementCodec.encode(state)}`);
  }, [state, ready]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  // The payment step loads once it is needed: opened, checked, or holding a plan (restored or handed over).
  const needsPlan = ready && (step === 'money' || checked.size > 0 || state.fromCalculator || hasPlan(state));
  useEffect(() => {
    if (needsPlan && !planStep) void loadPlanStep().then(setPlanStep);
  }, [needsPlan]);

  const build = useMemo(() => buildAgreement(state, library, planStep?.readPlanStep), [state, planStep]);
  const shown = new Map(build.errors.filter((e) => checked.has(stepOfField(spec, e.field))).map((e) => [e.field, e]));
  const readings = new Map(build.errors.filter((e) => e.readings).map((e) => [e.field, e]));
  const currency = isCurrencyCode(state.plan.currency) ? state.plan.currency : null;
  const index = AGREEMENT_STEPS.findIndex((s) => s.id === step);
  const off = !ready;

  const goTo = (next: StepId) => {
    moved.current = true;
    setSummary([]);
    setStep(next);
  };
  /** Builds with the payment step's code, loading it first if needed: never from a render that lacked it. */
  const buildWithPlan = async () => {
    const mod = planStep ?? (await loadPlanStep());
    if (!planStep) setPlanStep(mod);
    return buildAgreement(state, library, mod.readPlanStep);
  };
  const check = async (steps: readonly StepId[]) => {
    setChecked((c) => new Set([...c, ...steps]));
    const built = await buildWithPlan();
    const found = built.errors.filter((e) => steps.includes(stepOfField(spec, e.field)));
    setSummary(found);
    setAttempt((n) => n + 1);
    return { found, built };
  };
  const continueFrom = async () => {
    if ((await check([step])).found.length > 0) return;
    const next = AGREEMENT_STEPS[index + 1];
    if (next) goTo(next.id);
    else setSummary([]);
  };
  const checkAll = () => check(AGREEMENT_STEPS.map((s) => s.id));

  async function exportAs(kind: ExportKind | 'print') {
    const { found, built } = await checkAll();
    if (found.length > 0) {
      setView('form');
      return;
    }
    if (kind === 'print') return window.print();
    if (kind === 'docx') setStatus(UI.preparingDocx);
    try {
      const { exportAgreement } = await import('./agreement/exports');
      const f = state.fields;
      const name = await exportAgreement(kind, built.document, {
        freelancer: f['freelancerName'] ?? '',
        client: f['clientName'] ?? '',
        date: f['agreementDate'] ?? '',
      });
      setStatus(kind === 'copy' ? UI.copied : fillText(UI.downloaded, name));
    } catch {
      setStatus(kind === 'copy' ? UI.copyBlocked : UI.fileFailed);
    }
  }

  function clear(): boolean {
    cleared.current = state;
    planCodec.clear(localStorage);
    setState(createInitialState(todayIn(new Date()), props.clauses));
    setChecked(new Set());
    setSummary([]);
    setNotices([]);
    setStep('who');
    return true;
  }

  const missing = countMissing(build.document);
  const open = Math.max(missing, build.errors.length);
  const sentence =
    open === 0
      ? fillText(UI.complete, build.document.clauses.length)
      : fillText(UI.problems, build.document.clauses.length, open);
  const setFields = (v: FormValues) => setState((s) => ({ ...s, fields: v as AgreementState['fields'] }));
  const setPlan = (v: FormValues) => setState((s) => ({ ...s, plan: v as PlanFormValues }));
  const fieldProps = { errors: shown, readings, currency, disabled: off };

  return (
    <div class="agreement-tool" data-view={view} data-pagefind-ignore="all">
      <ViewTabs view={view} open={open} onChange={setView} />
      <div class="agreement-form no-print">
        {notices.length > 0 && (
          <div class="box box--warning" role="status">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
        {unsaved && (
          <p class="box box--warning" role="alert">
            {UI.notSaved}
          </p>
        )}
        <StepNav step={step} disabled={off} onGo={goTo} />
        <ErrorSummary
          errors={summary}
          attempt={attempt}
          onOpen={(field) => {
            setView('form');
            setStep(stepOfField(spec, field));
            setTimeout(() => focusField(field), 0);
          }}
        />
        <form
          noValidate
          aria-labelledby="agreement-step-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void continueFrom();
          }}
        >
          <h2 id="agreement-step-heading" tabIndex={-1} ref={heading}>
            {fillText(UI.step, index + 1, AGREEMENT_STEPS.length, AGREEMENT_STEPS[index]?.title ?? '')}
          </h2>
          {step === 'money' && state.fromCalculator && (
            <p class="box">
              {UI.fromCalculator}{' '}
              <a href={`/tools/payment-plan/${build.plan ? `#${planCodec.encode(build.plan)}` : ''}`}>
                {UI.changePlan}
              </a>
            </p>
          )}
          {step === 'money' && !planStep && <p class="hint">{UI.loadingPlan}</p>}
          {step === 'money' && planStep && (
            <SpecFields
              spec={planStep.AGREEMENT_PLAN_SPEC}
              values={state.plan}
              onChange={setPlan}
              onChooseMark={(mark) => setState((s) => ({ ...s, plan: { ...s.plan, decimalMark: mark } }))}
              {...fieldProps}
            />
          )}
          <SpecFields
            spec={spec}
            values={state.fields}
            step={step}
            onChange={setFields}
            onChooseMark={(mark) => setState((s) => ({ ...s, plan: { ...s.plan, decimalMark: mark } }))}
            {...fieldProps}
          />
          <div class="button-row">
            {index > 0 && (
              <button
                type="button"
                class="secondary"
                disabled={off}
                onClick={() => goTo(AGREEMENT_STEPS[index - 1]?.id ?? 'who')}
              >
                {UI.back}
              </button>
            )}
            <button type="submit" disabled={off}>
              {index < AGREEMENT_STEPS.length - 1 ? UI.continue : UI.checkAll}
            </button>
          </div>
        </form>
        <StartAgain
          what="agreement"
          disabled={off}
          onClear={clear}
          onUndo={() => cleared.current && setState(cleared.current)}
        />
      </div>
      <div class="agreement-preview" id="agreement-preview">
        <p role="status" class="agreement-status no-print">
          {status || sentence}
        </p>
        <Exports
          complete={open === 0}
          // Printing shows the preview: it waits until the preview holds the payment plan.
          disabled={off || (needsPlan && !planStep)}
          onExport={(kind) => void exportAs(kind)}
          onCheck={() => void checkAll()}
        />
        <Preview doc={build.document} />
      </div>
    </div>
  );
}

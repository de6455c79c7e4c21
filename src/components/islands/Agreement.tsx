/**
 * The agreement generator: a form in six short steps, a live preview, and the exports. Every rule (validation,
 * the plan, the wording, the formats) lives in src/lib/agreement; this file only shows it and keeps the state.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildAgreement, type ClauseLibrary } from '../../lib/agreement/build';
import {
  MAX_FORM_MILESTONES,
  agreementStateValidator,
  createInitialState,
  fillText,
  type AgreementState,
  type FieldError,
} from '../../lib/agreement/form';
import type { AgreementLabels, RadioId, TextFieldId } from '../../lib/agreement/labels';
import type { Clause } from '../../lib/agreement/schema';
import { describePayments } from '../../lib/plan/describe';
import { planHandoffCodec } from '../../lib/agreement/guards';
import { todayIn, type IsoDate } from '../../lib/dates';
import { createStateCodec } from '../../lib/state';
import type { ExportKind } from './agreement/exports';
import { Checkbox, Radios, SelectField, TextField } from './agreement/fields';
import { Preview } from './agreement/Preview';

export interface AgreementProps {
  clauses: Clause[];
  facts: ClauseLibrary['facts'];
  /** Payment-method names by id, to name the calculator's chosen route in the payment clause. */
  paymentMethods: Record<string, string>;
  /** The form's words (src/lib/agreement/labels.ts), passed in so they ship as HTML rather than JavaScript. */
  labels: AgreementLabels;
  /** The build's date, used until the browser supplies today's. */
  buildDate: IsoDate;
}

// A whole agreement with long scope text is larger than the codec's default limit.
const agreementCodec = createStateCodec({
  name: 'agreement',
  version: 1,
  validator: agreementStateValidator,
  maxBytes: 60_000,
});

const STEPS = [
  { id: 'who', title: 'Who' },
  { id: 'what', title: 'What' },
  { id: 'when', title: 'When' },
  { id: 'money', title: 'Money' },
  { id: 'rights', title: 'Rights' },
  { id: 'legal', title: 'Legal' },
] as const;
type StepId = (typeof STEPS)[number]['id'];
type TextGroup = 'freelancer' | 'client' | 'project' | 'dates' | 'work' | 'money' | 'termination' | 'rights' | 'legal';

/** Which step holds a control, so an error link can open the right step. */
export function findStepOf(field: string): StepId {
  if (/^(freelancer|client)-/.test(field)) return 'who';
  if (/^(project|work)-/.test(field)) return 'what';
  if (/^dates-|^money-startDate$/.test(field)) return 'when';
  if (/^money-|^legal-expensesCap$|^chosen-expenses$/.test(field)) return 'money';
  if (/^(rights|termination)-|^chosen-(portfolio|confidentiality)$/.test(field)) return 'rights';
  return 'legal';
}

export default function Agreement(props: AgreementProps) {
  const ui = props.labels.ui;
  const library: ClauseLibrary = useMemo(
    () => ({ clauses: props.clauses, facts: props.facts, messages: props.labels.messages, words: props.labels.words }),
    [props],
  );
  const [state, setState] = useState<AgreementState>(() => createInitialState(props.buildDate));
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [step, setStep] = useState<StepId>('who');
  const [checked, setChecked] = useState<Set<StepId>>(new Set());
  const [summary, setSummary] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');
  const [showNotes, setShowNotes] = useState(true);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const cleared = useRef(false);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);

  // Restore: the browser's saved copy, then a shared link, then a plan handed over by the calculator.
  useEffect(() => {
    const found: string[] = [];
    let next = createInitialState(todayIn(new Date()));
    const stored = agreementCodec.load(localStorage);
    if (stored.status === 'ok') next = stored.value;
    else if (stored.status === 'rejected') found.push(stored.notice);
    const linked = agreementCodec.decode(location.hash);
    if (linked.status === 'ok') next = linked.value;
    else if (linked.status === 'rejected') found.push(linked.notice);
    const handed = planHandoffCodec.decode(location.hash);
    if (handed.status === 'ok') {
      const plan = handed.value;
      const route = plan.routes[0];
      next = {
        ...next,
        money: {
          ...next.money,
          source: 'calculator',
          calculatorPlan: plan,
          paymentMethod: route && props.paymentMethods[route] ? props.paymentMethods[route] : next.money.paymentMethod,
        },
      };
      found.push(ui.fromCalculator);
    } else if (handed.status === 'rejected') found.push(handed.notice);
    setState(next);
    setNotices(found);
    setReady(true);
  }, [props.paymentMethods]);

  useEffect(() => {
    // After "Start again" the blank form is not saved: nothing stays behind until the reader types again.
    if (!ready || cleared.current) {
      cleared.current = false;
      return;
    }
    agreementCodec.save(localStorage, state);
    history.replaceState(null, '', `#${agreementCodec.encode(state)}`);
  }, [state, ready]);

  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);

  useEffect(() => {
    if (!pendingFocus) return;
    document.getElementById(pendingFocus)?.focus();
    setPendingFocus(null);
  }, [pendingFocus, step]);

  const build = useMemo(() => buildAgreement(state, library), [state, library]);
  const currencyShown = build.plan?.currency ?? state.money.currency;
  const errorsOf = (s: StepId) => build.errors.filter((e) => findStepOf(e.field) === s);
  const errorFor = (field: string): string | undefined =>
    checked.has(findStepOf(field)) ? build.errors.find((e) => e.field === field)?.message : undefined;
  const off = !ready;

  function update(change: (s: AgreementState) => AgreementState): void {
    setState((s) => change(s));
  }
  const set =
    <K extends TextGroup>(group: K, key: keyof AgreementState[K]) =>
    (value: string) =>
      update((s) => ({ ...s, [group]: { ...s[group], [key]: value } }));

  /** One text control; its id ("client-email") names the state group and key it edits, and its words. */
  const tf = (id: TextFieldId, o: { type?: 'email' | 'date'; num?: 'decimal' | 'numeric'; rows?: number } = {}) => {
    const [group, key] = id.split('-') as [TextGroup, string];
    const words = props.labels.fields[id];
    return (
      <TextField
        id={id}
        label={words.label.replace('{currency}', currencyShown)}
        hint={words.hint}
        type={o.type}
        inputMode={o.num}
        rows={o.rows}
        value={(state[group] as Record<string, string>)[key] ?? ''}
        error={errorFor(id)}
        onInput={set(group, key as never)}
        disabled={off}
      />
    );
  };

  function setMilestone(i: number, key: 'name' | 'date', v: string): void {
    update((s) => ({
      ...s,
      money: { ...s.money, milestones: s.money.milestones.map((x, j) => (j === i ? { ...x, [key]: v } : x)) },
    }));
  }

  /** One radio group, named like a text control; its choices are its words' or a clause's variants. */
  const radio = (id: RadioId, variantsOf?: string) => {
    const [group, key] = id.split('-') as [TextGroup, string];
    return (
      <Radios
        id={id}
        legend={props.labels.radios[id].legend}
        value={(state[group] as Record<string, string>)[key] ?? ''}
        options={
          variantsOf
            ? variantOptions(variantsOf)
            : props.labels.radios[id].options.map(([value, label]) => ({ value, label }))
        }
        onChange={set(group, key as never)}
        disabled={off}
      />
    );
  };

  function goTo(next: StepId, focusHeading = true): void {
    setStep(next);
    setSummary([]);
    if (focusHeading) setPendingFocus('agreement-step-heading');
  }

  function continueFrom(current: StepId): void {
    const errors = errorsOf(current);
    setChecked((c) => new Set(c).add(current));
    if (errors.length > 0) {
      setSummary(errors);
      return;
    }
    const index = STEPS.findIndex((s) => s.id === current);
    const next = STEPS[index + 1];
    if (next) goTo(next.id);
    else {
      setSummary([]);
      setPendingFocus('agreement-exports-heading');
    }
  }

  /** Exports need a complete agreement: otherwise the summary lists every gap, with links. */
  function checkAll(): boolean {
    setChecked(new Set(STEPS.map((s) => s.id)));
    if (build.errors.length > 0) {
      setSummary(build.errors);
      return false;
    }
    setSummary([]);
    return true;
  }

  /** Exports load their renderers on demand: they stay out of the island's first-load budget. */
  async function exportAs(kind: ExportKind): Promise<void> {
    if (!checkAll()) return;
    if (kind === 'docx') setStatus(ui.preparingDocx);
    try {
      const { exportAgreement } = await import('./agreement/exports');
      const names = { freelancer: state.freelancer.name, client: state.client.name, date: state.dates.agreementDate };
      const name = await exportAgreement(kind, build.document, names);
      setStatus(kind === 'copy' ? ui.copied : fillText(ui.downloaded, name));
    } catch {
      setStatus(kind === 'copy' ? ui.copyBlocked : ui.fileFailed);
    }
  }

  function printAgreement(): void {
    if (!checkAll()) return;
    window.print();
  }

  function startAgain(): void {
    agreementCodec.clear(localStorage);
    planHandoffCodec.clear(localStorage);
    history.replaceState(null, '', location.pathname + location.search);
    cleared.current = true;
    setState(createInitialState(todayIn(new Date())));
    setChecked(new Set());
    setSummary([]);
    setNotices([]);
    setStep('who');
    setStatus(ui.cleared);
    setPendingFocus('agreement-step-heading');
  }

  const m = state.money;
  const missingCount = build.document.clauses.reduce(
    (n, c) =>
      n +
      c.blocks.reduce(
        (k, b) => k + (b.kind === 'paragraph' ? b.segments : b.items.flat()).filter((s) => s.kind === 'missing').length,
        0,
      ),
    0,
  );
  const oneSentence = fillText(
    missingCount === 0 ? ui.complete : missingCount === 1 ? ui.missingOne : ui.missingMany,
    build.document.clauses.length,
    missingCount,
  );
  const chosenClauses = props.clauses.filter((c) => c.includeWhen === 'chosen');
  const chosenBox = (where: StepId) =>
    chosenClauses
      .filter((c) => findStepOf(`chosen-${c.id}`) === where)
      .map((c) => (
        <Checkbox
          key={c.id}
          id={`chosen-${c.id}`}
          label={fillText(ui.includeClause, c.title)}
          hint={c.why}
          checked={state.chosen[c.id] === true}
          disabled={off}
          onChange={(v) => update((s) => ({ ...s, chosen: { ...s.chosen, [c.id]: v } }))}
        />
      ));
  const clauseOf = (id: string) => props.clauses.find((c) => c.id === id);
  const variantOptions = (id: string) =>
    (clauseOf(id)?.variants ?? []).map((v) => ({ value: v.id, label: v.label, hint: v.hint }));
  const currentIndex = STEPS.findIndex((s) => s.id === step);

  return (
    <div class="agreement-tool" data-pagefind-ignore="all">
      <div class="agreement-form no-print">
        {notices.length > 0 && (
          <div class="box box--warning" role="status">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        )}
        <p>
          <a href="#agreement-preview" class="preview-jump">
            {ui.previewJump}
          </a>
        </p>
        <nav aria-label={ui.stepsNav}>
          <ol class="agreement-steps">
            {STEPS.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  class={s.id === step ? 'step-link step-link--current' : 'step-link secondary'}
                  aria-current={s.id === step ? 'step' : undefined}
                  disabled={off}
                  onClick={() => goTo(s.id)}
                >
                  {i + 1}. {s.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>

        {summary.length > 0 && (
          <div
            class="error-summary"
            role="alert"
            tabIndex={-1}
            ref={summaryRef}
            aria-labelledby="agreement-error-title"
          >
            <h2 id="agreement-error-title">{ui.problem}</h2>
            <ul>
              {summary.map((e) => (
                <li key={`${e.field}-${e.message}`}>
                  <a
                    href={`#${e.field}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      setStep(findStepOf(e.field));
                      setPendingFocus(e.field);
                    }}
                  >
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}

        <form
          noValidate
          aria-labelledby="agreement-step-heading"
          onSubmit={(e) => {
            e.preventDefault();
            continueFrom(step);
          }}
        >
          <h2 id="agreement-step-heading" tabIndex={-1} ref={stepHeadingRef}>
            {fillText(ui.step, currentIndex + 1, STEPS.length, STEPS[currentIndex]?.title ?? '')}
          </h2>

          {step === 'who' && (
            <>
              <fieldset>
                <legend>{ui.freelancer}</legend>
                {tf('freelancer-name')}
                {tf('freelancer-email', { type: 'email' })}
                {tf('freelancer-address')}
              </fieldset>
              <fieldset>
                <legend>{ui.client}</legend>
                {tf('client-name')}
                {tf('client-contact')}
                {tf('client-email', { type: 'email' })}
                {tf('client-address')}
              </fieldset>
            </>
          )}

          {step === 'what' && (
            <>
              {tf('project-title')}
              {tf('project-scope', { rows: 3 })}
              {tf('project-deliverables', { rows: 4 })}
              {tf('project-exclusions', { rows: 3 })}
              {tf('work-reviewDays', { num: 'numeric' })}
              {tf('work-revisionRounds', { num: 'numeric' })}
            </>
          )}

          {step === 'when' && (
            <>
              {tf('dates-agreementDate', { type: 'date' })}
              {m.source === 'calculator' && m.calculatorPlan ? (
                <p>{fillText(ui.calculatorStart, m.calculatorPlan.startDate)}</p>
              ) : (
                tf('money-startDate', { type: 'date' })
              )}
              {tf('dates-endDate', { type: 'date' })}
            </>
          )}

          {step === 'money' && (
            <>
              {m.calculatorPlan && radio('money-source')}
              {m.source === 'calculator' && m.calculatorPlan ? (
                <div class="box">
                  <p>{ui.planWords}</p>
                  {build.schedule ? (
                    <ul>
                      {describePayments(build.schedule).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p class="error-message">{errorFor('money-source-calculator') ?? ui.planInvalid}</p>
                  )}
                  <p>
                    <a href={`/tools/payment-plan/#${planHandoffCodec.encode(m.calculatorPlan)}`}>{ui.changePlan}</a>
                  </p>
                </div>
              ) : (
                <>
                  <SelectField
                    id="money-currency"
                    label={ui.currency}
                    value={m.currency}
                    error={errorFor('money-currency')}
                    onChange={set('money', 'currency')}
                    options={props.labels.currencies.map(([value, label]) => ({ value, label }))}
                    disabled={off}
                  />
                  {radio('money-pricing', 'fees-and-schedule')}
                  {m.pricing === 'fixed' ? (
                    <>{tf('money-total', { num: 'decimal' })}</>
                  ) : (
                    <>
                      {tf('money-rate', { num: 'decimal' })}
                      {tf('money-hoursPerWeek', { num: 'decimal' })}
                      {tf('money-weeks', { num: 'numeric' })}
                      {tf('money-invoiceEveryWeeks', { num: 'numeric' })}
                    </>
                  )}
                  {tf('money-depositPercent', { num: 'decimal' })}
                  {m.pricing === 'fixed' && (
                    <fieldset>
                      <legend>{ui.milestones}</legend>
                      <p class="hint">{ui.milestonesHint}</p>
                      <SelectField
                        id="money-milestoneCount"
                        label={ui.milestoneCount}
                        value={String(m.milestones.length)}
                        options={Array.from({ length: MAX_FORM_MILESTONES }, (_, i) => ({
                          value: String(i + 1),
                          label: String(i + 1),
                        }))}
                        onChange={(v) =>
                          update((s) => ({
                            ...s,
                            money: {
                              ...s.money,
                              milestones: Array.from(
                                { length: Number(v) },
                                (_, i) => s.money.milestones[i] ?? { name: `Milestone ${i + 1}`, date: '' },
                              ),
                            },
                          }))
                        }
                        disabled={off}
                      />
                      {m.milestones.map((ms, i) => (
                        <div class="milestone" key={i}>
                          <TextField
                            id={`money-milestones-${i}-name`}
                            label={fillText(ui.milestoneName, i + 1)}
                            value={ms.name}
                            error={errorFor(`money-milestones-${i}-name`)}
                            onInput={(v) => setMilestone(i, 'name', v)}
                            disabled={off}
                          />
                          <TextField
                            id={`money-milestones-${i}-date`}
                            label={fillText(ui.milestoneDate, i + 1)}
                            type="date"
                            value={ms.date}
                            error={errorFor(`money-milestones-${i}-date`)}
                            onInput={(v) => setMilestone(i, 'date', v)}
                            disabled={off}
                          />
                        </div>
                      ))}
                    </fieldset>
                  )}
                  {radio('money-terms')}
                  {m.terms === 'net' && tf('money-netDays', { num: 'numeric' })}
                  {radio('money-late')}
                  {m.late === 'contract' && (
                    <>
                      {tf('money-lateRate', { num: 'decimal' })}
                      {radio('money-latePer')}
                      {tf('money-graceDays', { num: 'numeric' })}
                    </>
                  )}
                  {radio('money-feePayer')}
                </>
              )}
              {tf('money-paymentMethod')}
              {chosenBox('money')}
              {state.chosen['expenses'] === true && tf('legal-expensesCap', { num: 'decimal' })}
            </>
          )}

          {step === 'rights' && (
            <>
              {radio('rights-ip', 'intellectual-property')}
              {chosenBox('rights')}
              {tf('termination-noticeDays', { num: 'numeric' })}
              {tf('termination-killFeePercent', { num: 'decimal' })}
            </>
          )}

          {step === 'legal' && (
            <>
              {tf('legal-governingLaw')}
              {radio('legal-platform', 'platform')}
              {state.legal.platform !== 'not-from-platform' && tf('legal-platformName')}
              {chosenBox('legal')}
            </>
          )}

          <div class="agreement-buttons">
            {currentIndex > 0 && (
              <button
                type="button"
                class="secondary"
                disabled={off}
                onClick={() => goTo(STEPS[currentIndex - 1]?.id ?? 'who')}
              >
                {ui.back}
              </button>
            )}
            <button type="submit" disabled={off}>
              {currentIndex < STEPS.length - 1 ? ui.continue : ui.checkAll}
            </button>
          </div>
        </form>
        <p>
          <button type="button" class="secondary" disabled={off} onClick={startAgain}>
            {ui.startAgain}
          </button>
        </p>
      </div>

      <div class="agreement-preview" id="agreement-preview">
        <div class="no-print">
          <p role="status" class="agreement-status">
            {status || oneSentence}
          </p>
          <h2 id="agreement-exports-heading" tabIndex={-1}>
            {ui.exports}
          </h2>
          <div class="agreement-exports">
            {(['docx', 'md', 'txt', 'copy'] as const).map((kind, i) => (
              <button
                type="button"
                key={kind}
                class={i > 0 ? 'secondary' : undefined}
                disabled={off}
                onClick={() => void exportAs(kind)}
              >
                {ui[kind]}
              </button>
            ))}
            <button type="button" class="secondary" disabled={off} onClick={printAgreement}>
              {ui.print}
            </button>
          </div>
          <Checkbox id="show-notes" label={ui.showNotes} checked={showNotes} disabled={off} onChange={setShowNotes} />
        </div>
        <Preview doc={build.document} showNotes={showNotes} />
      </div>
    </div>
  );
}

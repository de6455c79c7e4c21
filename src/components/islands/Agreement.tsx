/**
 * The agreement generator: a form in six short steps, a live preview, and the exports. Every rule (validation,
 * the plan, the wording, the formats) lives in src/lib/agreement; this file only shows it and keeps the state.
 *
 * Budget: 25 KB gzip of JavaScript with Preact before a .docx is asked for. A class component avoids shipping
 * preact/hooks (about 1.1 KB), as the trust check does; the exports load when the reader asks for one.
 */
import { Component, createRef } from 'preact';
import { buildAgreement, type AgreementBuild, type ClauseLibrary } from '../../lib/agreement/build';
import {
  MAX_FORM_MILESTONES,
  agreementCodec,
  createInitialState,
  fillText,
  type AgreementState,
  type FieldError,
} from '../../lib/agreement/form';
import type { AgreementLabels, RadioId, TextFieldId } from '../../lib/agreement/labels';
import type { Clause } from '../../lib/agreement/schema';
import { describePayments } from '../../lib/plan/describe';
import { planCodec } from '../../lib/plan/codecs';
import { todayIn, type IsoDate } from '../../lib/dates';
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

interface State {
  form: AgreementState;
  ready: boolean;
  notices: string[];
  step: StepId;
  /** Steps the reader has tried to leave: their fields show their errors from then on. */
  checked: Set<StepId>;
  summary: FieldError[];
  status: string;
  showNotes: boolean;
  /** The id of the element to focus once the next render is on screen. */
  pendingFocus: string | null;
}

export default class Agreement extends Component<AgreementProps, State> {
  private readonly library: ClauseLibrary;
  private readonly summaryRef = createRef<HTMLDivElement>();
  private built: { form: AgreementState; build: AgreementBuild } | null = null;
  /** After "Start again" the blank form is not saved: nothing stays behind until the reader types again. */
  private cleared = false;

  constructor(props: AgreementProps) {
    super(props);
    const { clauses, facts, labels } = props;
    this.library = { clauses, facts, messages: labels.messages, words: labels.words };
    this.state = {
      form: createInitialState(props.buildDate),
      ready: false,
      notices: [],
      step: 'who',
      checked: new Set(),
      summary: [],
      status: '',
      showNotes: true,
      pendingFocus: null,
    };
  }

  // Restore: the browser's saved copy, then a shared link, then a plan handed over by the calculator.
  override componentDidMount(): void {
    const found: string[] = [];
    let next = createInitialState(todayIn(new Date()));
    const stored = agreementCodec.load(localStorage);
    if (stored.status === 'ok') next = stored.value;
    else if (stored.status === 'rejected') found.push(stored.notice);
    const linked = agreementCodec.decode(location.hash);
    if (linked.status === 'ok') next = linked.value;
    else if (linked.status === 'rejected') found.push(linked.notice);
    const handed = planCodec.decode(location.hash);
    if (handed.status === 'ok') {
      const plan = handed.value;
      const route = plan.routes[0];
      const methodName = route ? this.props.paymentMethods[route] : undefined;
      next = {
        ...next,
        money: {
          ...next.money,
          source: 'calculator',
          calculatorPlan: plan,
          paymentMethod: methodName ?? next.money.paymentMethod,
        },
      };
      found.push(this.props.labels.ui.fromCalculator);
    } else if (handed.status === 'rejected') found.push(handed.notice);
    this.setState({ form: next, notices: found, ready: true });
  }

  override componentDidUpdate(_: AgreementProps, prev: State): void {
    const { form, ready, summary, pendingFocus, step } = this.state;
    if (ready && (form !== prev.form || !prev.ready)) {
      if (this.cleared) this.cleared = false;
      else {
        agreementCodec.save(localStorage, form);
        history.replaceState(null, '', `#${agreementCodec.encode(form)}`);
      }
    }
    if (summary !== prev.summary && summary.length > 0) this.summaryRef.current?.focus();
    if (pendingFocus && (pendingFocus !== prev.pendingFocus || step !== prev.step)) {
      document.getElementById(pendingFocus)?.focus();
      this.setState({ pendingFocus: null });
    }
  }

  override render() {
    const props = this.props;
    const ui = props.labels.ui;
    const { form: state, ready, notices, step, checked, summary, status, showNotes } = this.state;
    if (this.built?.form !== state) this.built = { form: state, build: buildAgreement(state, this.library) };
    const build = this.built.build;
    const currencyShown = build.plan?.currency ?? state.money.currency;
    const errorsOf = (s: StepId) => build.errors.filter((e) => findStepOf(e.field) === s);
    const errorFor = (field: string): string | undefined =>
      checked.has(findStepOf(field)) ? build.errors.find((e) => e.field === field)?.message : undefined;
    const off = !ready;

    const update = (change: (s: AgreementState) => AgreementState): void =>
      this.setState((s) => ({ form: change(s.form) }));
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

    const setMilestone = (i: number, key: 'name' | 'date', v: string): void =>
      update((s) => ({
        ...s,
        money: { ...s.money, milestones: s.money.milestones.map((x, j) => (j === i ? { ...x, [key]: v } : x)) },
      }));

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

    const goTo = (next: StepId, focusHeading = true): void =>
      this.setState({ step: next, summary: [], ...(focusHeading ? { pendingFocus: 'agreement-step-heading' } : {}) });

    const continueFrom = (current: StepId): void => {
      const errors = errorsOf(current);
      this.setState((s) => ({ checked: new Set(s.checked).add(current) }));
      if (errors.length > 0) {
        this.setState({ summary: errors });
        return;
      }
      const next = STEPS[STEPS.findIndex((s) => s.id === current) + 1];
      if (next) goTo(next.id);
      else this.setState({ summary: [], pendingFocus: 'agreement-exports-heading' });
    };

    /** Exports need a complete agreement: otherwise the summary lists every gap, with links. */
    const checkAll = (): boolean => {
      const ok = build.errors.length === 0;
      this.setState({ checked: new Set(STEPS.map((s) => s.id)), summary: ok ? [] : build.errors });
      return ok;
    };

    /** Exports load their renderers on demand: they stay out of the island's first-load budget. */
    const exportAs = async (kind: ExportKind): Promise<void> => {
      if (!checkAll()) return;
      if (kind === 'docx') this.setState({ status: ui.preparingDocx });
      try {
        const { exportAgreement } = await import('./agreement/exports');
        const names = { freelancer: state.freelancer.name, client: state.client.name, date: state.dates.agreementDate };
        const name = await exportAgreement(kind, build.document, names);
        this.setState({ status: kind === 'copy' ? ui.copied : fillText(ui.downloaded, name) });
      } catch {
        this.setState({ status: kind === 'copy' ? ui.copyBlocked : ui.fileFailed });
      }
    };

    const printAgreement = (): void => {
      if (checkAll()) window.print();
    };

    const startAgain = (): void => {
      agreementCodec.clear(localStorage);
      planCodec.clear(localStorage);
      history.replaceState(null, '', location.pathname + location.search);
      this.cleared = true;
      this.setState({
        form: createInitialState(todayIn(new Date())),
        checked: new Set(),
        summary: [],
        notices: [],
        step: 'who',
        status: ui.cleared,
        pendingFocus: 'agreement-step-heading',
      });
    };

    const m = state.money;
    const missingCount = build.document.clauses.reduce(
      (n, c) =>
        n +
        c.blocks.reduce(
          (k, b) =>
            k + (b.kind === 'paragraph' ? b.segments : b.items.flat()).filter((s) => s.kind === 'missing').length,
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
              ref={this.summaryRef}
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
                        this.setState({ step: findStepOf(e.field), pendingFocus: e.field });
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
            <h2 id="agreement-step-heading" tabIndex={-1}>
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
                      <a href={`/tools/payment-plan/#${planCodec.encode(m.calculatorPlan)}`}>{ui.changePlan}</a>
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
            <Checkbox
              id="show-notes"
              label={ui.showNotes}
              checked={showNotes}
              disabled={off}
              onChange={(on) => this.setState({ showNotes: on })}
            />
          </div>
          <Preview doc={build.document} showNotes={showNotes} />
        </div>
      </div>
    );
  }
}

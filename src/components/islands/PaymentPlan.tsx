import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayIn } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import type { PaymentMethod } from '../../lib/facts/schema';
import { planCodec } from '../../lib/plan/codecs';
import { planSuggestionCodec } from '../../lib/plan/codecs';
import type { Plan } from '../../lib/plan/schema';
import { computeFromForm, type PlanResult } from '../../lib/plan/form-read';
import { computeRouteFees, guessRegion } from '../../lib/plan/fees';
import { describePayments, describePaymentTerms } from '../../lib/plan/describe';
import { summarisePlan } from '../../lib/plan/summary';
import {
  applyPreset,
  applySuggestion,
  createEmptyForm,
  describeSuggestion,
  fieldId,
  formFromPlan,
  type MilestoneForm,
  type PlanForm,
} from '../../lib/plan/form';
import type { PlanText } from './payment-plan/text';
import { Field, Radios, TextField } from './payment-plan/Field';
import { LazyDetails } from './payment-plan/LazyDetails';
import { RiskChart, RiskTable, ScheduleTable } from './payment-plan/ScheduleView';
import type { FirstRoute } from './payment-plan/FeesPanel';
import type { StayProps } from './payment-plan/StayOrLeave';

interface Props {
  methods: PaymentMethod[];
  /** Fixed wording from the server (payment-plan/text.ts), so it reaches the page as HTML, not as code. */
  text: PlanText;
  stay: StayProps;
  /** Currency codes and names, from the server so their names are not shipped as code. */
  currencies: { code: string; name: string }[];
  /** Server-rendered explanations of the sections the reader opens on purpose (Astro named slots). */
  feesIntro?: ComponentChildren;
  lateIntro?: ComponentChildren;
  stayIntro?: ComponentChildren;
}

export default function PaymentPlan(props: Props) {
  const [ready, setReady] = useState(false);
  const [form, setForm] = useState<PlanForm>(() => createEmptyForm(''));
  const [submitted, setSubmitted] = useState(false);
  const [showSummary, setShowSummary] = useState(false);
  const [notice, setNotice] = useState('');
  const [last, setLast] = useState<PlanResult | null>(null);
  const [route, setRoute] = useState<FirstRoute | null>(null);
  const [copied, setCopied] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const t = props.text;
  const allRoutes = props.methods.map((m) => m.id);

  useEffect(() => {
    const empty = { ...createEmptyForm(todayIn(new Date())), routes: allRoutes };
    const fromLink = planCodec.decode(location.hash);
    const suggestion = planSuggestionCodec.decode(location.hash);
    let next = empty;
    let message = '';
    let restored = fromLink.status === 'ok';
    if (fromLink.status === 'ok') next = formFromPlan(fromLink.value);
    else if (suggestion.status === 'ok') {
      next = applySuggestion(empty, suggestion.value);
      message = describeSuggestion(suggestion.value);
    } else {
      const stored = planCodec.load(localStorage);
      if (stored.status === 'ok') {
        next = formFromPlan(stored.value);
        restored = true;
      } else if (stored.status === 'rejected') message = stored.notice;
    }
    if (fromLink.status === 'rejected') message = fromLink.notice;
    if (suggestion.status === 'rejected') message = suggestion.notice;
    setForm(next);
    setNotice(message);
    setSubmitted(restored);
    setReady(true);
  }, []);

  const { result, errors } = useMemo(
    () => (ready ? computeFromForm(form) : { result: undefined, errors: [] }),
    [form, ready],
  );

  useEffect(() => {
    if (!result) return;
    setLast(result);
    planCodec.save(localStorage, result.plan);
    history.replaceState(null, '', `#${planCodec.encode(result.plan)}`);
  }, [result]);

  useEffect(() => {
    if (showSummary) summaryRef.current?.focus();
  }, [showSummary]);

  const shownErrors = submitted ? errors : [];
  const errorAt = (id: string) =>
    shownErrors
      .filter((e) => fieldId(e.field) === id)
      .map((e) => e.message)
      .join('. ') || undefined;
  const stale = Boolean(last) && !result;
  const shown = result ?? last;

  const set = (patch: Partial<PlanForm>) => setForm((f) => ({ ...f, ...patch }));
  const setMilestone = (i: number, patch: Partial<MilestoneForm>) =>
    setForm((f) => ({ ...f, milestones: f.milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)) }));

  function onSubmit(e: Event) {
    e.preventDefault();
    setSubmitted(true);
    setShowSummary(false);
    if (errors.length > 0) setTimeout(() => setShowSummary(true), 0);
  }

  function startAgain() {
    planCodec.clear(localStorage);
    history.replaceState(null, '', location.pathname + location.search);
    setForm({ ...createEmptyForm(todayIn(new Date())), routes: allRoutes });
    setLast(null);
    setSubmitted(false);
    setShowSummary(false);
    setNotice('');
    document.getElementById('pp-currency')?.focus();
  }

  // The fee comparison reports the first route's takings with the reader's fee settings once it is open; until
  // then the sentence uses that route's fees at their defaults, as the comparison starts.
  const firstRoute = useMemo((): FirstRoute | null => {
    if (!shown) return null;
    if (route && route.schedule === shown.schedule) return route;
    const method = props.methods.find((m) => m.id === shown.plan.routes[0]);
    if (!method) return null;
    const f = computeRouteFees(method, shown.schedule, {
      date: shown.plan.startDate,
      region: guessRegion(shown.plan.currency),
      international: false,
      conversion: false,
      feePayer: shown.plan.feePayer,
      rates: {},
      inputs: {},
      switches: {},
    });
    if (f.noData) return null;
    return {
      schedule: shown.schedule,
      name: f.name,
      receivedMinor: f.freelancerReceivesMinor,
      incomplete: f.missing.length > 0 || f.notConverted.length > 0,
    };
  }, [shown, route]);
  const sentence = shown
    ? summarisePlan({
        schedule: shown.schedule,
        receivedMinor: firstRoute ? firstRoute.receivedMinor : shown.schedule.totalMinor,
        maxAtRiskMinor: shown.risk.maxAtRiskMinor,
        ...(firstRoute ? { routeName: firstRoute.name } : {}),
      }) + (firstRoute?.incomplete ? ' Some of its fees still need your figures.' : '')
    : '';
  const money = (n: number) => formatMoney(n, shown!.schedule.currency);

  async function exportFile(r: PlanResult, kind: 'csv' | 'ics') {
    const [ex, { saveFile }] = await Promise.all([import('../../lib/plan/exports'), import('./save-file')]);
    if (kind === 'csv') {
      saveFile('payment-plan.csv', new Blob([ex.scheduleToCsv(r.schedule)], { type: 'text/csv;charset=utf-8' }));
    } else {
      const ics = ex.scheduleToIcs(r.schedule, { now: new Date(), paymentTerms: r.plan.paymentTerms });
      saveFile('payment-plan.ics', new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    }
  }

  async function copyText(r: PlanResult) {
    const ex = await import('../../lib/plan/exports');
    const text = ex.scheduleToText(r.schedule, describePayments(r.schedule), [
      describePaymentTerms(r.plan.paymentTerms),
      sentence,
    ]);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t.copied);
    } catch {
      setCopied(t.copyFailed);
    }
  }

  const dis = !ready;
  const f = form;
  const currency = f.currency as Plan['currency'];
  return (
    <div class="pp" data-pagefind-ignore>
      {notice && (
        <div class="box box--warning" role="status">
          <p>{notice}</p>
        </div>
      )}
      <form noValidate onSubmit={onSubmit} aria-describedby="pp-form-hint">
        <p class="hint" id="pp-form-hint">
          {t.formHint}
        </p>
        {showSummary && shownErrors.length > 0 && (
          <div class="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="pp-error-title">
            <h2 id="pp-error-title">There is a problem</h2>
            <ul>
              {shownErrors.map((e, i) => (
                <li key={i}>
                  <a href={`#${fieldId(e.field)}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>Start from a common plan</legend>
          <p class="hint">{t.presetsHint}</p>
          <div class="pp-buttons">
            {t.presets.map(([id, label]) => (
              <button
                type="button"
                class="secondary"
                key={id}
                disabled={dis}
                onClick={() => setForm((x) => applyPreset(x, id))}
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
        <Field id="pp-currency" label="Currency" error={errorAt('pp-currency')}>
          {(d) => (
            <select
              id="pp-currency"
              value={f.currency}
              disabled={dis}
              aria-describedby={d}
              onChange={(e) => set({ currency: e.currentTarget.value })}
            >
              {props.currencies.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.code} – {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Radios
          name="pp-pricing"
          legend="How the work is priced"
          value={f.pricingKind}
          disabled={dis}
          options={[
            ['fixed', 'A fixed price'],
            ['hourly', 'By the hour'],
          ]}
          onChange={(v) => set({ pricingKind: v })}
        />
        {f.pricingKind === 'fixed' ? (
          <TextField
            id="pp-total"
            label={`Total price, in ${currency}`}
            hint={t.totalHint}
            value={f.total}
            disabled={dis}
            inputMode="decimal"
            width="pp-narrow"
            error={errorAt('pp-total')}
            onInput={(v) => set({ total: v })}
          />
        ) : (
          <div class="pp-row">
            <TextField
              id="pp-rate"
              label={`Hourly rate, in ${currency}`}
              value={f.rate}
              disabled={dis}
              inputMode="decimal"
              width="pp-narrow"
              error={errorAt('pp-rate')}
              onInput={(v) => set({ rate: v })}
            />
            <TextField
              id="pp-hours"
              label="Hours per week"
              hint={t.hoursHint}
              value={f.hours}
              disabled={dis}
              inputMode="decimal"
              width="pp-narrow"
              error={errorAt('pp-hours')}
              onInput={(v) => set({ hours: v })}
            />
            <TextField
              id="pp-weeks"
              label="Number of weeks"
              value={f.weeks}
              disabled={dis}
              inputMode="numeric"
              width="pp-narrow"
              error={errorAt('pp-weeks')}
              onInput={(v) => set({ weeks: v })}
            />
            <TextField
              id="pp-every"
              label="Invoice every … weeks"
              value={f.every}
              disabled={dis}
              inputMode="numeric"
              width="pp-narrow"
              error={errorAt('pp-every')}
              onInput={(v) => set({ every: v })}
            />
          </div>
        )}
        <TextField
          id="pp-start"
          label="Start date"
          hint={t.startHint}
          value={f.startDate}
          disabled={dis}
          width="pp-narrow"
          error={errorAt('pp-start')}
          onInput={(v) => set({ startDate: v })}
        />
        <fieldset>
          <legend>Deposit</legend>
          <Radios
            name="pp-deposit-kind"
            legend="Deposit type"
            value={f.depositKind}
            disabled={dis}
            options={[
              ['none', 'No deposit'],
              ['percent', 'A share of the total (%)'],
              ['amount', `An amount in ${currency}`],
            ]}
            onChange={(v) => set({ depositKind: v })}
          />
          {f.depositKind !== 'none' && (
            <TextField
              id="pp-deposit"
              label={f.depositKind === 'percent' ? 'Deposit, in % of the total' : `Deposit, in ${currency}`}
              value={f.deposit}
              disabled={dis}
              inputMode="decimal"
              width="pp-narrow"
              error={errorAt('pp-deposit')}
              onInput={(v) => set({ deposit: v })}
            />
          )}
        </fieldset>
        {f.pricingKind === 'fixed' ? (
          <fieldset>
            <legend>Milestones</legend>
            <p class="hint">{t.milestonesHint}</p>
            {f.milestones.map((m, i) => (
              <div class="pp-milestone" key={i} role="group" aria-labelledby={`pp-m${i}-title`}>
                {/* A group label, not a heading: the form has no heading above it to nest under. */}
                <p id={`pp-m${i}-title`} class="pp-m-title">
                  Milestone {i + 1}
                </p>
                <TextField
                  id={`pp-m${i}-name`}
                  label="What is delivered"
                  value={m.name}
                  disabled={dis}
                  error={errorAt(`pp-m${i}-name`)}
                  onInput={(v) => setMilestone(i, { name: v })}
                />
                <div class="pp-row">
                  <Field id={`pp-m${i}-share-kind`} label="Share as">
                    {() => (
                      <select
                        id={`pp-m${i}-share-kind`}
                        value={m.shareKind}
                        disabled={dis}
                        onChange={(e) =>
                          setMilestone(i, { shareKind: e.currentTarget.value as MilestoneForm['shareKind'] })
                        }
                      >
                        <option value="percent">% of the total</option>
                        <option value="amount">Amount in {currency}</option>
                      </select>
                    )}
                  </Field>
                  <TextField
                    id={`pp-m${i}-share`}
                    label={m.shareKind === 'percent' ? 'Share (%)' : `Amount (${currency})`}
                    value={m.share}
                    disabled={dis}
                    inputMode="decimal"
                    width="pp-narrow"
                    error={errorAt(`pp-m${i}-share`)}
                    onInput={(v) => setMilestone(i, { share: v })}
                  />
                  <Field id={`pp-m${i}-due-kind`} label="Delivered">
                    {() => (
                      <select
                        id={`pp-m${i}-due-kind`}
                        value={m.dueKind}
                        disabled={dis}
                        onChange={(e) =>
                          setMilestone(i, { dueKind: e.currentTarget.value as MilestoneForm['dueKind'] })
                        }
                      >
                        <option value="days-after-start">Days after the start</option>
                        <option value="date">On a date</option>
                      </select>
                    )}
                  </Field>
                  <TextField
                    id={`pp-m${i}-due`}
                    label={m.dueKind === 'date' ? 'Date (year-month-day)' : 'Days after the start'}
                    value={m.due}
                    disabled={dis}
                    inputMode={m.dueKind === 'date' ? 'text' : 'numeric'}
                    width="pp-narrow"
                    error={errorAt(`pp-m${i}-due`)}
                    onInput={(v) => setMilestone(i, { due: v })}
                  />
                </div>
                <button
                  type="button"
                  class="secondary"
                  disabled={dis || f.milestones.length < 2}
                  onClick={() => setForm((x) => ({ ...x, milestones: x.milestones.filter((_, j) => j !== i) }))}
                >
                  Remove milestone {i + 1}
                </button>
              </div>
            ))}
            <button
              type="button"
              class="secondary"
              disabled={dis}
              onClick={() =>
                setForm((x) => ({
                  ...x,
                  milestones: [
                    ...x.milestones,
                    {
                      name: `Milestone ${x.milestones.length + 1}`,
                      shareKind: 'percent',
                      share: '',
                      dueKind: 'days-after-start',
                      due: String((x.milestones.length + 1) * 14),
                    },
                  ],
                }))
              }
            >
              Add a milestone
            </button>
          </fieldset>
        ) : (
          <p class="hint">{t.hourlyHint}</p>
        )}
        <Radios
          name="pp-terms"
          legend="When an invoice is due"
          value={f.termsKind}
          disabled={dis}
          options={[
            ['on-delivery', 'On delivery'],
            ['net', 'A number of days after delivery'],
          ]}
          onChange={(v) => set({ termsKind: v })}
        />
        {f.termsKind === 'net' && (
          <>
            <div class="pp-buttons" role="group" aria-label="Common terms">
              {['7', '14', '30'].map((d) => (
                <button
                  type="button"
                  class="secondary"
                  key={d}
                  disabled={dis}
                  aria-pressed={f.netDays === d}
                  onClick={() => set({ netDays: d })}
                >
                  Net {d}
                </button>
              ))}
            </div>
            <TextField
              id="pp-net"
              label="Days after delivery"
              value={f.netDays}
              disabled={dis}
              inputMode="numeric"
              width="pp-narrow"
              error={errorAt('pp-net')}
              onInput={(v) => set({ netDays: v })}
            />
          </>
        )}
        <fieldset>
          <legend>Payment routes to compare</legend>
          <p class="hint">{t.routesHint}</p>
          {props.methods.map((m) => (
            <div class="pp-choice" key={m.id}>
              <input
                type="checkbox"
                id={`pp-route-${m.id}`}
                disabled={dis}
                checked={f.routes.includes(m.id)}
                onChange={(e) =>
                  set({
                    routes: e.currentTarget.checked
                      ? allRoutes.filter((r) => r === m.id || f.routes.includes(r))
                      : f.routes.filter((r) => r !== m.id),
                  })
                }
              />
              <label for={`pp-route-${m.id}`}>{m.name}</label>
            </div>
          ))}
        </fieldset>
        <Radios
          name="pp-payer"
          legend="Who pays the route's fees"
          value={f.feePayer}
          disabled={dis}
          options={t.feePayers}
          onChange={(v) => set({ feePayer: v })}
        />
        <fieldset>
          <legend>Late-payment terms</legend>
          <Radios
            name="pp-late"
            legend="Which terms"
            value={f.lateKind}
            disabled={dis}
            hint={t.lateHint}
            options={t.lateOptions}
            onChange={(v) => set({ lateKind: v })}
          />
          {f.lateKind === 'contract' && (
            <div class="pp-row">
              <TextField
                id="pp-late-rate"
                label="Interest rate, in %"
                value={f.lateRate}
                disabled={dis}
                inputMode="decimal"
                width="pp-narrow"
                error={errorAt('pp-late-rate')}
                onInput={(v) => set({ lateRate: v })}
              />
              <Field id="pp-late-per" label="Per">
                {() => (
                  <select
                    id="pp-late-per"
                    value={f.latePer}
                    disabled={dis}
                    onChange={(e) => set({ latePer: e.currentTarget.value as PlanForm['latePer'] })}
                  >
                    <option value="month">Month</option>
                    <option value="year">Year</option>
                  </select>
                )}
              </Field>
              <TextField
                id="pp-grace"
                label="Grace days"
                value={f.graceDays}
                disabled={dis}
                inputMode="numeric"
                width="pp-narrow"
                error={errorAt('pp-grace')}
                onInput={(v) => set({ graceDays: v })}
              />
              <TextField
                id="pp-cap"
                label="Cap, in % of the payment (optional)"
                value={f.cap}
                disabled={dis}
                inputMode="decimal"
                width="pp-narrow"
                error={errorAt('pp-cap')}
                onInput={(v) => set({ cap: v })}
              />
            </div>
          )}
          {(f.lateKind === 'uk-statutory' || f.lateKind === 'eu-statutory') && (
            <div class="pp-row">
              <TextField
                id="pp-ref"
                label={f.lateKind === 'uk-statutory' ? 'Bank of England base rate, in %' : 'ECB reference rate, in %'}
                hint={t.refHint}
                value={f.referenceRate}
                disabled={dis}
                inputMode="decimal"
                width="pp-narrow"
                error={errorAt('pp-ref')}
                onInput={(v) => set({ referenceRate: v })}
              />
              <TextField
                id="pp-ref-date"
                label="Date you read that rate (year-month-day)"
                value={f.referenceAsOf}
                disabled={dis}
                width="pp-narrow"
                error={errorAt('pp-ref-date')}
                onInput={(v) => set({ referenceAsOf: v })}
              />
            </div>
          )}
        </fieldset>
        <div class="pp-buttons">
          <button type="submit" class="button" disabled={dis}>
            Show the plan
          </button>
          <button type="button" class="secondary" disabled={dis} onClick={startAgain}>
            Start again
          </button>
        </div>
      </form>
      <div role="status" class="pp-status" data-testid="pp-status">
        {submitted || shown
          ? (stale
              ? `The results below are out of date: ${errors.length === 1 ? 'fix the problem' : `fix the ${errors.length} problems`} in the form. `
              : '') + (shown && !stale ? sentence : '')
          : ''}
      </div>
      {shown && (
        <section class={stale ? 'pp-results pp-results--stale' : 'pp-results'} aria-labelledby="pp-results-title">
          <h2 id="pp-results-title">Your payment plan{stale ? ' (out of date)' : ''}</h2>
          {stale && <p class="box box--warning">{t.staleNote}</p>}
          <ScheduleTable
            schedule={shown.schedule}
            termsSentence={describePaymentTerms(shown.plan.paymentTerms)}
            oddCentRule={t.oddCentRule}
          />
          <h3>The plan in words</h3>
          <ul>
            {describePayments(shown.schedule).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <div class="pp-buttons no-print">
            <button type="button" class="secondary" onClick={() => exportFile(shown, 'csv')}>
              Download CSV
            </button>
            <button type="button" class="secondary" onClick={() => exportFile(shown, 'ics')}>
              Add to calendar (.ics)
            </button>
            <button type="button" class="secondary" onClick={() => copyText(shown)}>
              Copy as text
            </button>
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print
            </button>
            <a class="button" href={`/tools/agreement/#${planCodec.encode(shown.plan)}`}>
              Use this plan in an agreement
            </a>
          </div>
          <p role="status" class="hint">
            {copied}
          </p>
          <h2>Amount at risk</h2>
          <p>
            At most <strong>{money(shown.risk.maxAtRiskMinor)}</strong> of delivered work is unpaid at one time
            {shown.risk.maxClientExposureMinor > 0
              ? `; the client has paid up to ${money(shown.risk.maxClientExposureMinor)} ahead of the work`
              : ''}
            .
          </p>
          <RiskChart schedule={shown.schedule} risk={shown.risk} />
          <RiskTable schedule={shown.schedule} risk={shown.risk} />
        </section>
      )}
      <LazyDetails
        id="pp-fees"
        summary="What each payment route costs"
        intro={props.feesIntro}
        load={() => import('./payment-plan/FeesPanel')}
        render={(mod) =>
          shown ? (
            <mod.FeesPanel
              methods={props.methods}
              plan={shown.plan}
              schedule={shown.schedule}
              onFirstRoute={setRoute}
            />
          ) : (
            <p>{t.feesEmpty}</p>
          )
        }
      />
      <LazyDetails
        id="pp-late"
        summary="What a late payment earns you"
        intro={props.lateIntro}
        load={() => import('./payment-plan/LateView')}
        render={(mod) =>
          shown ? <mod.LateView schedule={shown.schedule} late={shown.plan.late} /> : <p>{t.lateEmpty}</p>
        }
      />
      <LazyDetails
        id="pp-stay"
        summary="Stay on the platform or pay the Conversion Fee?"
        intro={props.stayIntro}
        load={() => import('./payment-plan/StayOrLeave')}
        render={(mod) => <mod.StayOrLeave {...props.stay} />}
      />
    </div>
  );
}

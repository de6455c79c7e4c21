/**
 * The payment-plan calculator: the plan form (described in src/lib/plan/form.ts and drawn by the form kit), the
 * result as one live sentence and a schedule, and the sections the reader opens on purpose. Every rule is in
 * src/lib/plan; this island keeps the state and shows it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayIn } from '../../lib/dates';
import type { PaymentMethod } from '../../lib/facts/schema';
import { isCurrencyCode } from '../../lib/money';
import { planCodec } from '../../lib/plan/codecs';
import { computeRouteFees, guessRegion, type MinorRange } from '../../lib/plan/fees';
import {
  applyPreset,
  computeFromForm,
  planFormSpec,
  PRESETS,
  type PlanResult,
  type PresetId,
} from '../../lib/plan/form';
import { createEmptyForm, type PlanFormValues } from '../../lib/plan/form-values';
import { openPlan } from '../../lib/plan/restore';
import { summarisePlan } from '../../lib/plan/summary';
import { PLAN_WORDS as W } from '../../lib/plan/words';
import { ErrorSummary } from './form/ErrorSummary';
import { SpecFields } from './form/SpecFields';
import { StartAgain } from './form/StartAgain';
import { loadPaymentMethods } from './payment-plan/fee-data';
import { LazyDetails } from './payment-plan/LazyDetails';
import { Results } from './payment-plan/Results';
import type { FirstRoute } from './payment-plan/FeesPanel';
import type { StayProps } from './payment-plan/StayOrLeave';

interface Props {
  /** The routes to compare, by id and name; their fees are fetched when there is a plan to price. */
  routes: { id: string; name: string }[];
  stay: StayProps;
  /** Server-rendered explanations of the sections the reader opens on purpose (Astro named slots). */
  feesIntro?: ComponentChildren;
  lateIntro?: ComponentChildren;
  stayIntro?: ComponentChildren;
}

/** What the first route costs at its default settings, until the reader opens the fee comparison. */
function defaultFirstRoute(methods: readonly PaymentMethod[], shown: PlanResult): FirstRoute | null {
  const method = methods.find((m) => m.id === shown.plan.routes[0]);
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
  return f.noData ? null : { schedule: shown.schedule, name: f.name, receives: f.freelancerReceives };
}

export default function PaymentPlan(props: Props) {
  const routes = props.routes.map((m) => m.id);
  const spec = useMemo(() => planFormSpec({ prefix: 'pp', routes: props.routes }), []);
  const [methods, setMethods] = useState<PaymentMethod[] | null>(null);
  const [ready, setReady] = useState(false);
  const [values, setValues] = useState<PlanFormValues>(() => createEmptyForm('2000-01-01', routes));
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState('');
  const [last, setLast] = useState<PlanResult | null>(null);
  const [route, setRoute] = useState<FirstRoute | null>(null);
  const cleared = useRef<PlanFormValues | null>(null);

  useEffect(() => {
    const opened = openPlan(location.hash, localStorage, todayIn(new Date()), routes);
    setValues(opened.values);
    setNotice(opened.notice);
    if (opened.from === 'link' || opened.from === 'browser') setAttempt(1);
    setReady(true);
  }, []);

  const { result, errors } = useMemo(
    () => (ready ? computeFromForm(spec, values) : { result: undefined, errors: [] }),
    [values, ready],
  );

  useEffect(() => {
    if (!result) return;
    setLast(result);
    planCodec.save(localStorage, result.plan);
    history.replaceState(null, '', `#${planCodec.encode(result.plan)}`);
  }, [result]);

  const shown = result ?? last;
  const stale = Boolean(last) && !result;

  useEffect(() => {
    // The fee data arrives once there is a plan to price; until then the sentence states the plan alone.
    if (shown && !methods) loadPaymentMethods().then(setMethods, () => undefined);
  }, [shown]);

  const first =
    shown && route?.schedule === shown.schedule ? route : shown && methods ? defaultFirstRoute(methods, shown) : null;
  const sentence = shown
    ? summarisePlan({
        schedule: shown.schedule,
        maxAtRiskMinor: shown.risk.maxAtRiskMinor,
        ...(first ? { route: { name: first.name, receives: first.receives as MinorRange } } : {}),
      })
    : '';
  const shownErrors = attempt > 0 ? errors : [];
  const byId = new Map(shownErrors.map((e) => [e.field, e]));
  const readings = new Map(errors.filter((e) => e.readings).map((e) => [e.field, e]));
  const currency = isCurrencyCode(values.currency) ? values.currency : null;
  const off = !ready;

  function clear(): boolean {
    cleared.current = values;
    planCodec.clear(localStorage);
    history.replaceState(null, '', location.pathname + location.search);
    setValues(createEmptyForm(todayIn(new Date()), routes));
    setLast(null);
    setAttempt(0);
    setNotice('');
    return true;
  }

  const presets = (
    <fieldset class="choices">
      <legend>{W.presets}</legend>
      <p class="hint">{W.presetsHint}</p>
      <div class="button-row">
        {(Object.entries(PRESETS) as [PresetId, string][]).map(([id, label]) => (
          <button
            type="button"
            class="secondary"
            key={id}
            disabled={off}
            onClick={() => setValues((v) => applyPreset(v, id))}
          >
            {label}
          </button>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div class="pp tool" data-pagefind-ignore>
      {notice && (
        <div class="box box--warning" role="status">
          <p>{notice}</p>
        </div>
      )}
      <form
        noValidate
        aria-describedby="pp-form-hint"
        onSubmit={(e) => {
          e.preventDefault();
          setAttempt((n) => n + 1);
          if (errors.length === 0) document.getElementById('pp-results-title')?.focus();
        }}
      >
        <p class="hint" id="pp-form-hint">
          {W.privacy}
        </p>
        <ErrorSummary errors={shownErrors} attempt={attempt} />
        <SpecFields
          spec={spec}
          values={values}
          errors={byId}
          readings={readings}
          currency={currency}
          disabled={off}
          onChange={(v) => setValues(v as PlanFormValues)}
          onChooseMark={(mark) => setValues((v) => ({ ...v, decimalMark: mark }))}
          before={{ key: 'depositKind', content: presets }}
        />
        <div class="button-row">
          <button type="submit" disabled={off}>
            {W.submit}
          </button>
        </div>
      </form>
      <StartAgain
        what="plan"
        disabled={off}
        onClear={clear}
        onUndo={() => cleared.current && setValues(cleared.current)}
      />
      <div class="tool-summary" role="status" data-testid="pp-status">
        <p>
          {stale ? `${W.stale(errors.length)} ` : ''}
          {shown && !stale ? sentence : !shown ? W.empty : ''}
        </p>
        {shown && (
          <a href="#pp-results" class="tool-summary__link">
            {W.seePlan}
          </a>
        )}
      </div>
      {shown && <Results result={shown} stale={stale} sentence={sentence} />}
      <LazyDetails
        id="pp-fees"
        summary="What each payment route costs"
        intro={props.feesIntro}
        load={() => import('./payment-plan/FeesPanel')}
        render={(mod) =>
          shown && methods ? (
            <mod.FeesPanel methods={methods} plan={shown.plan} schedule={shown.schedule} onFirstRoute={setRoute} />
          ) : (
            <p>{shown ? W.feesLoading : W.feesEmpty}</p>
          )
        }
      />
      <LazyDetails
        id="pp-late"
        summary="What a late payment earns you"
        intro={props.lateIntro}
        load={() => import('./payment-plan/LateView')}
        render={(mod) =>
          shown ? <mod.LateView schedule={shown.schedule} late={shown.plan.late} /> : <p>{W.lateEmpty}</p>
        }
      />
      <LazyDetails
        id="pp-stay"
        summary="Stay on the platform or pay the Conversion Fee?"
        intro={props.stayIntro}
        load={() => import('./payment-plan/StayOrLeave')}
        render={(mod) => (
          <mod.StayOrLeave
            {...props.stay}
            methods={methods ?? []}
            plan={shown?.plan ?? null}
            payments={shown?.schedule.payments.length ?? 1}
            today={todayIn(new Date())}
          />
        )}
      />
    </div>
  );
}

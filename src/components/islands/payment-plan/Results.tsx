/**
 * Everything shown once the plan is valid, loaded with import() after the form works so the first load stays
 * within the island budget: schedule, exports, amount at risk, fees of each route, late payment, stay or leave.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatMoney } from '../../../lib/money';
import type { PaymentMethod } from '../../../lib/facts/schema';
import { planCodec } from '../../../lib/plan/handoff';
import type { Plan, Schedule } from '../../../lib/plan/schema';
import type { RiskProfile } from '../../../lib/plan/risk';
import { computeRouteFees, guessRegion, type FeeSettings } from '../../../lib/plan/fees';
import { describePayments, describePaymentTerms, summarisePlan } from '../../../lib/plan/describe';
import { RiskChart, RiskTable, ScheduleTable } from './ScheduleView';
import { FeesView, readFeeInputs, type FeeState } from './FeesView';
import { LateView } from './LateView';

export { StayOrLeave } from './StayOrLeave';

const PAYER_CAPTIONS: Record<Plan['feePayer'], string> = {
  freelancer: 'you pay the route fees',
  client: 'the client pays the route fees',
  split: 'the route fees are split half and half',
};

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Results(props: {
  methods: PaymentMethod[];
  plan: Plan;
  schedule: Schedule;
  risk: RiskProfile;
  onSentence: (sentence: string) => void;
}) {
  const { plan, schedule, risk } = props;
  const [fee, setFee] = useState<FeeState>(() => ({
    region: guessRegion(plan.currency),
    international: false,
    conversion: false,
    rates: {},
    inputs: {},
    switches: {},
  }));
  const [copied, setCopied] = useState('');

  const fees = useMemo(() => {
    const settings = (inputs: Record<string, number>): FeeSettings => ({
      date: plan.startDate,
      region: fee.region,
      international: fee.international,
      conversion: fee.conversion,
      feePayer: plan.feePayer,
      rates: fee.rates,
      inputs,
      switches: fee.switches,
    });
    return props.methods.map((m) => {
      const first = computeRouteFees(m, schedule, settings({}));
      return computeRouteFees(m, schedule, settings(readFeeInputs(first.lines, fee.inputs)));
    });
  }, [plan, schedule, fee]);

  const otherCurrencies = useMemo(() => {
    const codes = new Set<string>();
    for (const f of fees) {
      if (!plan.routes.includes(f.methodId)) continue;
      for (const l of f.lines) if (l.included && l.currency && l.currency !== schedule.currency) codes.add(l.currency);
    }
    return [...codes].sort();
  }, [fees]);

  const firstRoute = fees.find((f) => f.methodId === plan.routes[0] && !f.noData);
  const incomplete = firstRoute && (firstRoute.missing.length > 0 || firstRoute.notConverted.length > 0);
  const sentence =
    summarisePlan({
      schedule,
      receivedMinor: firstRoute ? firstRoute.freelancerReceivesMinor : schedule.totalMinor,
      maxAtRiskMinor: risk.maxAtRiskMinor,
      ...(firstRoute ? { routeName: firstRoute.name } : {}),
    }) + (incomplete ? ' Some of its fees still need your figures.' : '');
  useEffect(() => props.onSentence(sentence), [sentence]);

  async function exportFile(kind: 'csv' | 'ics') {
    const ex = await import('../../../lib/plan/exports');
    if (kind === 'csv') download('payment-plan.csv', 'text/csv;charset=utf-8', ex.scheduleToCsv(schedule));
    else
      download(
        'payment-plan.ics',
        'text/calendar;charset=utf-8',
        ex.scheduleToIcs(schedule, { now: new Date(), paymentTerms: plan.paymentTerms }),
      );
  }

  async function copyText() {
    const ex = await import('../../../lib/plan/exports');
    const text = ex.scheduleToText(schedule, describePayments(schedule), [
      describePaymentTerms(plan.paymentTerms),
      sentence,
    ]);
    try {
      await navigator.clipboard.writeText(text);
      setCopied('The plan was copied as text.');
    } catch {
      setCopied('Your browser did not allow copying. Select the schedule table and copy it instead.');
    }
  }

  const m = (n: number) => formatMoney(n, schedule.currency);
  return (
    <>
      <ScheduleTable schedule={schedule} termsSentence={describePaymentTerms(plan.paymentTerms)} />
      <h3>The plan in words</h3>
      <ul>
        {describePayments(schedule).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <div class="pp-buttons no-print">
        <button type="button" class="secondary" onClick={() => exportFile('csv')}>
          Download CSV
        </button>
        <button type="button" class="secondary" onClick={() => exportFile('ics')}>
          Add to calendar (.ics)
        </button>
        <button type="button" class="secondary" onClick={copyText}>
          Copy as text
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
        <a class="button" href={`/tools/agreement/#${planCodec.encode(plan)}`}>
          Use this plan in an agreement
        </a>
      </div>
      <p role="status" class="hint">
        {copied}
      </p>
      <h2>Amount at risk</h2>
      <p>
        At most <strong>{m(risk.maxAtRiskMinor)}</strong> of delivered work is unpaid at one time
        {risk.maxClientExposureMinor > 0
          ? `; the client has paid up to ${m(risk.maxClientExposureMinor)} ahead of the work`
          : ''}
        .
      </p>
      <RiskChart schedule={schedule} risk={risk} />
      <RiskTable schedule={schedule} risk={risk} />
      <h2>What each payment route costs</h2>
      <FeesView
        schedule={schedule}
        methods={props.methods}
        routes={plan.routes}
        fees={fees}
        state={fee}
        otherCurrencies={otherCurrencies}
        feePayerLabel={PAYER_CAPTIONS[plan.feePayer]}
        onChange={setFee}
      />
      <h2>Late payment</h2>
      <LateView schedule={schedule} late={plan.late} />
    </>
  );
}

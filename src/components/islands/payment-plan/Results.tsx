/** The plan's result: the schedule, the plan in words, its exports and the amount at risk. */
import { useState } from 'preact/hooks';
import { formatMoney } from '../../../lib/money';
import { planCodec } from '../../../lib/plan/codecs';
import { describePayments, describePaymentTerms } from '../../../lib/plan/describe';
import type { PlanResult } from '../../../lib/plan/form';
import { ODD_CENT_RULE } from '../../../lib/plan/schedule';
import { PLAN_WORDS as W } from '../../../lib/plan/words';
import { RiskChart, RiskTable, ScheduleTable } from './ScheduleView';

async function exportFile(r: PlanResult, kind: 'csv' | 'ics') {
  const [ex, { saveFile }] = await Promise.all([import('../../../lib/plan/exports'), import('../save-file')]);
  if (kind === 'csv') {
    saveFile('payment-plan.csv', new Blob([ex.scheduleToCsv(r.schedule)], { type: 'text/csv;charset=utf-8' }));
  } else {
    const ics = ex.scheduleToIcs(r.schedule, { now: new Date(), paymentTerms: r.plan.paymentTerms });
    saveFile('payment-plan.ics', new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  }
}

export function Results(props: { result: PlanResult; stale: boolean; sentence: string }) {
  const { result, stale } = props;
  const [copied, setCopied] = useState('');
  const money = (n: number) => formatMoney(n, result.schedule.currency);

  async function copyText() {
    const ex = await import('../../../lib/plan/exports');
    const text = ex.scheduleToText(result.schedule, describePayments(result.schedule), [
      describePaymentTerms(result.plan.paymentTerms),
      props.sentence,
    ]);
    try {
      await navigator.clipboard.writeText(text);
      setCopied(W.copied);
    } catch {
      setCopied(W.copyFailed);
    }
  }

  return (
    <section
      id="pp-results"
      class={stale ? 'pp-results pp-results--stale' : 'pp-results'}
      aria-labelledby="pp-results-title"
    >
      <h2 id="pp-results-title" tabIndex={-1}>
        Your payment plan{stale ? ' (out of date)' : ''}
      </h2>
      {stale && <p class="box box--warning">{W.staleNote}</p>}
      <ScheduleTable
        schedule={result.schedule}
        termsSentence={describePaymentTerms(result.plan.paymentTerms)}
        oddCentRule={ODD_CENT_RULE}
      />
      <h3>The plan in words</h3>
      <ul>
        {describePayments(result.schedule).map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <div class="button-row no-print">
        <a class="button" href={`/tools/agreement/#${planCodec.encode(result.plan)}`}>
          Use this plan in an agreement
        </a>
        <button type="button" class="secondary" onClick={() => void exportFile(result, 'csv')}>
          Download CSV
        </button>
        <button type="button" class="secondary" onClick={() => void exportFile(result, 'ics')}>
          Add to calendar (.ics)
        </button>
        <button type="button" class="secondary" onClick={() => void copyText()}>
          Copy as text
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" class="hint">
        {copied}
      </p>
      <h3>Amount at risk</h3>
      <p>
        At most <strong>{money(result.risk.maxAtRiskMinor)}</strong> of delivered work is unpaid at one time
        {result.risk.maxClientExposureMinor > 0
          ? `; the client has paid up to ${money(result.risk.maxClientExposureMinor)} ahead of the work`
          : ''}
        .
      </p>
      <RiskChart schedule={result.schedule} risk={result.risk} />
      <RiskTable schedule={result.schedule} risk={result.risk} />
    </section>
  );
}

import { formatMoney } from '../../../lib/money';
import { formatDate } from '../../../lib/dates';
import type { Schedule } from '../../../lib/plan/schema';
import type { RiskProfile } from '../../../lib/plan/risk';

export function ScheduleTable(props: { schedule: Schedule; termsSentence: string; oddCentRule: string }) {
  const { schedule } = props;
  const m = (n: number) => formatMoney(n, schedule.currency);
  return (
    <>
      <section class="table-wrap" tabIndex={0} aria-label="Payment schedule (scrolls sideways)">
        <table>
          <caption>When each payment is due</caption>
          <thead>
            <tr>
              <th scope="col">Payment</th>
              <th scope="col">Work delivered</th>
              <th scope="col">Due</th>
              <th scope="col">Amount</th>
              <th scope="col">Running total</th>
            </tr>
          </thead>
          <tbody>
            {schedule.payments.map((p) => (
              <tr key={p.index}>
                <th scope="row">
                  {p.index}. {p.name}
                </th>
                <td>{p.deliveryDate ? formatDate(p.deliveryDate) : 'Start date'}</td>
                <td>{formatDate(p.dueDate)}</td>
                <td class="num">{m(p.amountMinor)}</td>
                <td class="num">{m(p.cumulativeMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="hint">
        {props.termsSentence} {props.oddCentRule}
      </p>
    </>
  );
}

/**
 * Bars above the line: delivered work not yet paid. Bars below: money the client paid ahead of the work. The
 * table after it holds the same figures; the SVG is its picture.
 */
export function RiskChart(props: { schedule: Schedule; risk: RiskProfile }) {
  const { risk, schedule } = props;
  const m = (n: number) => formatMoney(n, schedule.currency);
  const n = risk.points.length;
  const peak = Math.max(1, risk.maxAtRiskMinor, risk.maxClientExposureMinor);
  const up = risk.maxAtRiskMinor > 0 ? 1 : 0;
  const down = risk.maxClientExposureMinor > 0 ? 1 : 0;
  const width = 600;
  const plot = 200;
  const height = plot + 20;
  const axis = up && down ? plot / 2 + 10 : up ? plot + 10 : 10;
  const scale = (up && down ? plot / 2 : plot) / peak;
  const bar = width / Math.max(1, n);
  return (
    <figure class="pp-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="pp-chart-title pp-chart-desc">
        <title id="pp-chart-title">Amount at risk at each point of the plan</title>
        <desc id="pp-chart-desc">
          {`Bars above the line show delivered work not yet paid, at most ${m(risk.maxAtRiskMinor)}. Bars below the line show money the client has paid ahead of the work, at most ${m(risk.maxClientExposureMinor)}. The table below lists every point.`}
        </desc>
        {risk.points.map((p, i) => {
          const h = p.atRiskMinor * scale;
          const e = p.clientExposureMinor * scale;
          return (
            <g key={i}>
              {h > 0 && (
                <rect class="pp-bar-risk" x={i * bar + 2} y={axis - h} width={Math.max(1, bar - 4)} height={h} />
              )}
              {e > 0 && (
                <rect class="pp-bar-exposure" x={i * bar + 2} y={axis} width={Math.max(1, bar - 4)} height={e} />
              )}
            </g>
          );
        })}
        <line class="pp-axis" x1="0" x2={width} y1={axis} y2={axis} />
      </svg>
      <figcaption class="hint">
        <span class="pp-key pp-key--risk" aria-hidden="true" /> Delivered work not yet paid{' '}
        <span class="pp-key pp-key--exposure" aria-hidden="true" /> Paid ahead of the work (the client's exposure).
        Payments are assumed to arrive on their due dates.
      </figcaption>
    </figure>
  );
}

export function RiskTable(props: { schedule: Schedule; risk: RiskProfile }) {
  const m = (n: number) => formatMoney(n, props.schedule.currency);
  return (
    <section class="table-wrap" tabIndex={0} aria-label="Amount at risk, point by point (scrolls sideways)">
      <table>
        <caption>Amount at risk, point by point</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">What happens</th>
            <th scope="col">Delivered</th>
            <th scope="col">Paid</th>
            <th scope="col">Unpaid work (your risk)</th>
            <th scope="col">Paid ahead (client's exposure)</th>
          </tr>
        </thead>
        <tbody>
          {props.risk.points.map((p, i) => (
            <tr key={i}>
              <td>{formatDate(p.date)}</td>
              <th scope="row">{p.event}</th>
              <td class="num">{m(p.deliveredMinor)}</td>
              <td class="num">{m(p.paidMinor)}</td>
              <td class="num">{m(p.atRiskMinor)}</td>
              <td class="num">{m(p.clientExposureMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

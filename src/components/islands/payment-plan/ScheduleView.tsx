import { formatMoney } from '../../../lib/money';
import { formatDate } from '../../../lib/dates';
import type { Schedule } from '../../../lib/plan/schema';
import type { RiskProfile } from '../../../lib/plan/risk';

/**
 * A table that becomes a stack of labelled rows on a narrow screen (tables.css): each cell carries its column's
 * name in data-label, so no column is ever off screen.
 */
function StackedTable(props: {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  numeric: readonly number[];
}) {
  return (
    <table class="stack">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th scope="row" key={i} data-label={props.columns[i]}>
                  {cell}
                </th>
              ) : (
                <td key={i} data-label={props.columns[i]} class={props.numeric.includes(i) ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScheduleTable(props: { schedule: Schedule; termsSentence: string; oddCentRule: string }) {
  const { schedule } = props;
  const m = (n: number) => formatMoney(n, schedule.currency);
  return (
    <>
      <StackedTable
        caption="When each payment is due"
        columns={['Payment', 'Work delivered', 'Due', 'Amount', 'Running total']}
        numeric={[3, 4]}
        rows={schedule.payments.map((p) => [
          `${p.index}. ${p.name}`,
          p.deliveryDate ? formatDate(p.deliveryDate) : 'Start date',
          formatDate(p.dueDate),
          m(p.amountMinor),
          m(p.cumulativeMinor),
        ])}
      />
      <p class="hint">
        {props.termsSentence} {props.oddCentRule}
      </p>
    </>
  );
}

/** "2 Mar" for an axis label; the year is in the table. */
function shortDate(iso: string): string {
  const [day = '', month = ''] = formatDate(iso).split(' ');
  return `${day} ${month.slice(0, 3)}`;
}

/**
 * The amount at risk over time, readable on its own: a labelled value axis, a date under each point, the amount
 * on each bar. Bars above the line are delivered work not yet paid; bars below, money the client paid ahead of the
 * work. The table after it holds the same figures.
 */
export function RiskChart(props: { schedule: Schedule; risk: RiskProfile }) {
  const { risk, schedule } = props;
  const m = (n: number) => formatMoney(n, schedule.currency);
  const short = (n: number) => formatMoney(n, schedule.currency, { withCode: false });
  const n = risk.points.length;
  const peak = Math.max(1, risk.maxAtRiskMinor, risk.maxClientExposureMinor);
  const up = risk.maxAtRiskMinor > 0;
  const down = risk.maxClientExposureMinor > 0;
  const left = 8;
  // Narrow, so the labels stay readable when a phone scales the chart down.
  const width = 400;
  const plot = 200;
  const top = 40;
  const axis = top + (up && down ? plot / 2 : up ? plot : 0);
  const scale = (up && down ? plot / 2 : plot) / peak;
  const bar = (width - left) / Math.max(1, n);
  // Every label when they fit; otherwise every k-th, always including the last.
  const every = Math.max(1, Math.ceil(n / 5));
  const labelled = (i: number) => i % every === 0 || i === n - 1;
  const height = top + plot + 44;
  return (
    <figure class="pp-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="pp-chart-title pp-chart-desc">
        <title id="pp-chart-title">Amount at risk at each point of the plan, in {schedule.currency}</title>
        <desc id="pp-chart-desc">
          {`Bars above the line show delivered work not yet paid, at most ${m(risk.maxAtRiskMinor)}. Bars below the line show money the client has paid ahead of the work, at most ${m(risk.maxClientExposureMinor)}. The table below lists every point.`}
        </desc>
        <text class="pp-chart__label" x={left} y={16}>
          {`Unpaid work, in ${schedule.currency} (most: ${short(risk.maxAtRiskMinor)})`}
        </text>
        {risk.points.map((p, i) => {
          const h = p.atRiskMinor * scale;
          const e = p.clientExposureMinor * scale;
          const x = left + i * bar;
          const mid = x + bar / 2;
          return (
            <g key={i}>
              {h > 0 && <rect class="pp-bar-risk" x={x + 2} y={axis - h} width={Math.max(1, bar - 4)} height={h} />}
              {e > 0 && <rect class="pp-bar-exposure" x={x + 2} y={axis} width={Math.max(1, bar - 4)} height={e} />}
              {labelled(i) && h > 0 && (
                <text class="pp-chart__value" x={mid} y={axis - h - 4} text-anchor="middle">
                  {short(p.atRiskMinor)}
                </text>
              )}
              {labelled(i) && (
                <text class="pp-chart__date" x={mid} y={top + plot + 30} text-anchor="middle">
                  {shortDate(p.date)}
                </text>
              )}
            </g>
          );
        })}
        <line class="pp-axis" x1={left} x2={width} y1={axis} y2={axis} />
      </svg>
      <figcaption class="hint">
        <span class="pp-key pp-key--risk" aria-hidden="true" /> Delivered work not yet paid{' '}
        <span class="pp-key pp-key--exposure" aria-hidden="true" /> Paid ahead of the work (the client's exposure).
        Dates along the bottom; payments are assumed to arrive on their due dates.
      </figcaption>
    </figure>
  );
}

export function RiskTable(props: { schedule: Schedule; risk: RiskProfile }) {
  const m = (n: number) => formatMoney(n, props.schedule.currency);
  return (
    <StackedTable
      caption="Amount at risk, point by point"
      columns={[
        'What happens',
        'Date',
        'Delivered',
        'Paid',
        'Unpaid work (your risk)',
        "Paid ahead (client's exposure)",
      ]}
      numeric={[2, 3, 4, 5]}
      rows={props.risk.points.map((p) => [
        p.event,
        formatDate(p.date),
        m(p.deliveredMinor),
        m(p.paidMinor),
        m(p.atRiskMinor),
        m(p.clientExposureMinor),
      ])}
    />
  );
}

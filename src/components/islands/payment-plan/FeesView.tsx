import { formatMoney, isCurrencyCode, parseAmount, type CurrencyCode } from '../../../lib/money';
import type { PaymentMethod } from '../../../lib/facts/schema';
import { FEE_REGIONS, type FeeLine, type FeeRegion, type RouteFees } from '../../../lib/plan/fees';
import { formatBasisPoints } from '../../../lib/percent';
import { parsePercent } from '../../../lib/plan/form-read';
import type { Schedule } from '../../../lib/plan/schema';
import { TextField } from './Field';

export interface FeeState {
  region: FeeRegion;
  international: boolean;
  conversion: boolean;
  rates: Record<string, string>;
  inputs: Record<string, string>;
  switches: Record<string, boolean>;
}

const CONFIDENCE: Record<string, string> = {
  high: 'verified',
  medium: 'primary source, undated or partial',
  low: 'unverified',
  'not-found': 'not found',
};

/** Reads the reader's typed figures into FeeSettings inputs: percentages as basis points, fixed parts as minor units. */
export function readFeeInputs(lines: FeeLine[], texts: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lines) {
    const t = texts[l.key];
    if (t === undefined || t.trim() === '') continue;
    if (l.kind === 'percent') {
      const r = parsePercent(t);
      if (r.ok) out[l.key] = r.bp;
    } else if (l.currency && isCurrencyCode(l.currency)) {
      const r = parseAmount(t, l.currency);
      if (r.ok) out[l.key] = r.minor;
    }
  }
  return out;
}

function figure(l: FeeLine): string {
  if (l.value === null) return l.range ? `range ${rangeText(l)}` : 'not known';
  return l.kind === 'percent'
    ? formatBasisPoints(l.value)
    : formatMoney(l.value, (l.currency ?? 'USD') as CurrencyCode);
}

function rangeText(l: FeeLine): string {
  if (!l.range) return '';
  const f = (v: number) =>
    l.kind === 'percent' ? formatBasisPoints(v) : formatMoney(v, (l.currency ?? 'USD') as CurrencyCode);
  return `${f(l.range.low)} to ${f(l.range.high)}`;
}

export function FeesView(props: {
  schedule: Schedule;
  methods: PaymentMethod[];
  routes: string[];
  fees: RouteFees[];
  state: FeeState;
  otherCurrencies: string[];
  feePayerLabel: string;
  onChange: (state: FeeState) => void;
}) {
  const { schedule, state, onChange } = props;
  const c = schedule.currency;
  const m = (n: number) => formatMoney(n, c);
  const shown = props.fees.filter((f) => props.routes.includes(f.methodId));
  return (
    <>
      <div class="pp-row">
        <div class="field">
          <label for="pp-region">Where your payment accounts are</label>
          <span class="hint" id="pp-region-hint">
            Fees differ by country. We have figures for these regions only.
          </span>
          <select
            id="pp-region"
            aria-describedby="pp-region-hint"
            value={state.region}
            onChange={(e) => onChange({ ...state, region: e.currentTarget.value as FeeRegion })}
          >
            {FEE_REGIONS.map((r) => (
              <option key={r} value={r}>
                {r === 'EEA' ? 'EEA (European Economic Area)' : r === 'UK' ? 'United Kingdom' : 'United States'}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="pp-radios">
          <legend>Extra charges that apply</legend>
          <div class="pp-choice">
            <input
              type="checkbox"
              id="pp-international"
              checked={state.international}
              onChange={(e) => onChange({ ...state, international: e.currentTarget.checked })}
            />
            <label for="pp-international">The client pays from another country</label>
          </div>
          <div class="pp-choice">
            <input
              type="checkbox"
              id="pp-conversion"
              checked={state.conversion}
              onChange={(e) => onChange({ ...state, conversion: e.currentTarget.checked })}
            />
            <label for="pp-conversion">The money is converted to another currency</label>
          </div>
        </fieldset>
      </div>
      {props.otherCurrencies.map((code) => (
        <TextField
          key={code}
          id={`pp-rate-${code}`}
          label={`Exchange rate: 1 ${code} = how many ${c}?`}
          hint={`Some fixed fees are set in ${code}. Without a rate they are listed as not converted and left out of the totals.`}
          value={state.rates[code] ?? ''}
          inputMode="decimal"
          width="pp-narrow"
          error={
            state.rates[code] && !/^\d{1,15}(\.\d{1,15})?$/.test(state.rates[code].trim())
              ? 'Enter a rate like 0.92'
              : undefined
          }
          onInput={(v) => onChange({ ...state, rates: { ...state.rates, [code]: v } })}
        />
      ))}
      <section class="table-wrap" tabIndex={0} aria-label="Route costs (scrolls sideways)">
        <table>
          <caption>What each route costs on this plan ({props.feePayerLabel})</caption>
          <thead>
            <tr>
              <th scope="col">Route</th>
              <th scope="col">Fees you pay</th>
              <th scope="col">You receive</th>
              <th scope="col">Client pays</th>
              <th scope="col">Not in these figures</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => (
              <tr key={f.methodId}>
                <th scope="row">{f.name}</th>
                <td class="num">
                  {f.noData ? '–' : m(f.freelancerFeesMinor)}
                  {!f.noData && (f.missing.length > 0 || f.notConverted.length > 0) ? ' (incomplete)' : ''}
                </td>
                <td class="num">{f.noData ? '–' : m(f.freelancerReceivesMinor)}</td>
                <td class="num">{f.noData ? '–' : m(f.clientPaysMinor)}</td>
                <td>
                  {[
                    f.noData ? `No fee figures for ${state.region} in our data` : '',
                    f.missing.length ? `Needs your figure: ${f.missing.join('; ')}` : '',
                    f.notConverted.length ? `Not converted: ${f.notConverted.join('; ')}` : '',
                  ]
                    .filter(Boolean)
                    .join('. ') || 'Nothing'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {shown.map((f) => (
        <details key={f.methodId} class="pp-route">
          <summary>
            {f.name}: each fee, its source and date{f.missing.length > 0 ? ' (needs your figures)' : ''}
          </summary>
          {f.lines.length === 0 && <p>No fee figures for this region in our data.</p>}
          <ul class="pp-lines">
            {f.lines.map((l) => (
              <li key={l.key}>
                <div class="pp-choice">
                  <input
                    type="checkbox"
                    id={`pp-sw-${l.key}`}
                    checked={l.included}
                    onChange={(e) =>
                      onChange({ ...state, switches: { ...state.switches, [l.key]: e.currentTarget.checked } })
                    }
                  />
                  <label for={`pp-sw-${l.key}`}>
                    {l.label}: {figure(l)}
                    {l.party === 'client' ? ' (charged to the client)' : ''}
                    {l.when === 'once-per-contract' ? ', once per contract' : l.kind === 'fixed' ? ', per payment' : ''}
                    {l.included && l.totalMinor !== null ? ` = ${m(l.totalMinor)} on this plan` : ''}
                  </label>{' '}
                  {l.unverified && <span class="badge badge--low">unverified</span>}
                </div>
                {l.needsInput && (
                  <TextField
                    id={`pp-in-${l.key}`}
                    label={`Your figure for ${l.label} (${l.kind === 'percent' ? '%' : (l.currency ?? '')})`}
                    hint={
                      l.range ? `Sources give ${rangeText(l)}.` : 'Our sources did not give a figure you can rely on.'
                    }
                    value={state.inputs[l.key] ?? ''}
                    inputMode="decimal"
                    width="pp-narrow"
                    onInput={(v) => onChange({ ...state, inputs: { ...state.inputs, [l.key]: v } })}
                  />
                )}
                <p class="meta">
                  {l.appliesTo ? `Applies to: ${l.appliesTo}. ` : ''}
                  {l.source ? (
                    <>
                      Source: <a href={l.source.url}>{l.source.title}</a> ({l.source.publisher}),{' '}
                    </>
                  ) : (
                    'No source found, '
                  )}
                  {l.sourceDate === 'undated' ? 'undated' : `dated ${l.sourceDate}`}, checked {l.checked};{' '}
                  {CONFIDENCE[l.confidence]}.{l.note ? ` ${l.note}` : ''}
                </p>
              </li>
            ))}
          </ul>
          {f.notIncluded.length > 0 && (
            <p class="hint">Charged only in some cases, not added above: {f.notIncluded.join('; ')}.</p>
          )}
        </details>
      ))}
    </>
  );
}

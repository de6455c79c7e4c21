/** One route's fees, each with its figure, its source and date, a switch, and an input where the figure is the reader's. */
import { formatMoney, type CurrencyCode } from '../../../lib/money';
import { describeSourcing } from '../../../lib/facts/describe';
import type { FeeLine, RouteFees } from '../../../lib/plan/fees';
import { formatBasisPoints } from '../../../lib/percent';
import { Checkbox } from '../form/Choices';
import { TextInput } from '../form/TextInput';
import type { FeeState } from './FeesPanel';

function figure(l: FeeLine, value: number): string {
  return l.kind === 'percent' ? formatBasisPoints(value) : formatMoney(value, (l.currency ?? 'USD') as CurrencyCode);
}

function rangeText(l: FeeLine): string {
  return l.range ? `${figure(l, l.range.low)} to ${figure(l, l.range.high)}` : '';
}

function describeLine(l: FeeLine, currency: CurrencyCode): string {
  const value =
    l.value === null
      ? l.range
        ? `from ${rangeText(l)}, your figure needed`
        : 'not known, your figure needed'
      : figure(l, l.value);
  const who = l.party === 'client' ? ' (charged to the client)' : '';
  const when = l.when === 'once-per-contract' ? ', once per contract' : l.kind === 'fixed' ? ', per payment' : '';
  const total = l.included && l.totalMinor !== null ? ` = ${formatMoney(l.totalMinor, currency)} on this plan` : '';
  return `${l.label}: ${value}${who}${when}${total}`;
}

export function RouteLines(props: {
  route: RouteFees;
  currency: CurrencyCode;
  state: FeeState;
  onChange: (s: FeeState) => void;
}) {
  const { route: f, state, onChange } = props;
  return (
    <details class="pp-route">
      <summary>
        {f.name}: each fee, its source and date{f.missing.length > 0 ? ' (needs your figures)' : ''}
      </summary>
      {f.noData && <p>No fee figures for this region in our data.</p>}
      <ul class="pp-lines">
        {f.lines.map((l) => (
          <li key={l.key}>
            <Checkbox
              id={`pp-sw-${l.key}`}
              label={describeLine(l, props.currency)}
              checked={l.included}
              onChange={(on) => onChange({ ...state, switches: { ...state.switches, [l.key]: on } })}
            />
            {l.unverified && <span class="badge badge--low">unverified</span>}
            {l.needsInput && (
              <TextInput
                id={`pp-in-${l.key}`}
                label={`Your figure for ${l.label} (${l.kind === 'percent' ? '%' : (l.currency ?? '')})`}
                hint={
                  l.range
                    ? `Sources give ${rangeText(l)}. Use the figure on your offer or invoice.`
                    : 'Our sources did not give a figure you can rely on.'
                }
                value={state.inputs[l.key] ?? ''}
                inputMode="decimal"
                narrow
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
              {describeSourcing(l)}.{l.note ? ` ${l.note}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {f.notIncluded.length > 0 && (
        <p class="hint">Charged only in some cases, not added above: {f.notIncluded.join('; ')}.</p>
      )}
    </details>
  );
}

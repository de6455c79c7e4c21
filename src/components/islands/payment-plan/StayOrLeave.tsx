import { useState } from 'preact/hooks';
import { formatMoney, parseAmount } from '../../../lib/money';
import { compareStayOrLeave, type ConversionFeeRule } from '../../../lib/plan/conversion-fee';
import { formatBasisPoints } from '../../../lib/percent';
import { parsePercent } from '../../../lib/plan/form-read';
import { TextField } from './Field';

export interface SourcedNote {
  confidence: string;
  sourceDate: string;
  checked: string;
  note?: string | undefined;
  source?: { title: string; url: string; publisher: string } | undefined;
}

export interface StayProps {
  rule: ConversionFeeRule;
  ruleSource: SourcedNote;
  minSource: SourcedNote;
  maxSource: SourcedNote;
  protections: { label: string; text: string }[];
}

function Sourced(props: { s: SourcedNote }) {
  const { s } = props;
  return (
    <span class="meta">
      {' '}
      ({s.source ? <a href={s.source.url}>{s.source.publisher}</a> : 'no source'},{' '}
      {s.sourceDate === 'undated' ? 'undated' : `dated ${s.sourceDate}`}, checked {s.checked}
      {s.confidence === 'high' ? '' : '; '}
      {s.confidence !== 'high' && <span class="badge badge--medium">{s.confidence} confidence</span>})
    </span>
  );
}

export function StayOrLeave(props: StayProps) {
  const [rate, setRate] = useState('');
  const [billings, setBillings] = useState('');
  const [platform, setPlatform] = useState('');
  const [route, setRoute] = useState('0');
  const { rule } = props;
  const usd = 'USD' as const;
  const r = parseAmount(rate, usd);
  const b = parseAmount(billings, usd);
  const p = parsePercent(platform, { max: 10_000 });
  const o = parsePercent(route, { max: 10_000 });
  const err = (text: string, ok: boolean, e: string) => (text.trim() !== '' && !ok ? e : undefined);
  const result =
    r.ok && b.ok && p.ok && o.ok && r.minor > 0
      ? compareStayOrLeave({
          rule,
          hourlyRateMinor: r.minor,
          expectedBillingsMinor: b.minor,
          platformFeeBasisPoints: p.bp,
          routeFeeBasisPoints: o.ok ? o.bp : 0,
        })
      : null;
  return (
    <>
      <p>
        Upwork's Conversion Fee is {formatBasisPoints(rule.rateBasisPoints)} × your highest hourly rate ×{' '}
        {rule.annualHours.toLocaleString('en-US')} hours
        <Sourced s={props.ruleSource} />, at least {formatMoney(rule.minimum.amountMinor, usd)}
        <Sourced s={props.minSource} /> and at most {formatMoney(rule.maximum.amountMinor, usd)}
        <Sourced s={props.maxSource} />.
      </p>
      <TextField
        id="pp-cf-rate"
        label="Your highest hourly rate with this client, in USD"
        hint="The highest of the rate you earned, the rate you proposed and your profile rate."
        value={rate}
        inputMode="decimal"
        width="pp-narrow"
        error={err(rate, r.ok && r.minor > 0, r.ok ? 'Enter a rate above zero' : r.error)}
        onInput={setRate}
      />
      <TextField
        id="pp-cf-billings"
        label="What you expect to bill this client over the 24 months, in USD"
        value={billings}
        inputMode="decimal"
        width="pp-narrow"
        error={err(billings, b.ok, b.ok ? '' : b.error)}
        onInput={setBillings}
      />
      <TextField
        id="pp-cf-platform"
        label="The platform's service fee on this contract, in %"
        hint="Unverified: secondary sources report a variable fee of 0% to 15% per contract since 2025. Use the figure on your offer."
        value={platform}
        inputMode="decimal"
        width="pp-narrow"
        error={err(platform, p.ok, p.ok ? '' : p.error)}
        onInput={setPlatform}
      />
      <TextField
        id="pp-cf-route"
        label="Fees of the route you would use instead, in % (0 if you do not know)"
        value={route}
        inputMode="decimal"
        width="pp-narrow"
        error={err(route, o.ok, o.ok ? '' : o.error)}
        onInput={setRoute}
      />
      {result && (
        <div class="box" data-testid="stay-or-leave">
          <p>
            Conversion Fee: {formatBasisPoints(rule.rateBasisPoints)} × {formatMoney(r.ok ? r.minor : 0, usd)} ×{' '}
            {rule.annualHours.toLocaleString('en-US')} = {formatMoney(result.conversion.formulaMinor, usd)}
            {result.conversion.limitedBy
              ? `, raised or lowered to the ${result.conversion.limitedBy}: ${formatMoney(result.conversion.feeMinor, usd)}`
              : ''}
            . Platform fees on your expected billings: {formatMoney(result.stayCostMinor, usd)}.
          </p>
          <p>
            <strong>{result.sentence}</strong>
          </p>
        </div>
      )}
      <p>Leaving the platform gives up its protection, including:</p>
      <ul>
        {props.protections.map((x) => (
          <li key={x.label}>
            <strong>{x.label}.</strong> {x.text}
          </li>
        ))}
      </ul>
      <p>
        Read <a href="/guides/platform-protection/">what the platform's protection covers</a> and{' '}
        <a href="/guides/upwork-conversion-fee/">how the Conversion Fee works</a>. Paying outside Upwork within 24
        months of meeting there, without paying the fee, breaks its Terms.
      </p>
    </>
  );
}

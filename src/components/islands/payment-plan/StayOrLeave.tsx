/**
 * Stay or leave, in numbers: Upwork's Conversion Fee plus the fees of the route used instead, against the
 * platform's fees on the same billings; the break-even; and the protection given up. Every figure comes from the
 * data through props; the comparison is src/lib/plan/conversion-fee.ts.
 */
import { useState } from 'preact/hooks';
import type { PaymentMethod } from '../../../lib/facts/schema';
import { describeSourcing, type Sourcing } from '../../../lib/facts/describe';
import { readAmount, readPercent } from '../../../lib/form/read';
import { formatMinorAsInput, formatMoney } from '../../../lib/money';
import { formatCount } from '../../../lib/numbers';
import { compareStayOrLeave, routeFeesOnBillings, type ConversionFeeRule } from '../../../lib/plan/conversion-fee';
import { describeRange } from '../../../lib/plan/fees';
import { formatBasisPoints } from '../../../lib/percent';
import type { Plan } from '../../../lib/plan/schema';
import { Select } from '../form/Choices';
import { TextInput } from '../form/TextInput';

export interface SourcedNote extends Sourcing {
  source?: { title: string; url: string; publisher: string } | undefined;
}

export interface StayProps {
  rule: ConversionFeeRule;
  sourcing: { rule: SourcedNote; minimum: SourcedNote; maximum: SourcedNote; long: SourcedNote };
  /** Who pays the Conversion Fee, in the data's words. */
  payer: string;
  /** The token fee that stays due once the relationship is old enough ($1 after 24 months). */
  longRelationship: { feeMinor: number; afterMonths: number };
  /** Months after first meeting during which every payment must go through the platform. */
  ruleMonths: number;
  /** Upwork's service fee as the data gives it: a range, unverified. */
  platformFee: { lowBasisPoints: number; highBasisPoints: number; sourcing: SourcedNote } | null;
  protections: {
    label: string;
    text: string;
    source?: { title: string; url: string; publisher: string } | undefined;
  }[];
}

function Sourced(props: { s: SourcedNote }) {
  const { s } = props;
  return (
    <span class="meta">
      {' '}
      ({s.source ? <a href={s.source.url}>{s.source.publisher}</a> : 'no source'}, {describeSourcing(s)})
    </span>
  );
}

export function StayOrLeave(
  props: StayProps & { methods: PaymentMethod[]; plan: Plan | null; payments: number; today: string },
) {
  const { rule, plan } = props;
  const usd = 'USD' as const;
  const routes = props.methods.filter((m) => m.kind !== 'platform');
  const planBillings =
    plan?.currency === usd && plan.pricing.kind === 'fixed' ? formatMinorAsInput(plan.pricing.totalMinor, usd) : '';
  const [rate, setRate] = useState('');
  const [billings, setBillings] = useState(planBillings);
  const [platform, setPlatform] = useState('');
  const [routeId, setRouteId] = useState(routes[0]?.id ?? '');
  const ctx = { currency: usd, decimalMark: '.' as const };
  const r = readAmount(rate, { what: 'your hourly rate', positive: true }, ctx);
  const b = readAmount(billings, { what: 'what you expect to bill' }, ctx);
  const p = readPercent(platform, { what: 'the service fee' });
  const shown = (text: string, read: { ok: boolean; error?: string }) =>
    text.trim() !== '' && !read.ok ? read.error : undefined;
  const method = routes.find((m) => m.id === routeId);
  const billed = b.ok ? Number(b.value) : 0;
  const result =
    r.ok && b.ok && p.ok && method
      ? compareStayOrLeave({
          rule,
          hourlyRateMinor: Number(r.value),
          expectedBillingsMinor: billed,
          platformFeeBasisPoints: Number(p.value),
          route: {
            name: method.name,
            fees: routeFeesOnBillings(method, billed, props.payments, plan?.startDate ?? props.today),
          },
        })
      : null;
  const money = (n: number) => formatMoney(n, usd);
  const long = props.longRelationship;
  const fee = props.platformFee;
  return (
    <>
      <p>
        Upwork's Conversion Fee is {formatBasisPoints(rule.rateBasisPoints)} × your highest hourly rate ×{' '}
        {formatCount(rule.annualHours)} hours
        <Sourced s={props.sourcing.rule} />, at least {money(rule.minimum.amountMinor)}
        <Sourced s={props.sourcing.minimum} /> and at most {money(rule.maximum.amountMinor)}
        <Sourced s={props.sourcing.maximum} />. {props.payer} After {long.afterMonths} months together on Upwork it is{' '}
        {money(long.feeMinor)}, and it is still due
        <Sourced s={props.sourcing.long} />.
      </p>
      <TextInput
        id="pp-cf-rate"
        label="Your highest hourly rate with this client, in USD"
        hint="The highest of the rate you earned, the rate you proposed and your profile rate."
        value={rate}
        inputMode="decimal"
        narrow
        error={shown(rate, r)}
        onInput={setRate}
      />
      <TextInput
        id="pp-cf-billings"
        label={`What you expect to bill this client in the rest of the ${props.ruleMonths} months, in USD`}
        hint={planBillings ? "Filled in with your plan's total; change it to all you expect to bill." : undefined}
        value={billings}
        inputMode="decimal"
        narrow
        error={shown(billings, b)}
        onInput={setBillings}
      />
      <TextInput
        id="pp-cf-platform"
        label="The platform's service fee on this contract, in %"
        hint={
          fee
            ? `Use the figure on your offer. Unverified sources report ${formatBasisPoints(fee.lowBasisPoints)} to ${formatBasisPoints(fee.highBasisPoints)} per contract (${describeSourcing(fee.sourcing)}).`
            : 'Use the figure on your offer.'
        }
        value={platform}
        inputMode="decimal"
        narrow
        error={shown(platform, p)}
        onInput={setPlatform}
      />
      <Select
        id="pp-cf-route"
        label="The route you would be paid through instead"
        hint="Its fees come from our data, on the same number of payments as your plan."
        value={routeId}
        options={routes.map((m) => ({ value: m.id, label: m.name }))}
        onChange={setRouteId}
      />
      {result ? (
        <div class="box" data-testid="stay-or-leave">
          <p>Conversion Fee: {result.working}</p>
          <table class="stack">
            <caption>Cost over {money(billed)} of billings</caption>
            <thead>
              <tr>
                <th scope="col">Choice</th>
                <th scope="col">What it costs you</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" data-label="Choice">
                  Stay on the platform
                </th>
                <td class="num" data-label="What it costs you">
                  {money(result.stayCostMinor)}
                </td>
              </tr>
              <tr>
                <th scope="row" data-label="Choice">
                  Pay the Conversion Fee and use {method?.name}
                </th>
                <td class="num" data-label="What it costs you">
                  {describeRange(result.leaveCost, usd)}
                </td>
              </tr>
            </tbody>
          </table>
          <p>
            <strong>{result.sentence}</strong>
          </p>
        </div>
      ) : (
        <p class="hint">Fill in the rate, the billings and the service fee to compare.</p>
      )}
      <h3>What leaving gives up</h3>
      <ul>
        {props.protections.map((x) => (
          <li key={x.label}>
            <strong>{x.label}.</strong> {x.text}
            {x.source && (
              <span class="meta">
                {' '}
                (<a href={x.source.url}>{x.source.title}</a>)
              </span>
            )}
          </li>
        ))}
      </ul>
      <p>
        Paying outside Upwork within {props.ruleMonths} months of meeting there, without paying the fee, breaks its
        Terms. Read <a href="/guides/platform-protection/">what the platform's protection covers</a> and{' '}
        <a href="/guides/upwork-conversion-fee/">how the Conversion Fee works</a>.
      </p>
    </>
  );
}

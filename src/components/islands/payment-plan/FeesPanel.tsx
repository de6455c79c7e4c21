/**
 * The fee comparison, loaded with import() when the reader opens its section: the reader's fee settings, a
 * summary table of every route, and each route's fees with their sources. It reports the first route's takings
 * back, so the one-sentence result can use the reader's settings.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PaymentMethod } from '../../../lib/facts/schema';
import { formatMoney, isCurrencyCode } from '../../../lib/money';
import { readAmount, readPercent } from '../../../lib/form/read';
import {
  computeRouteFees,
  describeRange,
  FEE_REGIONS,
  guessRegion,
  type FeeLine,
  type FeeRegion,
  type FeeSettings,
  type MinorRange,
} from '../../../lib/plan/fees';
import type { Plan, Schedule } from '../../../lib/plan/schema';
import { Checkbox, Select } from '../form/Choices';
import { TextInput } from '../form/TextInput';
import { RouteLines } from './RouteLines';

export interface FirstRoute {
  schedule: Schedule;
  name: string;
  receives: MinorRange;
}

export interface FeeState {
  region: FeeRegion;
  international: boolean;
  conversion: boolean;
  rates: Record<string, string>;
  inputs: Record<string, string>;
  switches: Record<string, boolean>;
}

const PAYER_CAPTIONS: Record<Plan['feePayer'], string> = {
  freelancer: 'you pay the route fees',
  client: 'the client pays the route fees',
  split: 'the route fees are split half and half',
};

const REGION_NAMES: Record<FeeRegion, string> = {
  US: 'United States',
  UK: 'United Kingdom',
  EEA: 'EEA (European Economic Area)',
};

/** Reads the reader's typed figures: percentages as basis points, fixed parts as minor units of their currency. */
export function readFeeInputs(lines: readonly FeeLine[], texts: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of lines) {
    const t = texts[l.key];
    if (t === undefined || t.trim() === '') continue;
    const r =
      l.kind === 'percent'
        ? readPercent(t, { what: 'the fee' })
        : readAmount(
            t,
            { what: 'the fee' },
            { currency: l.currency && isCurrencyCode(l.currency) ? l.currency : null },
          );
    if (r.ok && typeof r.value === 'number') out[l.key] = r.value;
  }
  return out;
}

export function FeesPanel(props: {
  methods: PaymentMethod[];
  plan: Plan;
  schedule: Schedule;
  onFirstRoute: (route: FirstRoute | null) => void;
}) {
  const { plan, schedule } = props;
  const [fee, setFee] = useState<FeeState>(() => ({
    region: guessRegion(plan.currency),
    international: false,
    conversion: false,
    rates: {},
    inputs: {},
    switches: {},
  }));

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
    return props.methods
      .filter((m) => plan.routes.includes(m.id))
      .map((m) =>
        computeRouteFees(
          m,
          schedule,
          settings(readFeeInputs(computeRouteFees(m, schedule, settings({})).lines, fee.inputs)),
        ),
      );
  }, [plan, schedule, fee]);

  const otherCurrencies = [
    ...new Set(
      fees.flatMap((f) =>
        f.lines
          .filter((l) => l.included && l.currency && l.currency !== schedule.currency)
          .map((l) => l.currency ?? ''),
      ),
    ),
  ].sort();

  useEffect(() => {
    const first = fees.find((f) => f.methodId === plan.routes[0] && !f.noData);
    props.onFirstRoute(first ? { schedule, name: first.name, receives: first.freelancerReceives } : null);
  }, [fees]);

  const c = schedule.currency;
  const range = (r: MinorRange) => describeRange(r, c);
  return (
    <>
      <div class="row">
        <Select
          id="pp-region"
          label="Where your payment accounts are"
          hint="Fees differ by country. We have figures for these regions only."
          value={fee.region}
          options={FEE_REGIONS.map((r) => ({ value: r, label: REGION_NAMES[r] }))}
          onChange={(v) => setFee({ ...fee, region: v as FeeRegion })}
        />
        <fieldset class="choices">
          <legend>Extra charges that apply</legend>
          <Checkbox
            id="pp-international"
            label="The client pays from another country"
            checked={fee.international}
            onChange={(on) => setFee({ ...fee, international: on })}
          />
          <Checkbox
            id="pp-conversion"
            label="The money is converted to another currency"
            checked={fee.conversion}
            onChange={(on) => setFee({ ...fee, conversion: on })}
          />
        </fieldset>
      </div>
      {otherCurrencies.map((code) => (
        <TextInput
          key={code}
          id={`pp-rate-${code}`}
          label={`Exchange rate: 1 ${code} = how many ${c}?`}
          hint={`Some fixed fees are set in ${code}. Without a rate they are listed as not converted and the totals stay open.`}
          value={fee.rates[code] ?? ''}
          inputMode="decimal"
          narrow
          error={
            fee.rates[code] && !/^\d{1,15}(\.\d{1,15})?$/.test(fee.rates[code].trim())
              ? 'Enter a rate like 0.92'
              : undefined
          }
          onInput={(v) => setFee({ ...fee, rates: { ...fee.rates, [code]: v } })}
        />
      ))}
      <table class="stack">
        <caption>What each route costs on this plan ({PAYER_CAPTIONS[plan.feePayer]})</caption>
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">Fees you pay</th>
            <th scope="col">You receive</th>
            <th scope="col">Client pays</th>
            <th scope="col">Still open</th>
          </tr>
        </thead>
        <tbody>
          {fees.map((f) => (
            <tr key={f.methodId}>
              <th scope="row" data-label="Route">
                {f.name} {f.unverified && <span class="badge badge--low">unverified figures</span>}
              </th>
              <td class="num" data-label="Fees you pay">
                {f.noData ? 'no figures' : range(f.freelancerFees)}
              </td>
              <td class="num" data-label="You receive">
                {f.noData ? 'no figures' : range(f.freelancerReceives)}
              </td>
              <td class="num" data-label="Client pays">
                {f.noData ? 'no figures' : range(f.clientPays)}
              </td>
              <td data-label="Still open">
                {[
                  f.noData ? `No fee figures for ${REGION_NAMES[fee.region]} in our data` : '',
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
      <p class="hint">
        A range comes from the sources when a fee is not fixed; type the figure on your offer or invoice below for an
        exact total. Totals are of {formatMoney(schedule.totalMinor, c)} in {schedule.payments.length}{' '}
        {schedule.payments.length === 1 ? 'payment' : 'payments'}.
      </p>
      {fees.map((f) => (
        <RouteLines key={f.methodId} route={f} currency={c} state={fee} onChange={setFee} />
      ))}
    </>
  );
}

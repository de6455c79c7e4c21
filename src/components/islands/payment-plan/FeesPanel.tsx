/**
 * The fee comparison, loaded with import() when the reader opens its section: it owns the fee settings and
 * reports the first route's takings back, so the one-sentence result can name the route once its fees are known.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PaymentMethod } from '../../../lib/facts/schema';
import type { Plan, Schedule } from '../../../lib/plan/schema';
import { computeRouteFees, guessRegion, type FeeSettings } from '../../../lib/plan/fees';
import { FeesView, readFeeInputs, type FeeState } from './FeesView';

export interface FirstRoute {
  schedule: Schedule;
  name: string;
  receivedMinor: number;
  incomplete: boolean;
}

const PAYER_CAPTIONS: Record<Plan['feePayer'], string> = {
  freelancer: 'you pay the route fees',
  client: 'the client pays the route fees',
  split: 'the route fees are split half and half',
};

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

  useEffect(() => {
    const first = fees.find((f) => f.methodId === plan.routes[0] && !f.noData);
    props.onFirstRoute(
      first
        ? {
            schedule,
            name: first.name,
            receivedMinor: first.freelancerReceivesMinor,
            incomplete: first.missing.length > 0 || first.notConverted.length > 0,
          }
        : null,
    );
  }, [fees]);

  return (
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
  );
}

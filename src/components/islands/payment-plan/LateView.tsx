import { useState } from 'preact/hooks';
import { formatMoney, type CurrencyCode } from '../../../lib/money';
import { computeLateCharge } from '../../../lib/plan/late';
import { describeLateTerms } from '../../../lib/plan/late-terms';
import { readWhole } from '../../../lib/form/read';
import type { LateTerms, Schedule } from '../../../lib/plan/schema';
import { Select } from '../form/Choices';
import { TextInput } from '../form/TextInput';

export function LateView(props: { schedule: Schedule; late: LateTerms }) {
  const { schedule, late } = props;
  const [index, setIndex] = useState(0);
  const [days, setDays] = useState('30');
  const [rate, setRate] = useState('');
  const payment = schedule.payments[Math.min(index, schedule.payments.length - 1)];
  const d = readWhole(days, { what: 'the days late', min: 0, max: 3650 });
  const needsRate =
    (late.kind === 'uk-statutory' && schedule.currency !== 'GBP') ||
    (late.kind === 'eu-statutory' && schedule.currency !== 'EUR');
  const target = late.kind === 'uk-statutory' ? 'GBP' : 'EUR';
  const rateOk = /^\d{1,15}(\.\d{1,15})?$/.test(rate.trim());
  const charge =
    payment && d.ok
      ? computeLateCharge({
          amountMinor: payment.amountMinor,
          currency: schedule.currency,
          daysLate: Number(d.value),
          late,
          ...(needsRate && rateOk ? { exchangeRate: rate.trim() } : {}),
        })
      : null;
  return (
    <>
      <p>
        <strong>The wording the agreement uses:</strong> {describeLateTerms(late, schedule.currency)}
      </p>
      {late.kind === 'none' ? (
        <p>Choose late-payment terms in the form above to work out what a late payment earns you.</p>
      ) : (
        <>
          <div class="row">
            <Select
              id="pp-late-payment"
              label="Which payment is late"
              value={String(index)}
              options={schedule.payments.map((p, i) => ({
                value: String(i),
                label: `${p.index}. ${p.name} (${formatMoney(p.amountMinor, schedule.currency)})`,
              }))}
              onChange={(v) => setIndex(Number(v))}
            />
            <TextInput
              id="pp-days-late"
              label="Days late"
              value={days}
              inputMode="numeric"
              narrow
              error={d.ok ? undefined : d.error}
              onInput={setDays}
            />
          </div>
          {needsRate && (
            <TextInput
              id="pp-late-fx"
              label={`Exchange rate: 1 ${schedule.currency} = how many ${target}? (optional)`}
              hint={`The fixed compensation is set in ${target}. Without a rate it is not converted.`}
              value={rate}
              inputMode="decimal"
              narrow
              error={rate.trim() !== '' && !rateOk ? 'Enter a rate like 0.79' : undefined}
              onInput={setRate}
            />
          )}
          {charge && (
            <div class="box" data-testid="late-result">
              <p>
                <strong>
                  Interest: {formatMoney(charge.interestMinor, schedule.currency)}.{' '}
                  {late.kind === 'contract'
                    ? ''
                    : charge.compensationMinor === null
                      ? `Compensation: not worked out without an exchange rate.`
                      : `Compensation: ${formatMoney(charge.compensationMinor, charge.compensationCurrency as CurrencyCode)}.`}
                </strong>
              </p>
              <ul>
                {charge.explanation.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </>
  );
}

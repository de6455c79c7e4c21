import { useState } from 'preact/hooks';
import { formatMoney, type CurrencyCode } from '../../../lib/money';
import { computeLateCharge } from '../../../lib/plan/late';
import { describeLateTerms } from '../../../lib/plan/late-terms';
import { parseWhole } from '../../../lib/plan/form-read';
import type { LateTerms, Schedule } from '../../../lib/plan/schema';
import { TextField } from './Field';

export function LateView(props: { schedule: Schedule; late: LateTerms }) {
  const { schedule, late } = props;
  const [index, setIndex] = useState(0);
  const [days, setDays] = useState('30');
  const [rate, setRate] = useState('');
  const payment = schedule.payments[Math.min(index, schedule.payments.length - 1)];
  const d = parseWhole(days, 0, 3650, 'the days late');
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
          daysLate: d.n,
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
          <div class="pp-row">
            <div class="field">
              <label for="pp-late-payment">Which payment is late</label>
              <select
                id="pp-late-payment"
                value={String(index)}
                onChange={(e) => setIndex(Number(e.currentTarget.value))}
              >
                {schedule.payments.map((p, i) => (
                  <option key={p.index} value={String(i)}>
                    {p.index}. {p.name} ({formatMoney(p.amountMinor, schedule.currency)})
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id="pp-days-late"
              label="Days late"
              value={days}
              inputMode="numeric"
              width="pp-narrow"
              error={d.ok ? undefined : d.error}
              onInput={setDays}
            />
          </div>
          {needsRate && (
            <TextField
              id="pp-late-fx"
              label={`Exchange rate: 1 ${schedule.currency} = how many ${target}? (optional)`}
              hint={`The fixed compensation is set in ${target}. Without a rate it is not converted.`}
              value={rate}
              inputMode="decimal"
              width="pp-narrow"
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

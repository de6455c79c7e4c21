/**
 * The payment plan's form, described once: its fields and words, its presets, and its reading into a Plan. The
 * calculator shows it whole; the agreement's payment step shows the same fields (without the routes to compare),
 * so a plan typed in either tool is the same plan.
 */
import { CURRENCIES, isCurrencyCode, type CurrencyCode } from '../money';
import { readForm, sortErrors, type FieldError } from '../form/read';
import { controlId, itemsOf, type Field, type FormSpec, type FormValues, type ListField } from '../form/spec';
import { PLAN_LIMITS, type Plan, type PlanError, type PlanSuggestion, type Schedule } from './schema';
import { buildSchedule } from './schedule';
import { computeRisk, type RiskProfile } from './risk';
import { formatPercentInput, milestone, type PlanFormValues } from './form-values';

const isFixed = (v: FormValues) => v['pricingKind'] !== 'hourly';
const isHourly = (v: FormValues) => v['pricingKind'] === 'hourly';
const isStatutory = (v: FormValues) => v['lateKind'] === 'uk-statutory' || v['lateKind'] === 'eu-statutory';

function milestoneFields(): Field[] {
  return [
    {
      kind: 'text',
      key: 'name',
      label: 'What is delivered',
      what: 'what the milestone delivers',
      maxLength: PLAN_LIMITS.maxNameLength,
    },
    {
      kind: 'select',
      key: 'shareKind',
      label: 'Its share of the price',
      what: 'how the milestone is priced',
      options: [
        { value: 'percent', label: 'A percentage of the total' },
        { value: 'amount', label: 'A fixed amount' },
        { value: 'equal', label: 'An equal part of what is left' },
      ],
    },
    {
      kind: 'percent',
      key: 'sharePercent',
      label: 'Share, in %',
      what: 'the share',
      positive: true,
      when: (m) => m['shareKind'] === 'percent',
    },
    {
      kind: 'amount',
      key: 'shareAmount',
      label: 'Amount, in {currency}',
      what: 'the amount',
      positive: true,
      when: (m) => m['shareKind'] === 'amount',
    },
    {
      kind: 'select',
      key: 'dueKind',
      label: 'Delivered',
      what: 'when the work is delivered',
      options: [
        { value: 'days-after-start', label: 'A number of days after the start' },
        { value: 'months-after-start', label: 'The same day of the month, months after the start' },
        { value: 'date', label: 'On a date' },
      ],
    },
    {
      kind: 'whole',
      key: 'dueDays',
      label: 'Days after the start',
      what: 'the number of days',
      min: 0,
      max: PLAN_LIMITS.maxDaysAfterStart,
      when: (m) => m['dueKind'] === 'days-after-start',
    },
    {
      kind: 'whole',
      key: 'dueMonths',
      label: 'Months after the start',
      hint: 'A start on the 31st moves to the last day of shorter months.',
      what: 'the number of months',
      min: 1,
      max: PLAN_LIMITS.maxMonthsAfterStart,
      when: (m) => m['dueKind'] === 'months-after-start',
    },
    {
      kind: 'date',
      key: 'dueDate',
      label: 'Delivery date',
      what: 'the delivery date',
      when: (m) => m['dueKind'] === 'date',
    },
  ];
}

export const MILESTONES_LIST: ListField = {
  kind: 'list',
  key: 'milestones',
  label: 'Milestones',
  hint: 'Each milestone is paid after its work is delivered. The deposit and milestones must add up to the total; "an equal part of what is left" splits the rest exactly.',
  what: 'the milestones',
  when: isFixed,
  itemLabel: 'Milestone {n}',
  fields: milestoneFields(),
  min: 1,
  max: PLAN_LIMITS.maxPayments - 1,
  addLabel: 'Add a milestone',
  removeLabel: 'Remove milestone {n}',
  newItem: (_values, index) =>
    milestone(`Milestone ${index + 1}`, { kind: 'equal' }, { kind: 'days-after-start', days: (index + 1) * 14 }),
};

export interface PlanFormOptions {
  /** Payment methods the reader can compare (the calculator); the agreement names its method in words instead. */
  routes?: readonly { id: string; name: string }[];
  /** Control ids start with this: "pp" in the calculator. */
  prefix: string;
}

/** The plan form's fields, in the order they are shown. */
export function planFormSpec(options: PlanFormOptions): FormSpec {
  const currencies = (Object.keys(CURRENCIES) as CurrencyCode[]).map((code) => ({
    value: code,
    label: `${code} – ${CURRENCIES[code].name}`,
  }));
  const fields: Field[] = [
    { kind: 'select', key: 'currency', label: 'Currency', what: 'a currency', options: currencies },
    {
      kind: 'select',
      key: 'decimalMark',
      label: 'How you write amounts',
      what: 'how you write amounts',
      options: [
        { value: 'auto', label: 'As I type them (the tool asks when unsure)' },
        { value: '.', label: '4,000.50: a point before the decimals' },
        { value: ',', label: '4.000,50: a comma before the decimals' },
      ],
    },
    {
      kind: 'radios',
      key: 'pricingKind',
      label: 'How the work is priced',
      what: 'how the work is priced',
      options: [
        { value: 'fixed', label: 'A fixed price' },
        { value: 'hourly', label: 'By the hour' },
      ],
    },
    {
      kind: 'amount',
      key: 'total',
      label: 'Total price, in {currency}',
      what: 'the total price',
      positive: true,
      when: isFixed,
    },
    {
      kind: 'amount',
      key: 'rate',
      label: 'Hourly rate, in {currency}',
      what: 'your hourly rate',
      positive: true,
      when: isHourly,
    },
    {
      kind: 'decimal',
      key: 'hours',
      label: 'Hours per week',
      hint: 'Up to 2 decimals, like 37.5.',
      what: 'the hours per week',
      places: 2,
      minHundredths: 1,
      maxHundredths: PLAN_LIMITS.maxHoursHundredths,
      example: '37.5',
      when: isHourly,
    },
    {
      kind: 'whole',
      key: 'weeks',
      label: 'Number of weeks',
      what: 'the number of weeks',
      min: 1,
      max: PLAN_LIMITS.maxWeeks,
      when: isHourly,
    },
    {
      kind: 'whole',
      key: 'every',
      label: 'Invoice every … weeks',
      hint: 'One invoice per period; the last period may be shorter.',
      what: 'how many weeks each invoice covers',
      min: 1,
      max: PLAN_LIMITS.maxInvoiceEveryWeeks,
      when: isHourly,
    },
    {
      kind: 'date',
      key: 'startDate',
      label: 'Start date',
      hint: 'Due dates count from this day; a deposit is due on it.',
      what: 'the start date',
    },
    {
      kind: 'radios',
      key: 'depositKind',
      label: 'Deposit before work starts',
      hint: 'A larger deposit limits what you can lose if the client stops paying. How large is your choice: no rule sets it.',
      what: 'whether there is a deposit',
      options: [
        { value: 'none', label: 'No deposit' },
        { value: 'percent', label: 'A share of the total' },
        { value: 'amount', label: 'A fixed amount' },
      ],
    },
    {
      kind: 'percent',
      key: 'depositPercent',
      label: 'Deposit, in % of the total',
      what: 'the deposit',
      positive: true,
      when: (v) => v['depositKind'] === 'percent',
    },
    {
      kind: 'amount',
      key: 'depositAmount',
      label: 'Deposit, in {currency}',
      what: 'the deposit',
      positive: true,
      when: (v) => v['depositKind'] === 'amount',
    },
    MILESTONES_LIST,
    {
      kind: 'radios',
      key: 'termsKind',
      label: 'When an invoice is due',
      what: 'when an invoice is due',
      options: [
        { value: 'on-delivery', label: 'On delivery' },
        { value: 'net', label: 'A number of days after delivery' },
      ],
    },
    {
      kind: 'whole',
      key: 'netDays',
      label: 'Days after delivery',
      hint: 'Net 14 means 14 days.',
      what: 'the days to pay',
      min: 1,
      max: PLAN_LIMITS.maxNetDays,
      when: (v) => v['termsKind'] === 'net',
    },
  ];
  if (options.routes) {
    fields.push({
      kind: 'checkboxes',
      key: 'routes',
      label: 'Payment routes to compare',
      hint: 'The first one ticked is the route the agreement names.',
      what: 'at least one payment route',
      options: options.routes.map((r) => ({ value: r.id, label: r.name })),
    });
  }
  fields.push(
    {
      kind: 'radios',
      key: 'feePayer',
      label: "Who pays the route's fees",
      what: 'who pays the fees',
      options: [
        { value: 'freelancer', label: 'I pay the fees' },
        { value: 'client', label: 'The client pays the fees' },
        { value: 'split', label: 'We split the fees half and half' },
      ],
    },
    {
      kind: 'radios',
      key: 'lateKind',
      label: 'Interest on late payments',
      hint: 'The UK and EU statutory rules apply between businesses only.',
      what: 'the late-payment terms',
      options: [
        { value: 'none', label: 'None' },
        { value: 'contract', label: 'Interest we agree in the contract' },
        { value: 'uk-statutory', label: 'UK statutory interest and compensation' },
        { value: 'eu-statutory', label: 'EU statutory interest and compensation' },
      ],
    },
    {
      kind: 'percent',
      key: 'lateRate',
      label: 'Interest rate, in %',
      what: 'the interest rate',
      positive: true,
      when: (v) => v['lateKind'] === 'contract',
    },
    {
      kind: 'select',
      key: 'latePer',
      label: 'The rate is',
      what: 'whether the rate is per month or per year',
      options: [
        { value: 'month', label: 'Per month' },
        { value: 'year', label: 'Per year' },
      ],
      when: (v) => v['lateKind'] === 'contract',
    },
    {
      kind: 'whole',
      key: 'graceDays',
      label: 'Days of grace before interest starts',
      what: 'the days of grace',
      min: 0,
      max: PLAN_LIMITS.maxGraceDays,
      when: (v) => v['lateKind'] === 'contract',
    },
    {
      kind: 'percent',
      key: 'cap',
      label: 'Cap, in % of the payment (optional)',
      hint: 'Interest never goes above this share of the late payment. Leave empty for no cap.',
      what: 'the cap',
      optional: true,
      when: (v) => v['lateKind'] === 'contract',
    },
    {
      kind: 'percent',
      key: 'referenceRate',
      label: 'Reference rate, in %',
      hint: "The Bank of England base rate (UK) or the ECB's main refinancing rate (EU). It changes: enter the current one from the central bank.",
      what: 'the reference rate',
      allowNegative: true,
      when: isStatutory,
    },
    {
      kind: 'date',
      key: 'referenceAsOf',
      label: 'Date you read that rate',
      what: 'the date you read the rate',
      when: isStatutory,
    },
  );
  return { prefix: options.prefix, fields };
}

export const PRESETS = {
  'fifty-fifty': '50% up front, 50% on delivery',
  'thirty-forty-thirty': '30% up front, 40% midway, 30% on delivery',
  'deposit-three': 'A 25% deposit, then three equal milestones',
  retainer: 'Monthly retainer: three equal payments, a month apart',
} as const;
export type PresetId = keyof typeof PRESETS;

const percent = (bp: number) => ({ kind: 'percent' as const, basisPoints: bp });
const days = (n: number) => ({ kind: 'days-after-start' as const, days: n });

export function applyPreset(form: PlanFormValues, preset: PresetId): PlanFormValues {
  const fixed = { ...form, pricingKind: 'fixed' as const };
  switch (preset) {
    case 'fifty-fifty':
      return {
        ...fixed,
        depositKind: 'percent',
        depositPercent: '50',
        milestones: [milestone('Delivery', percent(5_000), days(28))],
      };
    case 'thirty-forty-thirty':
      return {
        ...fixed,
        depositKind: 'percent',
        depositPercent: '30',
        milestones: [milestone('Midway', percent(4_000), days(14)), milestone('Delivery', percent(3_000), days(28))],
      };
    case 'deposit-three':
      return {
        ...fixed,
        depositKind: 'percent',
        depositPercent: '25',
        milestones: [1, 2, 3].map((n) => milestone(`Milestone ${n}`, { kind: 'equal' }, days(n * 14))),
      };
    case 'retainer':
      return {
        ...fixed,
        depositKind: 'none',
        termsKind: 'on-delivery',
        milestones: [1, 2, 3].map((n) =>
          milestone(`Month ${n}`, { kind: 'equal' }, { kind: 'months-after-start', months: n }),
        ),
      };
  }
}

/** The trust check's suggestion: its deposit share, then the rest in equal milestones two weeks apart. */
export function applySuggestion(form: PlanFormValues, s: PlanSuggestion): PlanFormValues {
  return {
    ...form,
    pricingKind: 'fixed',
    depositKind: s.depositBasisPoints > 0 ? 'percent' : 'none',
    depositPercent: s.depositBasisPoints > 0 ? formatPercentInput(s.depositBasisPoints) : '',
    milestones: Array.from({ length: s.milestoneCount }, (_, i) =>
      milestone(`Milestone ${i + 1}`, { kind: 'equal' }, days((i + 1) * 14)),
    ),
  };
}

export function describeSuggestion(s: PlanSuggestion): string {
  const n = s.milestoneCount === 1 ? '1 milestone' : `${s.milestoneCount} milestones`;
  const deposit = s.depositBasisPoints > 0 ? `a deposit of ${formatPercentInput(s.depositBasisPoints)}% and ` : '';
  return `The trust check found a ${s.band} risk and filled in ${deposit}${n} of equal size. A larger deposit and smaller milestones limit what you can lose; the sizes are your choice, so change them to what you agree with the client.`;
}

/** The control a schedule error belongs to: "milestones.2.share" is milestone 3's share field, of its kind. */
export function controlOfPath(spec: FormSpec, values: FormValues, path: string): string {
  const id = (key: string) => controlId(spec.prefix, key);
  const items = itemsOf(values, 'milestones');
  const m = /^milestones\.(\d+)\.(name|share|due)$/.exec(path);
  if (m) {
    const index = Number(m[1]);
    const item = items[index] ?? {};
    const key =
      m[2] === 'name'
        ? 'name'
        : m[2] === 'share'
          ? (({ percent: 'sharePercent', amount: 'shareAmount' } as Record<string, string>)[
              String(item['shareKind'])
            ] ?? 'shareKind')
          : ((
              { 'days-after-start': 'dueDays', 'months-after-start': 'dueMonths', date: 'dueDate' } as Record<
                string,
                string
              >
            )[String(item['dueKind'])] ?? 'dueKind');
    return controlId(spec.prefix, key, { key: 'milestones', index });
  }
  const deposit =
    values['depositKind'] === 'amount'
      ? 'depositAmount'
      : values['depositKind'] === 'percent'
        ? 'depositPercent'
        : 'depositKind';
  const paths: Record<string, string> = {
    currency: 'currency',
    'pricing.totalMinor': 'total',
    'pricing.rateMinor': 'rate',
    'pricing.hoursPerWeek': 'hours',
    'pricing.weeks': 'weeks',
    'pricing.invoiceEveryWeeks': 'every',
    startDate: 'startDate',
    deposit,
    paymentTerms: 'netDays',
  };
  return paths[path] ? id(paths[path]) : controlId(spec.prefix, 'name', { key: 'milestones', index: 0 });
}

export type ReadPlanResult = { ok: true; plan: Plan; errors: [] } | { ok: false; errors: FieldError[] };

/** Reads the form into a Plan; every problem comes back on the control that caused it, in the form's order. */
export function readPlanForm(spec: FormSpec, values: PlanFormValues): ReadPlanResult {
  const currency = isCurrencyCode(values.currency) ? values.currency : null;
  const decimalMark = values.decimalMark === 'auto' ? undefined : values.decimalMark;
  const reading = readForm(spec, values, decimalMark ? { currency, decimalMark } : { currency });
  if (reading.errors.length > 0 || !currency) return { ok: false, errors: reading.errors };
  const get = (key: string, list?: number): number | string | null => {
    const v = reading.values.get(
      controlId(spec.prefix, key, list === undefined ? undefined : { key: 'milestones', index: list }),
    );
    return typeof v === 'number' || typeof v === 'string' ? v : null;
  };
  const num = (key: string, list?: number) => Number(get(key, list) ?? 0);
  const str = (key: string, list?: number) => String(get(key, list) ?? '');

  const pricing: Plan['pricing'] =
    values.pricingKind === 'hourly'
      ? {
          kind: 'hourly',
          rateMinor: num('rate'),
          hoursPerWeek: num('hours') / 100,
          weeks: num('weeks'),
          invoiceEveryWeeks: num('every'),
        }
      : { kind: 'fixed', totalMinor: num('total') };
  const deposit: Plan['deposit'] =
    values.depositKind === 'percent'
      ? { kind: 'percent', basisPoints: num('depositPercent') }
      : values.depositKind === 'amount'
        ? { kind: 'amount', minor: num('depositAmount') }
        : { kind: 'none' };
  const milestones: Plan['milestones'] =
    values.pricingKind === 'hourly'
      ? []
      : values.milestones.map((m, i) => ({
          name: str('name', i),
          share:
            m.shareKind === 'percent'
              ? { kind: 'percent', basisPoints: num('sharePercent', i) }
              : m.shareKind === 'amount'
                ? { kind: 'amount', minor: num('shareAmount', i) }
                : { kind: 'equal' },
          due:
            m.dueKind === 'date'
              ? { kind: 'date', date: str('dueDate', i) }
              : m.dueKind === 'months-after-start'
                ? { kind: 'months-after-start', months: num('dueMonths', i) }
                : { kind: 'days-after-start', days: num('dueDays', i) },
        }));
  const cap = get('cap');
  const late: Plan['late'] =
    values.lateKind === 'contract'
      ? {
          kind: 'contract',
          basisPoints: num('lateRate'),
          per: values.latePer,
          graceDays: num('graceDays'),
          capBasisPoints: cap === null ? null : Number(cap),
        }
      : values.lateKind === 'uk-statutory' || values.lateKind === 'eu-statutory'
        ? {
            kind: values.lateKind,
            referenceRateBasisPoints: num('referenceRate'),
            referenceRateAsOf: str('referenceAsOf'),
          }
        : { kind: 'none' };
  return {
    ok: true,
    errors: [],
    plan: {
      currency,
      pricing,
      startDate: str('startDate'),
      deposit,
      milestones,
      paymentTerms: values.termsKind === 'net' ? { kind: 'net', days: num('netDays') } : { kind: 'on-delivery' },
      routes: values.routes.filter((r) => /^[a-z0-9-]{1,40}$/.test(r)).slice(0, PLAN_LIMITS.maxRoutes),
      feePayer: values.feePayer,
      late,
    },
  };
}

export interface PlanResult {
  plan: Plan;
  schedule: Schedule;
  risk: RiskProfile;
}

/** Form → plan → schedule → risk. Errors of the schedule land on the controls that cause them, in form order. */
export function computeFromForm(spec: FormSpec, values: PlanFormValues): { result?: PlanResult; errors: FieldError[] } {
  const read = readPlanForm(spec, values);
  if (!read.ok) return { errors: read.errors };
  const built = buildSchedule(read.plan);
  if (!built.ok) {
    const errors = built.errors.map((e: PlanError) => ({
      field: controlOfPath(spec, values, e.field),
      message: e.message,
    }));
    return { errors: sortErrors(spec, values, errors) };
  }
  return { result: { plan: read.plan, schedule: built.schedule, risk: computeRisk(built.schedule) }, errors: [] };
}

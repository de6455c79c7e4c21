/**
 * The agreement's payment step: the calculator's plan form (without the routes to compare), read and checked
 * against the agreement's dates, with the sentences the payment clause quotes. The island loads this module when
 * the payment step is opened, the agreement is checked, or a plan arrives; until then the document shows the plan
 * as missing.
 */
import { addDays, compareDates, formatDate, type IsoDate } from '../dates';
import type { FieldError } from '../form/read';
import { describePaymentTerms, describePayments } from '../plan/describe';
import { computeFromForm, controlOfPath, planFormSpec } from '../plan/form';
import { describeLateTerms } from '../plan/late-terms';
import { deliveryDateOf } from '../plan/schedule';
import type { AgreementState, PlanStep } from './form';

/** The plan form inside the agreement: its controls' ids start with "plan-". */
export const AGREEMENT_PLAN_SPEC = planFormSpec({ prefix: 'plan' });

/** The payment step read, with its dates checked against the date the final work is due. */
export function readPlanStep(state: AgreementState, endDate: IsoDate | null): PlanStep {
  const read = computeFromForm(AGREEMENT_PLAN_SPEC, state.plan);
  const plan = read.result?.plan ?? null;
  const schedule = read.result?.schedule ?? null;
  const errors: FieldError[] = [...read.errors];
  const after = (what: string, day: IsoDate, end: IsoDate) =>
    `${what} ${formatDate(day)}, after the date the final work is due, ${formatDate(end)}`;
  if (plan && endDate) {
    if (compareDates(plan.startDate, endDate) > 0) {
      errors.push({
        field: 'plan-startDate',
        message: `Enter a start date on or before the date the final work is due, ${formatDate(endDate)}`,
      });
    }
    if (plan.pricing.kind === 'hourly') {
      const last = addDays(plan.startDate, plan.pricing.weeks * 7);
      if (compareDates(last, endDate) > 0) {
        errors.push({ field: 'plan-weeks', message: after('The hourly work runs until', last, endDate) });
      }
    }
    plan.milestones.forEach((m, i) => {
      const delivered = deliveryDateOf(plan, m);
      if (compareDates(delivered, endDate) > 0) {
        errors.push({
          field: controlOfPath(AGREEMENT_PLAN_SPEC, state.plan, `milestones.${i}.due`),
          message: after(`Milestone ${i + 1} is delivered on`, delivered, endDate),
        });
      }
    });
  }
  const words =
    plan && schedule
      ? {
          payments: describePayments(schedule),
          paymentTerms: describePaymentTerms(plan.paymentTerms),
          lateTerms: describeLateTerms(plan.late, plan.currency),
        }
      : null;
  return { errors, plan, schedule, words };
}

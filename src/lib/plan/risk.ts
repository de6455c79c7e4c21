/**
 * The amount at risk: at each point of the plan, the value of work delivered but not yet paid for (the
 * freelancer's risk), and where payments run ahead of the work, the value paid for but not yet delivered (the
 * client's exposure). Payments are assumed to arrive on their due dates.
 */
import { splitByWeights } from '../money';
import { compareDates, type IsoDate } from '../dates';
import type { Schedule } from './schema';

export interface RiskPoint {
  date: IsoDate;
  /** What happens at this point: "Deposit paid", "Design delivered". */
  event: string;
  /** Value of the work delivered so far. */
  deliveredMinor: number;
  /** Money received so far. */
  paidMinor: number;
  /** delivered − paid when positive: work done and not yet paid for. */
  atRiskMinor: number;
  /** paid − delivered when positive: money the client has paid ahead of the work. */
  clientExposureMinor: number;
}

export interface RiskProfile {
  points: RiskPoint[];
  maxAtRiskMinor: number;
  maxClientExposureMinor: number;
}

/**
 * The work delivered at each delivery date is valued in proportion to the payments for it: a deposit is an
 * advance against all the work, so the whole total is spread over the deliveries.
 */
export function computeRisk(schedule: Schedule): RiskProfile {
  const deliveries = schedule.payments.filter((p) => p.deliveryDate !== null);
  const weights = deliveries.map((p) => p.amountMinor);
  const values =
    deliveries.length === 0
      ? []
      : weights.some((w) => w > 0)
        ? splitByWeights(schedule.totalMinor, weights)
        : splitByWeights(
            schedule.totalMinor,
            weights.map(() => 1),
          );
  type Event = { date: IsoDate; order: number; event: string; delivered: number; paid: number };
  const events: Event[] = [];
  deliveries.forEach((p, i) => {
    // Deliveries sort before payments on the same day: that moment is the largest risk of the day.
    events.push({
      date: p.deliveryDate as IsoDate,
      order: 0,
      event: `${p.name} delivered`,
      delivered: values[i] ?? 0,
      paid: 0,
    });
  });
  for (const p of schedule.payments) {
    events.push({ date: p.dueDate, order: 1, event: `${p.name} paid`, delivered: 0, paid: p.amountMinor });
  }
  events.sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
  let delivered = 0;
  let paid = 0;
  let maxAtRiskMinor = 0;
  let maxClientExposureMinor = 0;
  const points = events.map((e) => {
    delivered += e.delivered;
    paid += e.paid;
    const atRiskMinor = Math.max(0, delivered - paid);
    const clientExposureMinor = Math.max(0, paid - delivered);
    maxAtRiskMinor = Math.max(maxAtRiskMinor, atRiskMinor);
    maxClientExposureMinor = Math.max(maxClientExposureMinor, clientExposureMinor);
    return {
      date: e.date,
      event: e.event,
      deliveredMinor: delivered,
      paidMinor: paid,
      atRiskMinor,
      clientExposureMinor,
    };
  });
  return { points, maxAtRiskMinor, maxClientExposureMinor };
}

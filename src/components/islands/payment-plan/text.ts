/**
 * The calculator's fixed wording. The page imports it on the server and passes it to the island as a prop, so it
 * arrives inside the HTML instead of as JavaScript the reader downloads before the form works.
 */
import { FEE_PAYERS, PRESETS, type PresetId } from '../../../lib/plan/form';
import type { LateTerms } from '../../../lib/plan/schema';
import { ODD_CENT_RULE } from '../../../lib/plan/schedule';

export const PLAN_TEXT = {
  oddCentRule: ODD_CENT_RULE,
  formHint: 'Everything you type stays in this browser. The plan updates as you type.',
  presetsHint: 'Each sets the deposit and milestones; you can change them after.',
  totalHint: 'For example 4000 or 4,000.00',
  hoursHint: 'Up to 2 decimals, like 37.5',
  startHint: 'Year-month-day, like 2026-03-15. The deposit is due on this day.',
  milestonesHint:
    'The deposit and milestones must add up to 100% (or to the total). A milestone is paid after its work is delivered.',
  hourlyHint: 'By the hour, you send one invoice per period; the last period may be shorter.',
  routesHint: 'The first one ticked is the route the agreement names.',
  lateHint: 'The UK and EU rules apply between businesses only.',
  refHint: 'This rate changes; enter the current one from the central bank.',
  staleNote: 'These results are from your last valid plan. Fix the problems in the form to update them.',
  copyFailed: 'Your browser did not allow copying. Select the schedule table and copy it instead.',
  copied: 'The plan was copied as text.',
  feesEmpty: 'Fill in the plan above to compare the routes.',
  lateEmpty: 'Fill in the plan above to work out the late-payment charges.',
  presets: Object.entries(PRESETS) as [PresetId, string][],
  feePayers: FEE_PAYERS,
  lateOptions: [
    ['none', 'None'],
    ['contract', 'Interest we agree in the contract'],
    ['uk-statutory', 'UK statutory interest and compensation'],
    ['eu-statutory', 'EU statutory interest and compensation'],
  ] as [LateTerms['kind'], string][],
};

export type PlanText = typeof PLAN_TEXT;

/** The calculator's words outside its form fields (those are in form.ts): sentences the island shows as they are. */
export const PLAN_WORDS = {
  privacy: 'Everything you type stays in this browser. The plan below changes as you type.',
  presets: 'Start from a common plan',
  presetsHint: 'Each fills in the deposit and milestones; you can change them after.',
  submit: 'Show the plan',
  empty: 'Enter a total price (or an hourly rate) to see the plan.',
  stale: (n: number) =>
    `The plan below is out of date: ${n === 1 ? 'fix the problem' : `fix the ${n} problems`} in the form.`,
  staleNote: 'These results are from your last plan that added up. Fix the problems in the form to update them.',
  seePlan: 'See the plan',
  copied: 'The plan was copied as text.',
  copyFailed: 'Your browser did not allow copying. Select the schedule table and copy it instead.',
  feesEmpty: 'Fill in the plan above to compare the routes.',
  feesLoading: 'Loading the fee figures… If this stays, check your connection and open this section again.',
  lateEmpty: 'Fill in the plan above to work out the late-payment charges.',
  routeFeesPending: (name: string) => ` Open "What each payment route costs" for ${name}'s fees.`,
};

/**
 * What the calculator opens with: a plan from a link, else the trust check's suggestion, else the plan saved in
 * this browser, else an empty form; and one notice that says exactly what happened.
 */
import type { IsoDate } from '../dates';
import { restoreState, type StorageLike } from '../state';
import { planCodec, planSuggestionCodec } from './codecs';
import { applySuggestion, describeSuggestion } from './form';
import { createEmptyForm, formFromPlan, type PlanFormValues } from './form-values';

export interface OpenedPlan {
  values: PlanFormValues;
  /** Where the values came from: the plan shows at once for a link or a saved plan. */
  from: 'link' | 'suggestion' | 'browser' | 'none';
  notice: string;
}

export function openPlan(
  fragment: string,
  storage: StorageLike,
  today: IsoDate,
  routes: readonly string[],
): OpenedPlan {
  const empty = createEmptyForm(today, routes);
  const suggestion = planSuggestionCodec.decode(fragment);
  if (suggestion.status === 'ok' && planCodec.decode(fragment).status === 'missing') {
    return {
      values: applySuggestion(empty, suggestion.value),
      from: 'suggestion',
      notice: describeSuggestion(suggestion.value),
    };
  }
  const restored = restoreState(planCodec, fragment, storage, 'plan');
  let notice = restored.notice;
  // A broken suggestion is only mentioned when no plan link explains itself already.
  if (suggestion.status === 'rejected' && notice === '') {
    const opened =
      restored.from === 'browser' ? 'The plan saved in this browser was opened instead.' : 'The tool started empty.';
    notice = `${suggestion.notice} ${opened}`;
  }
  return { values: restored.value ? formFromPlan(restored.value) : empty, from: restored.from, notice };
}

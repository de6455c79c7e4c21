/**
 * Where a page sits on the four-step path (PATH_STEPS) and what comes before and after it. The path's main line
 * visits each step's guide, then the step's tools; every other guide of a step's topic is side reading that
 * continues where the step's guide would.
 */
import type { Topic } from './guides/schema';
import { PATH_STEPS, type PathStep, type PathToolId } from './site';

export type PathPage = { kind: 'guide'; id: string } | { kind: 'tool'; id: string };

export interface PathPlace {
  step: PathStep;
  page: PathPage;
  /** False for a guide that is side reading of its step (not the step's own guide). */
  onMainLine: boolean;
}

/** The site path of a page on the path. */
export function hrefOf(page: PathPage): string {
  return page.kind === 'guide' ? `/guides/${page.id}/` : `/tools/${page.id}/`;
}

/** Reads a site path such as "/guides/check-a-client/" or "/tools/trust-check/"; anything else is off the path. */
export function pageAt(pathname: string): PathPage | undefined {
  const match = /^\/(guides|tools)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(pathname);
  if (!match) return undefined;
  return { kind: match[1] === 'guides' ? 'guide' : 'tool', id: match[2]! };
}

/** Every page of the main line in order: step 1's guide and tools, then step 2's, and so on. */
export function listMainLine(steps: readonly PathStep[] = PATH_STEPS): PathPage[] {
  return steps.flatMap((s): PathPage[] => [
    { kind: 'guide', id: s.guide },
    ...s.tools.map((id): PathPage => ({ kind: 'tool', id })),
  ]);
}

/**
 * The place of a page: a tool by the step that lists it, a guide by its topic (`topicOf` returns it, or
 * undefined for a page that is not a guide). Undefined when the page is not on the path.
 */
export function findPlace(
  page: PathPage,
  topicOf: (guideId: string) => Topic | undefined,
  steps: readonly PathStep[] = PATH_STEPS,
): PathPlace | undefined {
  if (page.kind === 'tool') {
    const step = steps.find((s) => (s.tools as readonly string[]).includes(page.id));
    return step && { step, page, onMainLine: true };
  }
  const topic = topicOf(page.id);
  const step = topic === undefined ? undefined : steps.find((s) => s.topic === topic);
  return step && { step, page, onMainLine: step.guide === page.id };
}

const samePage = (a: PathPage, b: PathPage) => a.kind === b.kind && a.id === b.id;

/**
 * The pages before and after a place on the main line. Side reading goes back to its step's guide and on to
 * whatever follows that guide, so "Next" always moves the reader along the path.
 */
export function findNeighboursOnPath(
  place: PathPlace,
  steps: readonly PathStep[] = PATH_STEPS,
): { previous: PathPage | undefined; next: PathPage | undefined } {
  const line = listMainLine(steps);
  const stepGuide: PathPage = { kind: 'guide', id: place.step.guide };
  const index = line.findIndex((p) => samePage(p, place.onMainLine ? place.page : stepGuide));
  if (index < 0) return { previous: undefined, next: undefined };
  return {
    previous: place.onMainLine ? line[index - 1] : stepGuide,
    next: line[index + 1],
  };
}

/** The step a main-line page belongs to, for labelling a "Next" link that crosses into another step. */
export function stepOfMainLinePage(page: PathPage, steps: readonly PathStep[] = PATH_STEPS): PathStep | undefined {
  return steps.find(
    (s) =>
      (page.kind === 'guide' && s.guide === page.id) ||
      (page.kind === 'tool' && (s.tools as readonly string[]).includes(page.id as PathToolId)),
  );
}

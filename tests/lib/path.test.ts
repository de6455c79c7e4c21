import { describe, expect, it } from 'vitest';
import { TOPICS, TOOL_IDS, type Topic } from '../../src/lib/guides/schema';
import {
  findNeighboursOnPath,
  findPlace,
  hrefOf,
  listMainLine,
  pageAt,
  stepOfMainLinePage,
  type PathPage,
} from '../../src/lib/path';
import { PATH_STEPS, TOOLS } from '../../src/lib/site';

/** Topics of a few real guides (their frontmatter): two step guides and two side readings. */
const TOPIC_OF: Record<string, Topic> = {
  'client-asks-to-work-off-platform': 'platform-rules',
  'upwork-conversion-fee': 'platform-rules',
  'check-a-client': 'trust-and-scams',
  'off-platform-scams': 'trust-and-scams',
  'deposits-and-milestones': 'getting-paid',
  'written-agreement': 'agreements-and-rights',
  'late-payment-rights': 'agreements-and-rights',
};
const topicOf = (id: string) => TOPIC_OF[id];
const guide = (id: string): PathPage => ({ kind: 'guide', id });
const tool = (id: string): PathPage => ({ kind: 'tool', id });
const label = (p: PathPage | undefined) => (p ? hrefOf(p) : 'nothing');

describe('the path data', () => {
  it('has steps 1 to 4 in order, one per topic', () => {
    expect(PATH_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4]);
    expect(PATH_STEPS.map((s) => s.topic).sort()).toEqual([...TOPICS].sort());
  });

  it('puts every tool on exactly one step', () => {
    const onPath = PATH_STEPS.flatMap((s) => s.tools);
    expect([...onPath].sort()).toEqual(Object.keys(TOOLS).sort());
    expect(new Set(onPath).size).toBe(onPath.length);
    // Guides link to tools by TOOL_IDS: the same set.
    expect([...TOOL_IDS].sort()).toEqual(Object.keys(TOOLS).sort());
  });

  it.each(PATH_STEPS.map((s) => [s.short, s.title]))(
    'shows "%s" on a phone, a word of "%s" (so the visible label is part of the link name)',
    (short, title) => {
      expect(title.toLowerCase().split(/\s+/)).toContain(short.toLowerCase());
    },
  );
});

describe('pageAt', () => {
  it.each([
    ['/guides/check-a-client/', guide('check-a-client')],
    ['/tools/trust-check/', tool('trust-check')],
    ['/guides/', undefined],
    ['/tools/', undefined],
    ['/search/', undefined],
    ['/tools/trust-check/checklist/', undefined],
    ['/', undefined],
  ])('%s → %o', (path, page) => {
    expect(pageAt(path)).toEqual(page);
  });
});

describe('findPlace', () => {
  it.each([
    [guide('client-asks-to-work-off-platform'), 1, true],
    [guide('upwork-conversion-fee'), 1, false],
    [guide('check-a-client'), 2, true],
    [guide('off-platform-scams'), 2, false],
    [tool('trust-check'), 2, true],
    [tool('payment-plan'), 3, true],
    [tool('agreement'), 4, true],
    [guide('late-payment-rights'), 4, false],
  ])('%o is on step %i (main line: %s)', (page, step, onMainLine) => {
    expect(findPlace(page, topicOf)).toMatchObject({ step: { step }, onMainLine });
  });

  it('leaves a page off the path when it is not a guide or a tool on a step', () => {
    expect(findPlace(guide('glossary'), topicOf)).toBeUndefined();
    expect(findPlace(tool('unknown-tool'), topicOf)).toBeUndefined();
  });
});

describe('findNeighboursOnPath', () => {
  // The main line: guide, check, plan, agreement.
  it.each([
    [guide('client-asks-to-work-off-platform'), 'nothing', '/guides/check-a-client/'],
    [guide('check-a-client'), '/guides/client-asks-to-work-off-platform/', '/tools/message-check/'],
    [tool('message-check'), '/guides/check-a-client/', '/tools/trust-check/'],
    [tool('trust-check'), '/tools/message-check/', '/guides/deposits-and-milestones/'],
    [tool('payment-plan'), '/guides/deposits-and-milestones/', '/guides/written-agreement/'],
    [tool('agreement'), '/guides/written-agreement/', 'nothing'],
    // Side reading goes back to its step's guide and on along the path, never to the next guide by number.
    [guide('upwork-conversion-fee'), '/guides/client-asks-to-work-off-platform/', '/guides/check-a-client/'],
    [guide('off-platform-scams'), '/guides/check-a-client/', '/tools/message-check/'],
    [guide('late-payment-rights'), '/guides/written-agreement/', '/tools/agreement/'],
  ])('%o: previous %s, next %s', (page, previous, next) => {
    const n = findNeighboursOnPath(findPlace(page, topicOf)!);
    expect([label(n.previous), label(n.next)]).toEqual([previous, next]);
  });

  it('visits a step’s tools in their order, right after the step’s guide', () => {
    expect(listMainLine().map(label).slice(1, 4)).toEqual([
      '/guides/check-a-client/',
      '/tools/message-check/',
      '/tools/trust-check/',
    ]);
  });
});

describe('stepOfMainLinePage', () => {
  it('names the step a "Next" link leads into', () => {
    expect(stepOfMainLinePage(guide('check-a-client'))?.step).toBe(2);
    expect(stepOfMainLinePage(tool('agreement'))?.step).toBe(4);
    expect(stepOfMainLinePage(guide('off-platform-scams'))).toBeUndefined();
  });
});

/** Site-wide names and the four-step path; pages and feeds read them from here. */
import type { Topic } from './guides/schema';

export const SITE_NAME = 'Offramp';
export const SITE_TAGLINE = 'When a client asks you to work outside the platform';
export const SITE_DESCRIPTION =
  'Plain, sourced guidance and private in-browser tools for freelancers whose client asks to move off Upwork, Fiverr or another platform.';

export const TOOLS = {
  'message-check': {
    title: 'Message check',
    summary: "Paste the client's message; see each warning sign marked in their own words, with what to do.",
  },
  'trust-check': {
    title: 'Trust check',
    summary: 'Answer short questions about the client and the request; get a verdict with its reasons.',
  },
  'payment-plan': {
    title: 'Payment-plan calculator',
    summary:
      'Deposit, milestones, due dates, the amount at risk, fees of each route and the Conversion Fee break-even.',
  },
  agreement: {
    title: 'Agreement generator',
    summary: 'A complete written agreement, clause by clause, with your payment plan in it.',
  },
} as const;

export type PathToolId = keyof typeof TOOLS;

export interface PathStep {
  /** 1 to 4, the position on the path. */
  step: number;
  /** The guides of this topic belong to this step. */
  topic: Topic;
  /** What the reader does at this step, as the step navigation and the home page show it. */
  title: string;
  /** One word of `title`, shown where the full title does not fit (a phone's step navigation). */
  short: string;
  /** The step's own guide (a slug): where the step starts. */
  guide: string;
  /** The tools of this step, in the order the path visits them after the guide. A tool's page shows the step. */
  tools: readonly PathToolId[];
}

/**
 * The four-step path, in order: a guide declares its step through its topic, a tool through its place here.
 * The step navigation, the "Next" links and the home page read it.
 */
export const PATH_STEPS: readonly PathStep[] = [
  {
    step: 1,
    topic: 'platform-rules',
    title: 'Understand the rules',
    short: 'Rules',
    guide: 'client-asks-to-work-off-platform',
    tools: [],
  },
  {
    step: 2,
    topic: 'trust-and-scams',
    title: 'Check the client',
    short: 'Client',
    guide: 'check-a-client',
    tools: ['message-check', 'trust-check'],
  },
  {
    step: 3,
    topic: 'getting-paid',
    title: 'Plan the money',
    short: 'Money',
    guide: 'deposits-and-milestones',
    tools: ['payment-plan'],
  },
  {
    step: 4,
    topic: 'agreements-and-rights',
    title: 'Put it in writing',
    short: 'Writing',
    guide: 'written-agreement',
    tools: ['agreement'],
  },
];

/** Site-wide names and the four-step path; pages and feeds read them from here. */
export const SITE_NAME = 'Offramp';
export const SITE_TAGLINE = 'When a client asks you to work outside the platform';
export const SITE_DESCRIPTION =
  'Plain, sourced guidance and private in-browser tools for freelancers whose client asks to move off Upwork, Fiverr or another platform.';

/** The part-of box and the home page list these steps in this order. */
export const PATH_STEPS = [
  { step: 1, title: 'Understand the rules', guide: 'client-asks-to-work-off-platform', tool: null },
  { step: 2, title: 'Check the client', guide: 'check-a-client', tool: 'trust-check' },
  { step: 3, title: 'Plan the money', guide: 'deposits-and-milestones', tool: 'payment-plan' },
  { step: 4, title: 'Put it in writing', guide: 'written-agreement', tool: 'agreement' },
] as const;

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

import { z } from 'zod';

/**
 * The words readers use for a page: questions and phrases as they type them ("what deposit should I ask for",
 * "client wants to move to telegram"), including the everyday words the page itself does not use. Pagefind
 * searches them as the page's `askedAs` metadata (src/components/search/SearchMeta.astro), so any Pagefind client
 * finds the page by them; they are never shown. A phrasing belongs to a page only if the page answers a reader
 * who types it. Guides declare theirs in frontmatter (`askedAs:`); other pages in PAGE_ASKED_AS below.
 */
export const askedAsSchema = z
  .array(
    z.string().trim().min(3, 'a phrasing has at least 3 characters').max(120, 'a phrasing has at most 120 characters'),
  )
  .min(3, 'give at least 3 phrasings readers use for this page')
  .max(40)
  .refine((list) => new Set(list.map((p) => p.toLowerCase())).size === list.length, {
    message: 'each phrasing appears once',
  });

export type AskedAs = z.output<typeof askedAsSchema>;

/**
 * Reader phrasings of the pages that are not guides, by path. Adding a page's phrasings is one entry here; a test
 * over the built site fails when an indexed page has none.
 */
export const PAGE_ASKED_AS: Readonly<Record<string, AskedAs>> = {
  '/tools/message-check/': [
    'is this message a scam',
    'paste the client message and check it',
    'scam message checker',
    'check a job offer message for red flags',
    'client wants to move to telegram or whatsapp and pay by paypal',
    'recruiter message asks me to pay a fee',
    'warning signs in a client message',
    'mensaje estafa, mensagem golpe, message arnaque',
  ],
  '/tools/trust-check/': [
    'should I trust this client',
    'is this client trustworthy or a scam',
    'trust check quiz for a new client',
    'client risk assessment questions',
    'is it safe to work with this client',
    'client safety checklist',
    'check a client request step by step',
    'red flags score verdict',
    'is this client safe? a checklist of questions',
  ],
  '/tools/payment-plan/': [
    'payment plan calculator',
    'calculate deposit and milestones',
    'payment schedule with due dates',
    'split an invoice into several payments',
    'calculator to split my invoice into payments',
    'how much money is at risk',
    'compare payment method fees for my invoice',
    'conversion fee break-even calculator',
    'conversion fee break even calculator',
    'late payment interest calculator',
    'export due dates to calendar or csv',
  ],
  '/tools/agreement/': [
    'agreement generator',
    'freelance contract template',
    'generate a contract for a client',
    'create a freelance agreement online',
    'contract builder with payment terms',
    'make a contract that includes my payment plan',
    'download the contract as word docx, markdown or text',
    'print the agreement',
    'write a contract for a design, logo, writing or development job',
  ],
  '/glossary/': [
    'glossary of terms',
    'what does this word mean',
    'meaning and definition of a term, such as escrow',
    'define freelance jargon',
    'terms explained in plain english',
  ],
  '/sources/': [
    'sources and methodology',
    'where do the figures and fees come from',
    'how figures are checked and dated',
    'confidence labels explained: why a fee says unverified or partly verified',
    'references and primary sources',
    'is this information up to date',
  ],
  '/privacy/': [
    'privacy',
    'is my data sent to a server',
    'what is stored in my browser',
    'clear everything, delete my saved data',
    'local storage and cookies',
    'no tracking or analytics',
  ],
};

/** The phrasings declared for a non-guide page, or none. */
export function askedAsForPath(path: string): AskedAs {
  return PAGE_ASKED_AS[path] ?? [];
}

/**
 * The agreement generator's words outside the form's fields (those are in form.ts) and the clause library (in
 * src/content/data): the document's own phrases and the island's buttons and messages, as whole sentences.
 */
import type { ChoiceName } from './fields';

/** Phrases of the payment clause; `{0}`, `{1}` are filled in. */
export const DOCUMENT_WORDS = {
  feePayer: {
    client:
      'The Client pays all fees for sending the payments, including currency conversion, so that the Freelancer receives the full amounts above.',
    freelancer: 'The Freelancer pays the fees the payment method charges for receiving the payments.',
    split: 'The Client and the Freelancer each pay half of the fees the payment method charges.',
  },
  fixedPrice: 'a fixed price of {0}',
  hourlyPrice: '{0} per hour, for about {1} a week over {2} (an estimated {3} in total)',
  deposit: '{0} ({1} of the total)',
  inShort: 'In short: ',
  /** What a clause says while the reader has not made the choice that picks its wording. */
  unchosen: {
    pricing: '[missing: how the work is priced]',
    ip: '[missing: who owns the finished work]',
    platform: '[missing: whether you met on a freelance platform]',
  } satisfies Record<ChoiceName, string>,
} as const;

/** The island's words. `{0}`, `{1}` are filled in. */
export const AGREEMENT_UI = {
  fromCalculator: 'This plan came from the payment-plan calculator.',
  changePlan: 'Change it in the calculator',
  loadingPlan: 'Loading the payment step…',
  preparingDocx: 'Preparing the Word file…',
  downloaded: 'Downloaded {0}.',
  copied: 'The agreement is copied as plain text.',
  copyBlocked: 'Copying is blocked in this browser. Use a download instead.',
  fileFailed: 'The file could not be made in this browser. Try another format.',
  complete: 'Your agreement has {0} clauses and nothing is missing.',
  problems: 'Your agreement has {0} clauses; {1} to fix or fill in before it is complete.',
  notSaved:
    'Your latest change is too long to save in this browser, so the copy saved before it is kept. Shorten the field marked below.',
  stepsNav: 'Steps of the form',
  step: 'Step {0} of {1}: {2}',
  back: 'Back',
  continue: 'Continue',
  checkAll: 'Check the agreement',
  exports: 'Download or print',
  exportsIncomplete: 'Exports are ready once nothing is missing: "Check the agreement" lists what is left.',
  docx: 'Download Word (.docx)',
  md: 'Download Markdown (.md)',
  txt: 'Download text (.txt)',
  copy: 'Copy as text',
  print: 'Print',
  showNotes: 'Show why each clause matters (not printed or exported)',
  formTab: 'Form',
  previewTab: 'Preview',
  viewsNav: 'Form or preview',
} as const;

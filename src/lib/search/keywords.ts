/**
 * Words readers use for a guide's subject that the guide's own text does not (everyday phrasing and synonyms).
 * The guide page declares them as the `keywords` metadata field, which Pagefind searches with the weight set in
 * src/scripts/pagefind.ts; they never appear on the page. Keep them short and true to the guide: a word belongs
 * here only if the guide answers a reader who types it.
 */
export const GUIDE_SEARCH_KEYWORDS: Readonly<Record<string, string>> = {
  'client-asks-to-work-off-platform': 'move off the platform, go direct, work directly, bypass',
  'upwork-conversion-fee': 'buyout, opt out, non-circumvention fee',
  'other-platforms-rules': 'Fiverr, Freelancer.com, PeoplePerHour, Toptal, Contra terms',
  'how-to-answer-the-request': 'reply, message, say no, decline politely, wording',
  'staying-on-the-platform': 'lower fees, stay on Upwork',
  'platform-protection': 'payment protection, escrow, dispute, chargeback',
  'check-a-client': 'verify a client, legit, real company, red flags',
  'off-platform-scams': 'fraud, scammer, overpayment',
  'getting-paid-off-platform': 'bank transfer, payment methods, fees compared',
  'deposits-and-milestones': 'upfront payment, advance, retainer, payment terms',
  'written-agreement': 'contract, template, who owns the work, copyright, ownership of design, code or writing',
  'late-payment-rights': 'overdue invoice, client will not pay, unpaid, statutory interest',
  'delivery-and-evidence': 'proof, records, screenshots, acceptance, reviews',
};

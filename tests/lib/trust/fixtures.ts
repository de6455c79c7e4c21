/**
 * Named clients, answered against the site's real questions. Unit, component and browser tests all use them,
 * so they double as examples of each band. Totals are worked by hand from the weights in
 * src/content/data/trust-questions/*.yaml; the elevated threshold is 4 and the high threshold 12
 * (src/content/data/trust-bands/*.yaml).
 */
import type { TrustAnswers } from '../../../src/lib/trust/score';

/** Paid you several times, offers written terms and a deposit, wants to avoid fees. Total -10 → low. */
export const LONG_STANDING_CLIENT: TrustAnswers = {
  'move-when': 'after-paid-work', // 0
  'reason-given': 'save-fees', // +1
  'task-type': 'real-project', // 0
  'unpaid-test': 'no', // 0
  'send-money': 'no', // 0
  'account-history': 'long-history', // -2
  'payment-verified': 'verified', // -1
  'client-identity': 'confirmed', // -2
  'paid-before': 'several-times', // -3
  'pay-rate': 'going-rate', // 0
  'payment-method': 'transfer', // +1
  'when-paid': 'deposit-first', // -2
  overpayment: 'no', // 0
  'crypto-gift-cards': 'no', // 0
  'first-contact': 'through-platform', // 0
  'chat-app': 'after-contract', // +1
  'asked-about-you': 'asked', // -1
  'written-terms': 'agrees', // -2
  'personal-details': 'no', // 0
};

/** A new client who wants WhatsApp before any contract. 4+1-1+1+1+4-1-2 = 7 → elevated. */
export const NEW_CLIENT_ON_WHATSAPP: TrustAnswers = {
  'move-when': 'before-contract', // +4
  'reason-given': 'save-fees', // +1
  'task-type': 'real-project', // 0
  'unpaid-test': 'no', // 0
  'send-money': 'no', // 0
  'account-history': 'some-history', // 0
  'payment-verified': 'verified', // -1
  'client-identity': 'partly', // 0
  'paid-before': 'never', // +1
  'pay-rate': 'going-rate', // 0
  'payment-method': 'transfer', // +1
  'when-paid': 'per-milestone', // 0
  overpayment: 'no', // 0
  'crypto-gift-cards': 'no', // 0
  'first-contact': 'through-platform', // 0
  'chat-app': 'chat-before-contract', // +4
  'asked-about-you': 'asked', // -1
  'written-terms': 'agrees', // -2
  'personal-details': 'no', // 0
};

/** Many heavy signals, no red flag. 5+2+3+3+3+1+1+4+4+2+4+3+2 = 37 → high. */
export const RISKY_CLIENT: TrustAnswers = {
  'move-when': 'first-message', // +5
  'reason-given': 'no-reason', // +2
  'task-type': 'real-project', // 0
  'unpaid-test': 'large-test', // +3
  'send-money': 'no', // 0
  'account-history': 'new-account', // +3
  'payment-verified': 'not-verified', // +3
  'client-identity': 'not-sure', // +1
  'paid-before': 'never', // +1
  'pay-rate': 'far-above', // +4
  'payment-method': 'crypto', // +4
  'when-paid': 'at-the-end', // +2
  overpayment: 'no', // 0
  'crypto-gift-cards': 'no', // 0
  'first-contact': 'through-platform', // 0
  'chat-app': 'chat-before-contract', // +4
  'asked-about-you': 'asked-nothing', // +3
  'written-terms': 'vague', // +2
  'personal-details': 'no', // 0
};

/** The long-standing client, except that they asked for money for "equipment". Total -10 + 10 = 0, but → stop. */
export const RED_FLAG_CLIENT: TrustAnswers = { ...LONG_STANDING_CLIENT, 'send-money': 'yes' };

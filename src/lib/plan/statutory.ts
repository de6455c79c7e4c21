/**
 * Statutory late-payment figures for the UK and the EU, kept as constants so the agreement can word the terms
 * without loading data. tests/lib/plan/statutory.test.ts fails if they differ from the rules collection
 * (src/content/data/rules/late-payment.yaml), which is where they are sourced.
 * Sources —
 * UK: Late Payment of Commercial Debts (Interest) Act 1998, gov.uk/late-commercial-payments-interest-debt-recovery
 *   (undated, confidence H): interest 8% over the Bank of England base rate; compensation £40 up to £999.99,
 *   £70 from £1,000 to £9,999.99, £100 from £10,000.
 * EU: Late Payment Directive 2011/7/EU, eur-lex.europa.eu LEGISSUM:mi0074 (undated summary, confidence H):
 *   interest at least the ECB reference rate + 8 percentage points; at least €40 fixed compensation.
 */
import type { CurrencyCode } from '../money';

export interface CompensationBand {
  /** Lowest debt in the band, inclusive, minor units of `currency`. */
  debtFromMinor: number;
  /** Highest debt in the band, inclusive; null = no upper end. */
  debtToMinor: number | null;
  amountMinor: number;
  currency: CurrencyCode;
}

export interface StatutoryLateRule {
  /** Basis points added to the reference rate (800 = 8 percentage points). */
  basisPointsOverReference: number;
  /** 'exact' = the statutory rate; 'minimum' = the law sets a floor. */
  interestKind: 'exact' | 'minimum';
  referenceName: string;
  lawName: string;
  sourceUrl: string;
  compensationBands: CompensationBand[];
  compensationKind: 'exact' | 'minimum';
}

export const UK_LATE_PAYMENT: StatutoryLateRule = {
  basisPointsOverReference: 800,
  interestKind: 'exact',
  referenceName: 'the Bank of England base rate',
  lawName: 'the Late Payment of Commercial Debts (Interest) Act 1998',
  sourceUrl: 'https://www.gov.uk/late-commercial-payments-interest-debt-recovery',
  compensationBands: [
    { debtFromMinor: 0, debtToMinor: 99_999, amountMinor: 4_000, currency: 'GBP' },
    { debtFromMinor: 100_000, debtToMinor: 999_999, amountMinor: 7_000, currency: 'GBP' },
    { debtFromMinor: 1_000_000, debtToMinor: null, amountMinor: 10_000, currency: 'GBP' },
  ],
  compensationKind: 'exact',
};

export const EU_LATE_PAYMENT: StatutoryLateRule = {
  basisPointsOverReference: 800,
  interestKind: 'minimum',
  referenceName: 'the European Central Bank reference rate',
  lawName: 'the EU Late Payment Directive (2011/7/EU)',
  sourceUrl: 'https://eur-lex.europa.eu/legal-content/EN/LSU/?uri=LEGISSUM:mi0074',
  compensationBands: [{ debtFromMinor: 0, debtToMinor: null, amountMinor: 4_000, currency: 'EUR' }],
  compensationKind: 'minimum',
};

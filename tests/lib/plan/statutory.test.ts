import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ruleSchema } from '../../../src/lib/facts/schema';
import { EU_LATE_PAYMENT, UK_LATE_PAYMENT } from '../../../src/lib/plan/statutory';

// statutory.ts keeps the figures as constants so the agreement can word the terms without loading data; this
// test makes the facts data (src/content/data/rules/late-payment.yaml) the source they must match.
const file = join(import.meta.dirname, '../../../src/content/data/rules/late-payment.yaml');
const rule = ruleSchema.parse(parse(readFileSync(file, 'utf8')));
const figures = (id: string) => rule.facts.find((f) => f.id === id)?.figures;

describe('statutory late-payment constants match the facts data', () => {
  it('UK: 8% over the base rate, exact; £40/£70/£100 bands', () => {
    expect(figures('uk-statutory-interest')?.interest).toEqual({
      basisPointsOverReference: UK_LATE_PAYMENT.basisPointsOverReference,
      reference: 'bank-of-england-base-rate',
      kind: UK_LATE_PAYMENT.interestKind,
    });
    expect(figures('uk-fixed-compensation')?.compensationBands).toEqual(UK_LATE_PAYMENT.compensationBands);
  });

  it('EU: at least ECB + 8 points; at least €40', () => {
    expect(figures('eu-late-payment-interest')?.interest).toEqual({
      basisPointsOverReference: EU_LATE_PAYMENT.basisPointsOverReference,
      reference: 'ecb-reference-rate',
      kind: EU_LATE_PAYMENT.interestKind,
    });
    const minimum = figures('eu-late-payment-interest')?.minimumCompensation;
    expect([{ debtFromMinor: 0, debtToMinor: null, ...minimum }]).toEqual(EU_LATE_PAYMENT.compensationBands);
    expect(EU_LATE_PAYMENT.compensationKind).toBe('minimum');
  });
});

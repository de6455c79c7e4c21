import { describe, expect, it } from 'vitest';
import { formatBasisPoints } from '../../src/lib/percent';

describe('formatBasisPoints', () => {
  it.each([
    [349, '3.49%'], // PayPal US checkout (PayPal business fees)
    [1200, '12%'], // Conversion Fee rate (Upwork's Conversion Fee article)
    [150, '1.5%'], // PayPal international extra (PayPal business fees, "1.50%")
    [0, '0%'],
    [5, '0.05%'],
    [1250, '12.5%'], // a 12.5% kill fee as the agreement writes it
    [-25, '-0.25%'], // a reference rate below zero, which the late-payment inputs accept
    [12.5, '0.125%'], // fractional basis points keep every digit
  ])('%d bp → %s', (bp, expected) => {
    expect(formatBasisPoints(bp)).toBe(expected);
  });
});

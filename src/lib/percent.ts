/** "1.5%", "12%", "0.75%": basis points as a percentage with no trailing zeros, in integer arithmetic. */
export function formatBasisPoints(basisPoints: number): string {
  const sign = basisPoints < 0 ? '-' : '';
  const abs = Math.abs(Math.round(basisPoints * 100));
  const whole = Math.floor(abs / 10_000);
  const fraction = String(abs % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}%`;
}

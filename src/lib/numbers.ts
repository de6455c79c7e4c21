/**
 * Whole numbers in the site's prose. Grouped here rather than with Intl: the same text in every browser, and no
 * ICU data to load while a tool starts (the first Intl call on a page costs about 30 ms of main thread).
 */

/** "20,000": a whole number with its digits grouped by three, as the site writes numbers. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Expected a whole number, got ${n}`);
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

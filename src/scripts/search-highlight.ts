/**
 * Loaded only when the reader arrives from a search result (?pagefind-highlight=…), so that no other page needs it.
 */
import { HIGHLIGHT_PARAM } from './pagefind';

/** Marks a page's terms when the reader arrives from a search result (?pagefind-highlight=…). */
export async function highlightArrivalTerms(): Promise<void> {
  const url = '/pagefind/pagefind-highlight.js';
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // addStyles would inject a <style> element, which a strict style-src blocks; the site's CSS styles the marks.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}

/**
 * Runs in <head> before first paint, so nothing a reader sees changes when the page's scripts start:
 * - a reader who chose dark mode never sees a white flash;
 * - `data-modules` on <html> says the browser runs module scripts, the islands' kind (the test GOV.UK Frontend
 *   uses), so the notes for readers without JavaScript are hidden from the first paint instead of vanishing when
 *   an island hydrates, which moved the form under the reader's eyes.
 * It is inline (a request would delay first paint), so the layout adds its hash to the page's Content Security
 * Policy: Astro hashes the scripts it bundles, not `is:inline` ones. Keep it plain ES5 with no reader data: it is
 * emitted verbatim.
 */
export const FIRST_PAINT_SCRIPT =
  "var d=document.documentElement;if('noModule'in HTMLScriptElement.prototype)d.setAttribute('data-modules','');" +
  "try{var t=localStorage.getItem('offramp:theme');if(t==='dark'||t==='light')d.dataset.theme=t}catch(e){}";

/**
 * Runs in <head> before first paint so a reader who chose dark mode never sees a white flash. It is inline (a
 * request would delay first paint), so the layout adds its hash to the page's Content Security Policy: Astro hashes
 * the scripts it bundles, not `is:inline` ones. Keep it plain ES5 with no reader data: it is emitted verbatim.
 */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('offramp:theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

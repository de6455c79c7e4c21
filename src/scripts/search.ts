/**
 * Loaded on every page and kept tiny: it only listens. The live-results code and Pagefind load on the reader's
 * first focus of, or typing in, the header box, so a page costs no search bytes until then. It also binds the "/"
 * shortcut and highlights the search terms when the reader arrives from a result.
 */
import { shouldFocusSearch } from '../lib/search/shortcut';
import { openSearchField } from './search-toggle';

const HIGHLIGHT_PARAM = 'pagefind-highlight';

function bindSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    import('./search-box')
      .then((m) => m.bindSearchBox(form, input))
      .catch(() => {
        // Without live results the box is still a working form that opens /search/.
        started = false;
      });
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof HTMLElement ? event.target : document.body;
    const focusSearch = shouldFocusSearch({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      isComposing: event.isComposing,
      targetTag: target.tagName,
      inputType: target instanceof HTMLInputElement ? target.type : undefined,
      targetIsContentEditable: target.isContentEditable,
    });
    if (!focusSearch) return;
    event.preventDefault();
    // On a small screen the field may be closed behind the header's search button.
    openSearchField(document);
    input.focus();
    input.select();
  });

  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
    import('./search-highlight').then((m) => m.highlightArrivalTerms()).catch(() => undefined);
  }
}

bindSiteSearch();

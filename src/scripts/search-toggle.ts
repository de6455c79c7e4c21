/**
 * The header's search button. On a small screen the search field waits behind it; the button opens the field and
 * moves focus into it, Escape (or the button again) closes it and returns focus to the button. Without JavaScript
 * a plain link to /search/ stands in its place; which of the two shows is set by CSS from the first paint
 * (src/scripts/first-paint.ts), so the header does not move when this script starts. On a wide screen the field is always shown and the button hidden
 * (CSS). Loading search itself still waits for the field's first focus (src/scripts/search.ts).
 */

const OPEN = 'data-search-open';

function parts(doc: Document) {
  const header = doc.querySelector<HTMLElement>('[data-site-header]');
  const button = header?.querySelector<HTMLButtonElement>('[data-search-toggle]');
  const input = header?.querySelector<HTMLInputElement>('[data-site-search] input[name="q"]');
  if (!header || !button || !input) return undefined;
  return { header, button, input };
}

/** Shows the field if it is behind the button; does nothing on a wide screen, where it is always shown. */
export function openSearchField(doc: Document): void {
  const found = parts(doc);
  if (!found) return;
  found.header.setAttribute(OPEN, '');
  found.button.setAttribute('aria-expanded', 'true');
}

export function bindSearchToggle(doc: Document): void {
  const found = parts(doc);
  if (!found) return;
  const { header, button, input } = found;
  const close = () => {
    header.removeAttribute(OPEN);
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    if (header.hasAttribute(OPEN)) {
      close();
    } else {
      openSearchField(doc);
      input.focus();
    }
  });
  // Runs after the search box's own Escape handler (bubbling to the document), which closes the results list
  // first and marks the event handled; a second Escape then closes the field.
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !header.hasAttribute(OPEN)) return;
    if (!(event.target instanceof Node) || !header.contains(event.target)) return;
    // On a wide screen the button is not shown and the field stays; there is nothing to close.
    if (button.getClientRects().length === 0) return;
    event.preventDefault();
    close();
    button.focus();
  });
}

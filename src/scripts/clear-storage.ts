import { clearAllStoredState } from '../lib/storage';

/** "Cleared 1 item." / "Cleared 3 items." */
export function describeCleared(count: number): string {
  return `Cleared ${count} ${count === 1 ? 'item' : 'items'}.`;
}

/**
 * Wires the privacy page's "Clear everything" button: removes every key with the prefix the button names
 * (`data-storage-prefix`, the tools' STORAGE_PREFIX) from localStorage, says how many in the status region, and
 * drops a remembered theme from the current page as well. Without a prefix the button stays disabled: an empty
 * prefix would clear other sites' data on the same origin.
 */
export function bindClearStorage(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('[data-clear-storage]');
  const status = doc.querySelector<HTMLElement>('[data-clear-status]');
  const prefix = button?.dataset['storagePrefix'];
  if (!button || !status || !prefix) return;
  button.disabled = false;
  button.addEventListener('click', () => {
    let removed: string[] = [];
    try {
      removed = clearAllStoredState(window.localStorage, prefix);
    } catch {
      // Storage that cannot even be opened holds nothing of ours.
    }
    if (removed.includes(`${prefix}theme`)) {
      delete doc.documentElement.dataset['theme'];
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      for (const toggle of doc.querySelectorAll('[data-theme-toggle]'))
        toggle.setAttribute('aria-pressed', String(dark));
    }
    status.textContent = describeCleared(removed.length);
  });
}

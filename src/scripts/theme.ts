const THEME_KEY = 'offramp:theme';

function effectiveTheme(root: HTMLElement): 'light' | 'dark' {
  const chosen = root.dataset['theme'];
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Wires the header's dark-mode button: pressed means dark; the choice is remembered in localStorage. */
export function bindThemeToggle(doc: Document): void {
  const root = doc.documentElement;
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(effectiveTheme(root) === 'dark'));
    button.addEventListener('click', () => {
      const next = effectiveTheme(root) === 'dark' ? 'light' : 'dark';
      root.dataset['theme'] = next;
      button.setAttribute('aria-pressed', String(next === 'dark'));
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        // Private modes may refuse storage; the theme still applies for this page.
      }
    });
  }
}

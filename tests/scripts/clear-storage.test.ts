// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../src/lib/state';
import { bindClearStorage, describeCleared } from '../../src/scripts/clear-storage';

function renderPage(): { button: HTMLButtonElement; status: HTMLElement; toggle: HTMLButtonElement } {
  document.body.replaceChildren();
  const toggle = document.createElement('button');
  toggle.setAttribute('data-theme-toggle', '');
  toggle.setAttribute('aria-pressed', 'true');
  const button = document.createElement('button');
  button.setAttribute('data-clear-storage', '');
  button.setAttribute('data-storage-prefix', STORAGE_PREFIX);
  button.disabled = true;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('data-clear-status', '');
  document.body.append(toggle, button, status);
  return { button, status, toggle };
}

describe('describeCleared', () => {
  it('counts in words a reader expects', () => {
    expect(describeCleared(0)).toBe('Cleared 0 items.');
    expect(describeCleared(1)).toBe('Cleared 1 item.');
    expect(describeCleared(3)).toBe('Cleared 3 items.');
  });
});

describe('bindClearStorage', () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset['theme'];
  });

  it('enables the button, removes only offramp: keys, and says how many', () => {
    const { button, status } = renderPage();
    localStorage.setItem('offramp:trust-check', 'v1.x');
    localStorage.setItem('offramp:payment-plan', 'v1.y');
    localStorage.setItem('someone-else', 'kept');
    bindClearStorage(document);
    expect(button.disabled).toBe(false);
    button.click();
    expect(status.textContent).toBe('Cleared 2 items.');
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
  });

  it('drops a remembered theme from the page it is on', () => {
    const { button, toggle } = renderPage();
    localStorage.setItem('offramp:theme', 'dark');
    document.documentElement.dataset['theme'] = 'dark';
    bindClearStorage(document);
    button.click();
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    // happy-dom's matchMedia reports light.
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('does nothing on a page without the control', () => {
    document.body.replaceChildren();
    expect(() => bindClearStorage(document)).not.toThrow();
  });

  it('stays disabled, and clears nothing, when the page names no prefix', () => {
    const { button } = renderPage();
    button.removeAttribute('data-storage-prefix');
    localStorage.setItem('someone-else', 'kept');
    bindClearStorage(document);
    expect(button.disabled).toBe(true);
    button.click();
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
  });
});

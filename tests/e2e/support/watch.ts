/**
 * Records what a page reports going wrong: CSP violations (from `securitypolicyviolation` events in the page and
 * in the console, where Chromium also reports workers'), console errors and warnings, and uncaught page errors.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageProblems {
  list: string[];
  /** Starts a new label for the problems recorded next (the page or state being visited). */
  label(text: string): void;
}

/** Installed with addInitScript: turns every CSP violation into a console error that names it. */
function reportViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`,
    );
  });
}

export async function watchProblems(context: BrowserContext, page: Page): Promise<PageProblems> {
  let current = '(start)';
  const list: string[] = [];
  await context.addInitScript(reportViolations);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      list.push(`${current}: console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => list.push(`${current}: page error: ${error.message}`));
  return {
    list,
    label(text) {
      current = text;
    },
  };
}

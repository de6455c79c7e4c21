/**
 * How every test and benchmark starts Debian's Chromium: headless, and kept off the network, which this machine
 * closes (without these flags Chromium keeps trying to reach update and sync hosts).
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium through playwright-core, for the e2e tests and the search benchmark (Lighthouse uses chrome-launcher). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

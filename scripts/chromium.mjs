/**
 * How every test and benchmark starts Debian's Chromium: headless, and kept off the network, which this machine
 * closes (without these flags Chromium keeps trying to reach update and sync hosts).
 */
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

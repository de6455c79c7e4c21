import { defineConfig } from 'vitest/config';

// Tests over the built site in dist/: HTML checks and real-browser tests in Debian Chromium.
// They share one static server and one browser per file, so files run one at a time on the 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A busy 2-core machine can take seconds to re-render; polls wait for the page, not for a fixed time.
    expect: { poll: { timeout: 15_000 } },
  },
});

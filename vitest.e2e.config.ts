import { defineConfig } from 'vitest/config';

// Tests over the built site in dist/: HTML checks and real-browser tests in Debian Chromium. Each file serves
// dist/ and starts its own Chromium, so files run side by side, one per core. Lighthouse measures time and runs
// alone afterwards (vitest.lighthouse.config.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: ['tests/e2e/lighthouse.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A busy 2-core machine can take seconds to re-render; polls wait for the page, not for a fixed time.
    expect: { poll: { timeout: 15_000 } },
  },
});

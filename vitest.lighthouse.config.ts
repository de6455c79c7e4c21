import { defineConfig } from 'vitest/config';

// Lighthouse times the pages, so it runs on its own, after the other browser tests, with nothing beside it.
export default defineConfig({
  test: { include: ['tests/e2e/lighthouse.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});

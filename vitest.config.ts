import { getViteConfig } from 'astro/config';

// Unit, content and component tests. Browser and built-output tests live in tests/e2e and run after a build
// (vitest.e2e.config.ts).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globals: false,
  },
});

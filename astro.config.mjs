// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The canonical origin; a deployment sets SITE_URL. `.example` is reserved, so a build that forgot it
// can never point canonical links at somebody else's domain.
const site = process.env.SITE_URL ?? 'https://offramp.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap()],
  // src/lib is pure by rule (no side effects at import), so a module used only for what it re-exports is left out:
  // PLAN_LIMITS then reaches the agreement island without the zod schemas beside it.
  vite: {
    build: { rolldownOptions: { treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]lib[\\/]/.test(id) } } },
  },
});

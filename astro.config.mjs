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
  // Every stylesheet is a file: Astro's CSP does not hash the styles it inlines for components inside MDX content,
  // which the policy would then block. Files are covered by 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), sitemap()],
  // Shiki colours code with inline style attributes, which the Content Security Policy below refuses.
  markdown: { syntaxHighlight: false },
  // Astro hashes every script and style it emits into a per-page <meta> policy. scripts/write-headers.mjs copies
  // the union of those policies into dist/_headers, adding what a <meta> policy cannot carry (frame-ancestors).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind runs its search in a worker loaded from /pagefind/pagefind-worker.js (same origin, no blob:).
        "worker-src 'self'",
        "connect-src 'self'",
      ],
      // Pagefind compiles its WebAssembly with WebAssembly.instantiateStreaming, which needs 'wasm-unsafe-eval'
      // (it allows WebAssembly only, not JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // src/lib is pure by rule (no side effects at import), so a module used only for what it re-exports is left out:
  // PLAN_LIMITS then reaches the agreement island without the zod schemas beside it.
  vite: {
    build: {
      rolldownOptions: {
        treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]lib[\\/]/.test(id) },
        output: {
          codeSplitting: {
            groups: [
              // Vite's import() helper stays on its own: the site search on every guide page uses it.
              { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 3 },
              // Preact and Astro's Preact renderer, with the state codec that every tool uses, as one file.
              {
                name: 'island-runtime',
                test: /node_modules[\\/](preact[\\/](dist|jsx-runtime)|@astrojs[\\/]preact)[\\/]|[\\/]src[\\/]lib[\\/]state\.ts/,
                priority: 2,
              },
              // What the calculator and the agreement share: money, dates, the schedule and the plan's codec.
              {
                name: 'plan-core',
                test: /[\\/]src[\\/]lib[\\/](money|dates|percent|plan[\\/](schedule|describe|limits|guard|handoff))\.ts/,
                priority: 1,
              },
            ],
          },
        },
      },
    },
  },
});

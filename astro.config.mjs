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
  // @astrojs/preact always hands @preact/preset-vite a Babel config, and the preset then runs Babel on every
  // .ts/.tsx/.js module in both builds. Only .tsx files hold JSX, so only they are Preact's: the .ts modules
  // (most of the code) skip a Babel pass that changed nothing in them, about 2 s of a 1,000-guide build.
  integrations: [mdx(), preact({ include: [/\.tsx$/] }), sitemap()],
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
        // A Pagefind client with its defaults runs its search in /pagefind/pagefind-worker.js (same origin, no blob:).
        "worker-src 'self'",
        "connect-src 'self'",
      ],
      // Pagefind compiles its WebAssembly with WebAssembly.instantiateStreaming, which needs 'wasm-unsafe-eval'
      // (it allows WebAssembly only, not JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});

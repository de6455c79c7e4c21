#!/usr/bin/env node
/**
 * Fails the build when the Pagefind index is missing or leaves out content pages. Content pages are the sitemap's
 * guides, tools and glossary (these must always be searchable) and any other sitemap page that marks its content
 * with data-pagefind-body. Run after `pagefind --site dist`; exits 1 with one line per problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Paths that are content by definition, whatever their markup says. */
export const REQUIRED_CONTENT = [/^\/guides\/[^/]+\/$/, /^\/tools\/[^/]+\/$/, /^\/glossary\/$/];

/** Site paths listed in the sitemap files (sitemap-0.xml, sitemap-1.xml, …). */
export async function readSitemapPaths(dist) {
  const files = (await readdir(dist)).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = [];
  for (const file of files) {
    const xml = await readFile(join(dist, file), 'utf8');
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]).pathname);
  }
  return paths;
}

function htmlFileFor(dist, path) {
  return join(dist, ...path.split('/').filter(Boolean), 'index.html');
}

/** Pagefind stores each page as a gzip fragment: "pagefind_dcd" followed by JSON with the page's URL. */
export async function readIndexedUrls(dist) {
  const dir = join(dist, 'pagefind', 'fragment');
  const urls = [];
  for (const file of await readdir(dir)) {
    const bytes = gunzipSync(await readFile(join(dir, file)));
    const text = bytes.toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    urls.push(json.url);
  }
  return urls;
}

export async function checkSearchIndex(dist) {
  const problems = [];
  let entry;
  try {
    entry = JSON.parse(await readFile(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  } catch {
    return {
      problems: [`${dist}/pagefind/pagefind-entry.json is missing: run pagefind after astro build`],
      content: [],
      indexed: [],
    };
  }
  const pageCount = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  const sitemap = await readSitemapPaths(dist);
  if (sitemap.length === 0) problems.push('the sitemap lists no pages');
  const content = [];
  for (const path of sitemap) {
    const html = await readFile(htmlFileFor(dist, path), 'utf8').catch(() => '');
    const marked = /\sdata-pagefind-body[\s=>]/.test(html);
    const required = REQUIRED_CONTENT.some((re) => re.test(path));
    if (required && !marked) problems.push(`${path} is a content page but has no data-pagefind-body`);
    if (required || marked) content.push(path);
  }
  const indexed = await readIndexedUrls(dist).catch(() => []);
  if (pageCount < content.length) {
    problems.push(`the index covers ${pageCount} pages, fewer than the sitemap's ${content.length} content pages`);
  }
  const indexedSet = new Set(indexed.map((u) => u.split(/[?#]/)[0]));
  for (const path of content) if (!indexedSet.has(path)) problems.push(`${path} is not in the search index`);
  return { problems, content, indexed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { problems, content, indexed } = await checkSearchIndex(dist);
  if (problems.length > 0) {
    console.error(`Search index check failed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Search index covers all ${content.length} content pages (${indexed.length} indexed).`);
}

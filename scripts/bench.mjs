#!/usr/bin/env node
/**
 * `npm run bench`: build and index time, peak memory and bytes per page type for the real site and for the
 * same site with 1,000 generated guides, plus Pagefind's bytes for a first query. Prints figures; asserts nothing.
 * "JS first load" is every script a first visit runs, inline ones included, as the budget tests count it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PAGE_BUDGETS } from './budgets.mjs';
import { measureFirstVisit } from './first-visit.mjs';

const root = resolve(import.meta.dirname, '..');
const hasTime = existsSync('/usr/bin/time');
const env = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a command in `cwd`, returning wall seconds and peak resident memory (MB, from GNU time when present). */
function measure(cwd, command, args) {
  const started = process.hrtime.bigint();
  const argv = hasTime ? ['/usr/bin/time', '-f', '%M', command, ...args] : [command, ...args];
  const run = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
  const kb = hasTime ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMb: Number.isFinite(kb) ? kb / 1024 : undefined };
}

function bin(cwd, name) {
  return join(cwd, 'node_modules', '.bin', name);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function report(label, dist, build, index) {
  console.log(`\n## ${label}`);
  console.log(`astro build: ${build.seconds.toFixed(1)} s, peak ${build.peakMb?.toFixed(0) ?? 'n/a'} MB`);
  console.log(`pagefind:    ${index.seconds.toFixed(1)} s, peak ${index.peakMb?.toFixed(0) ?? 'n/a'} MB`);
  // Every page of each budgeted kind, against its ceiling and target (scripts/budgets.mjs).
  const sitemap = existsSync(join(dist, 'sitemap-0.xml')) ? readFileSync(join(dist, 'sitemap-0.xml'), 'utf8') : '';
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  console.log('page kind       | heaviest first visit (gzip)       | ceiling | target');
  for (const budget of PAGE_BUDGETS) {
    let heaviest = null;
    for (const path of paths.filter(budget.match)) {
      const v = await measureFirstVisit(dist, path);
      if (!heaviest || v.total > heaviest.v.total) heaviest = { path, v };
    }
    if (!heaviest) continue;
    const { path, v } = heaviest;
    const parts = `HTML ${kb(v.html)}, CSS ${kb(v.css)}, JS ${kb(v.js)}`;
    console.log(
      `${budget.kind.padEnd(15)} | ${kb(v.total).padEnd(8)} ${path} (${parts}) | ${budget.ceilingKB} KB | ${budget.targetKB ?? '-'} KB`,
    );
  }
  const searchBench = join(root, 'scripts', 'bench-search.mjs');
  if (existsSync(searchBench)) {
    const run = spawnSync(process.execPath, [searchBench, dist, '--bytes'], { env, encoding: 'utf8' });
    process.stdout.write(run.stdout);
    if (run.status !== 0) process.stderr.write(run.stderr);
  }
}

function buildAndIndex(cwd, outDir) {
  const build = measure(cwd, bin(cwd, 'astro'), ['build', '--outDir', outDir]);
  const index = measure(cwd, bin(cwd, 'pagefind'), ['--site', outDir]);
  return { build, index };
}

// The real site, built into a scratch folder so the bench never disturbs dist/.
const realOut = mkdtempSync(join(tmpdir(), 'offramp-bench-real-'));
const real = buildAndIndex(root, realOut);
await report('The real site', realOut, real.build, real.index);
// Lighthouse medians for the real site, served with the headers a deploy would send.
spawnSync(process.execPath, [join(root, 'scripts', 'write-headers.mjs'), realOut], { env, stdio: 'ignore' });
spawnSync(process.execPath, [join(root, 'scripts', 'bench-lighthouse.mjs'), realOut], { env, stdio: 'inherit' });

// The same project with 1,000 generated guides: a copy of the sources with node_modules linked in.
const copy = mkdtempSync(join(tmpdir(), 'offramp-bench-1000-'));
for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
  cpSync(join(root, item), join(copy, item), { recursive: true });
}
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
const guidesDir = join(copy, 'src', 'content', 'guides');
mkdirSync(guidesDir, { recursive: true });
const topics = ['platform-rules', 'trust-and-scams', 'getting-paid', 'agreements-and-rights'];
const words = 'client platform payment deposit milestone escrow invoice agreement freelancer review fee transfer'.split(
  ' ',
);
for (let i = 0; i < 1000; i++) {
  const body = Array.from({ length: 12 }, (_, p) => {
    const sentence = Array.from({ length: 60 }, (_, w) => words[(i * 7 + p * 13 + w) % words.length]).join(' ');
    return `## Section ${p + 1} of generated guide ${i}\n\n${sentence}.\n`;
  }).join('\n');
  writeFileSync(
    join(guidesDir, `generated-${i}.mdx`),
    `---\ntitle: Generated guide number ${i} for the benchmark\ndescription: A generated guide that measures how the build and the search index grow with a thousand pages.\ninShort:\n  - Generated text for the benchmark, number ${i}.\n  - It has twelve sections of sixty words.\naskedAs: [generated guide ${i}, benchmark question, how the index grows]\ntopic: ${topics[i % 4]}\norder: ${100 + i}\nupdated: '2026-11-26'\nreviewed: '2026-11-26'\nsources:\n  - title: Offramp benchmark\n    url: https://offramp.example/\n    publisher: Offramp\n    asOf: '2026-11-26'\n---\n\n${body}`,
  );
}
const bigOut = join(copy, 'dist');
const big = buildAndIndex(copy, bigOut);
await report('The site with 1,000 generated guides', bigOut, big.build, big.index);

rmSync(realOut, { recursive: true, force: true });
rmSync(copy, { recursive: true, force: true });

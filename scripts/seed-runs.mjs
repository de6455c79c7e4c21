// How the guides are checked against the seed article without keeping its text in the repository: the article's
// 8-word runs, normalised and hashed with SHA-256. The content tests hash each guide's runs the same way and look
// them up. Regenerate the list with:
//
//   node scripts/seed-runs.mjs <path to the seed article> > tests/fixtures/seed-runs.json
//
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Words per run: a run this long that matches is a copied phrase, not a common expression. */
export const RUN_LENGTH = 8;

/** Lower case, letters and digits only, so punctuation and case changes do not hide a copied run. */
export function normaliseWords(text) {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function collectRuns(words, n = RUN_LENGTH) {
  const runs = new Set();
  for (let i = 0; i + n <= words.length; i++) runs.add(words.slice(i, i + n).join(' '));
  return runs;
}

/** SHA-256 of one normalised run, as lower-case hex. */
export function hashRun(run) {
  return createHash('sha256').update(run, 'utf8').digest('hex');
}

/** The hashes of every run in `text`, sorted, without duplicates. */
export function hashRunsOf(text, n = RUN_LENGTH) {
  return [...new Set([...collectRuns(normaliseWords(text), n)].map(hashRun))].sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path] = process.argv.slice(2);
  if (!path) {
    console.error('Usage: node scripts/seed-runs.mjs <seed article> > tests/fixtures/seed-runs.json');
    process.exit(2);
  }
  const hashes = hashRunsOf(readFileSync(path, 'utf8'));
  const out = {
    about: `SHA-256 of every ${RUN_LENGTH}-word run of the seed article, normalised by scripts/seed-runs.mjs. The article's text is not kept here.`,
    runLength: RUN_LENGTH,
    hashes,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

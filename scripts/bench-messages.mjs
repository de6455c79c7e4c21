#!/usr/bin/env node
/**
 * `npm run bench:messages`: the message check on its labelled corpus (tests/fixtures/messages), precision and
 * recall per sign and overall, for the development set, the held-out set and both; then the time to check a
 * 20,000-character message. Prints figures; asserts nothing (tests/lib/message-check/corpus.test.ts holds the
 * targets). The TypeScript modules are loaded through Vite, exactly as the tests load them.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const options = { configFile: false, logLevel: 'error', root };
const load = async (path) => (await runnerImport(resolve(root, path), options)).module;

const { checkText, compileRules } = await load('src/lib/message-check/check.ts');
const { loadRules } = await load('tests/lib/message-check/load-rules.ts');
const { evaluate, loadCorpus, precision, recall, sumKind } = await load('tests/lib/message-check/corpus.ts');
const { MAX_CHARACTERS } = await load('src/lib/message-check/limits.ts');

const rules = compileRules(loadRules());
const corpus = loadCorpus();
const percent = (value) => (value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
const counts = (c) =>
  `${String(c.truePositives).padStart(3)} ${String(c.falsePositives).padStart(3)} ${String(c.falseNegatives).padStart(3)}`;

function report(label, messages) {
  const evaluation = evaluate(messages, rules);
  const benign = messages.filter((m) => m.signals.length === 0).length;
  console.log(`\n${label}: ${messages.length} messages (${benign} benign)`);
  console.log(`${'sign'.padEnd(22)} ${'kind'.padEnd(8)}  TP  FP  FN  precision  recall`);
  for (const rule of rules) {
    const c = evaluation.bySignal.get(rule.id);
    console.log(
      `${rule.id.padEnd(22)} ${rule.kind.padEnd(8)} ${counts(c)}     ${percent(precision(c))}  ${percent(recall(c))}`,
    );
  }
  for (const [name, c] of [
    ['stop signs', sumKind(evaluation, rules, 'stop')],
    ['warning signs', sumKind(evaluation, rules, 'warning')],
    ['overall', evaluation.overall],
  ]) {
    console.log(`${name.padEnd(31)} ${counts(c)}     ${percent(precision(c))}  ${percent(recall(c))}`);
  }
  console.log(
    `benign messages with a stop sign: ${evaluation.benignWithStop.length} ${evaluation.benignWithStop.join(' ')}`,
  );
  console.log(`language told right: ${evaluation.languageCorrect} of ${evaluation.languageTotal}`);
  for (const m of evaluation.mistakes) {
    console.log(
      `  ${m.id}: ${m.missed.length ? `missed ${m.missed.join(', ')}` : ''}${m.missed.length && m.extra.length ? '; ' : ''}${m.extra.length ? `extra ${m.extra.join(', ')}` : ''}`,
    );
  }
}

report(
  'Development set',
  corpus.filter((m) => !m.heldOut),
);
report(
  'Held-out set',
  corpus.filter((m) => m.heldOut),
);
report('Whole corpus', corpus);

// A 20,000-character paste: the corpus, in all four languages, repeated as several messages.
let text = '';
while (text.length < MAX_CHARACTERS) text += corpus.map((m) => m.text).join('\n\n') + '\n\n';
text = text.slice(0, MAX_CHARACTERS);
const time = () => {
  const start = performance.now();
  const result = checkText(text, rules);
  const ms = performance.now() - start;
  if (result.status !== 'checked') throw new Error(result.status);
  return { ms, result };
};
const first = time();
const cpuBefore = process.cpuUsage();
const runs = Array.from({ length: 50 }, () => time().ms).sort((a, b) => a - b);
const cpu = process.cpuUsage(cpuBefore);
const cpuPerRun = (cpu.user + cpu.system) / 1000 / runs.length;
const median = runs[Math.floor(runs.length / 2)];
const p90 = runs[Math.floor(runs.length * 0.9)];
console.log(
  `\nChecking ${text.length.toLocaleString('en')} characters (${first.result.messages.length} messages, ${first.result.highlights.length} marks): ` +
    `first run ${first.ms.toFixed(1)} ms (regular expressions compiled on first use), then median ${median.toFixed(1)} ms, ` +
    `90th percentile ${p90.toFixed(1)} ms over ${runs.length} runs (target: under 50 ms); ` +
    `${cpuPerRun.toFixed(1)} ms of CPU per run. Load average ${loadavg()[0].toFixed(1)}: other work on the machine slows the wall-clock figures.`,
);

/**
 * The labelled corpus (tests/fixtures/messages) and its scoring: per sign, how many labelled messages were found
 * (recall) and how many messages flagged were labelled (precision), counted per message. Shared by the corpus
 * test and `npm run bench:messages`, so both report the same figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkText, type CompiledRule } from '../../../src/lib/message-check/check';
import { LANGUAGES } from '../../../src/lib/message-check/patterns';

const dir = join(import.meta.dirname, '../../fixtures/messages');

const corpusMessageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  language: z.enum(LANGUAGES),
  signals: z.array(z.string()),
  text: z.string().min(1),
});
export type CorpusMessage = z.output<typeof corpusMessageSchema> & { file: string; heldOut: boolean };

export function loadCorpus(): CorpusMessage[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return files.flatMap((file) =>
    z
      .array(corpusMessageSchema)
      .parse(parse(readFileSync(join(dir, file), 'utf8')))
      .map((m) => ({ ...m, file, heldOut: file === 'held-out.yaml' })),
  );
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Evaluation {
  bySignal: Map<string, Counts>;
  overall: Counts;
  /** Messages whose detected signs differ from their labels: what was missed and what was extra. */
  mistakes: { id: string; missed: string[]; extra: string[] }[];
  /** Benign messages (no labels) on which a stop sign was found. */
  benignWithStop: string[];
  /** Single-language messages whose every part was read as that language. */
  languageCorrect: number;
  languageTotal: number;
}

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
export const precision = (c: Counts) => ratio(c.truePositives, c.truePositives + c.falsePositives);
export const recall = (c: Counts) => ratio(c.truePositives, c.truePositives + c.falseNegatives);

export function evaluate(messages: readonly CorpusMessage[], rules: readonly CompiledRule[]): Evaluation {
  const bySignal = new Map<string, Counts>(
    rules.map((r) => [r.id, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const stopIds = new Set(rules.filter((r) => r.kind === 'stop').map((r) => r.id));
  const mistakes: Evaluation['mistakes'] = [];
  const benignWithStop: string[] = [];
  let languageCorrect = 0;
  for (const message of messages) {
    const result = checkText(message.text, rules);
    if (result.status !== 'checked') throw new Error(`${message.id}: ${result.status}`);
    const found = new Set(result.signals.map((s) => s.id));
    const labelled = new Set(message.signals);
    for (const id of labelled) if (!bySignal.has(id)) throw new Error(`${message.id}: unknown signal ${id}`);
    for (const [id, counts] of bySignal) {
      if (found.has(id) && labelled.has(id)) counts.truePositives++;
      else if (found.has(id)) counts.falsePositives++;
      else if (labelled.has(id)) counts.falseNegatives++;
    }
    const missed = [...labelled].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !labelled.has(id));
    if (missed.length > 0 || extra.length > 0) mistakes.push({ id: message.id, missed, extra });
    if (labelled.size === 0 && [...found].some((id) => stopIds.has(id))) benignWithStop.push(message.id);
    if (result.messages.every((m) => m.language === message.language)) languageCorrect++;
  }
  const overall: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const c of bySignal.values()) {
    overall.truePositives += c.truePositives;
    overall.falsePositives += c.falsePositives;
    overall.falseNegatives += c.falseNegatives;
  }
  return { bySignal, overall, mistakes, benignWithStop, languageCorrect, languageTotal: messages.length };
}

/** Sums the counts of the signals of one kind. */
export function sumKind(evaluation: Evaluation, rules: readonly CompiledRule[], kind: 'stop' | 'warning'): Counts {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const rule of rules.filter((r) => r.kind === kind)) {
    const c = evaluation.bySignal.get(rule.id)!;
    total.truePositives += c.truePositives;
    total.falsePositives += c.falsePositives;
    total.falseNegatives += c.falseNegatives;
  }
  return total;
}

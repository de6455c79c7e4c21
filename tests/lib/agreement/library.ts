/**
 * Loads the clause library and the facts the way the build does (each file through its schema), for tests.
 * Shared by the unit, golden and property tests so they all see the real clauses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import { clauseSchema, agreementSummarySchema, type Clause } from '../../../src/lib/agreement/schema';
import type { AgreementState } from '../../../src/lib/agreement/form';
import { agreementStateSchema } from '../../../src/lib/agreement/state';
import type { ClauseLibrary } from '../../../src/lib/agreement/build';

const root = join(import.meta.dirname, '../../..');

export function loadClauses(dir = join(root, 'src/content/data/clauses')): Clause[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => clauseSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))));
}

export function loadFacts(): Record<string, { label: string; text: string }> {
  const dir = join(root, 'src/content/data/rules');
  const facts: Record<string, { label: string; text: string }> = {};
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.yaml'))) {
    // Only id, label and text are needed here; the rules collection's own schema is tested with the facts.
    const rule = parse(readFileSync(join(dir, f), 'utf8')) as { facts: { id: string; label: string; text: string }[] };
    for (const fact of rule.facts) facts[fact.id] = { label: fact.label, text: fact.text };
  }
  return facts;
}

export function loadLibrary(): ClauseLibrary {
  const file = parse(readFileSync(join(root, 'src/content/data/agreement-summary.yaml'), 'utf8')) as {
    summary: unknown;
  };
  const summary = agreementSummarySchema.parse(file.summary).sentences;
  return { clauses: loadClauses(), summary };
}

export const FIXTURE_NAMES = [
  'design-fixed-deposit',
  'development-hourly-retainer',
  'writing-platform-conversion-fee',
] as const;

export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): AgreementState {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'tests/fixtures/agreements', `${name}.json`), 'utf8'));
  const parsed = v.safeParse(agreementStateSchema, raw);
  if (!parsed.success) throw new Error(`fixture ${name} is not a valid agreement state: ${v.summarize(parsed.issues)}`);
  return parsed.output;
}

export const FIXTURE_DIR = join(root, 'tests/fixtures/agreements');

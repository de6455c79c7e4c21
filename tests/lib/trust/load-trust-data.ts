import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  trustBandSchema,
  trustQuestionSchema,
  type TrustBand,
  type TrustQuestion,
} from '../../../src/lib/trust/schema';

const dataRoot = join(import.meta.dirname, '../../../src/content/data');

/** Every YAML file of a folder, parsed, keyed by file name without extension. */
export function loadYamlFolder(folder: 'trust-questions' | 'trust-bands'): Map<string, unknown> {
  const dir = join(dataRoot, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return new Map(files.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as unknown]));
}

/** The site's real questions and bands, validated as the build validates them (throws on invalid data). */
export function loadTrustData(): { questions: TrustQuestion[]; bands: TrustBand[] } {
  return {
    questions: [...loadYamlFolder('trust-questions').values()].map((v) => trustQuestionSchema.parse(v)),
    bands: [...loadYamlFolder('trust-bands').values()].map((v) => trustBandSchema.parse(v)),
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dataRoot = join(import.meta.dirname, '../../../src/content/data');

/** Every YAML file of one data folder, parsed, keyed by file name without extension. */
export function loadYamlFolder(folder: 'platforms' | 'payment-methods' | 'rules'): Map<string, unknown> {
  const dir = join(dataRoot, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return new Map(files.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as unknown]));
}

/** The site's real message-check rules, read and validated as the build reads them (throws on invalid data). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { signalRuleSchema, type SignalRuleData } from '../../../src/lib/message-check/schema';

const dir = join(import.meta.dirname, '../../../src/content/data/message-signals');

/** Every rule file, parsed but not validated, keyed by file name without extension. */
export function loadRuleFiles(): Map<string, unknown> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  return new Map(files.map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, f), 'utf8')) as unknown]));
}

/** The rules in page order (by `order`), as the page passes them to the island. */
export function loadRules(): SignalRuleData[] {
  return [...loadRuleFiles().values()].map((v) => signalRuleSchema.parse(v)).sort((a, b) => a.order - b.order);
}

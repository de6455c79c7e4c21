/**
 * Every fee and rule must have been checked against its source within the last 12 months of the build date.
 * When this fails, re-check each listed value against its source, then update its `checked` date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listStaleFacts, type FactEntry } from '../../src/lib/facts/lookup';
import { todayIn } from '../../src/lib/dates';

const dataDir = resolve(import.meta.dirname, '../../src/content/data');

function loadEntries(): FactEntry[] {
  const entries: FactEntry[] = [];
  for (const collection of ['platforms', 'payment-methods', 'rules']) {
    for (const file of readdirSync(join(dataDir, collection)).filter((f) => f.endsWith('.yaml'))) {
      entries.push({
        collection,
        id: file.replace(/\.yaml$/, ''),
        data: parse(readFileSync(join(dataDir, collection, file), 'utf8')),
      });
    }
  }
  return entries;
}

describe('facts data', () => {
  it('was checked against its sources within 12 months of today', () => {
    // The one place the clock enters: the build date is the day the test runs.
    const stale = listStaleFacts(loadEntries(), todayIn(new Date())).map(
      (s) => `${s.collection}/${s.id} ${s.path}: last checked ${s.checked}`,
    );
    expect(stale, 'Stale facts: re-check each against its source').toEqual([]);
  });

  it('holds sourced values to check', () => {
    // Guards the test above against passing vacuously if the data moved.
    expect(listStaleFacts(loadEntries(), '2099-01-01').length).toBeGreaterThan(50);
  });
});

import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as dates from '../../src/lib/dates';

// Vitest cannot change the time zone of a running process, so each zone gets its own Node process that imports
// src/lib/dates.ts directly (Node 24 strips the types) and prints its results for the same inputs.
const datesUrl = pathToFileURL(fileURLToPath(new URL('../../src/lib/dates.ts', import.meta.url))).href;

// Dates around DST changes in New York (2026-03-08, 2026-11-01), year ends, leap days and the range limits.
const SAMPLE = [
  '1000-01-01',
  '1969-12-31',
  '1970-01-01',
  '2000-02-29',
  '2024-02-29',
  '2026-01-31',
  '2026-03-07',
  '2026-03-08',
  '2026-03-09',
  '2026-10-31',
  '2026-11-01',
  '2026-12-31',
  '9999-12-31',
];
// 2026-03-15T12:30:00Z is 08:30 on the 15th in New York (UTC-4) and 02:30 on the 16th in Kiritimati (UTC+14).
const INSTANT = Date.UTC(2026, 2, 15, 12, 30);

function computeTable(mod: typeof import('../../src/lib/dates')): unknown {
  return {
    rows: SAMPLE.map((d) => [
      d,
      mod.formatDate(d),
      mod.toDayNumber(d),
      mod.dayOfWeek(d),
      d < '9999-01-01' ? mod.addMonths(d, 1) : null,
      d < '9999-01-01' ? mod.addDays(d, 1) : null,
    ]),
  };
}

function runIn(tz: string): { table: unknown; today: string } {
  const code = `
    const mod = await import(${JSON.stringify(datesUrl)});
    const SAMPLE = ${JSON.stringify(SAMPLE)};
    const computeTable = ${computeTable.toString()};
    console.log(JSON.stringify({ table: computeTable(mod), today: mod.todayIn(new Date(${INSTANT})) }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', code], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { table: unknown; today: string };
}

describe('dates in other time zones', () => {
  const here = computeTable(dates);

  it.each([
    ['UTC', '2026-03-15'],
    ['America/New_York', '2026-03-15'],
    ['Pacific/Kiritimati', '2026-03-16'],
    ['Pacific/Pago_Pago', '2026-03-15'], // UTC-11: 01:30 on the 15th
  ])('under TZ=%s every date function matches this process, and todayIn gives %s', (tz, today) => {
    const result = runIn(tz);
    expect(result.table).toEqual(here);
    // todayIn is the one function that reads the zone: proof that the child really ran in that zone.
    expect(result.today).toBe(today);
  });

  it('the in-process table matches hand-checked values', () => {
    // Spot checks of the table every zone must reproduce (see dates.test.ts for their sources).
    expect(dates.formatDate('2026-03-08')).toBe('8 March 2026');
    expect(dates.formatDate('2026-11-01')).toBe('1 November 2026');
    expect(dates.toDayNumber('2026-03-08')).toBe(20520);
  });
});

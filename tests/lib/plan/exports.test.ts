import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { buildSchedule } from '../../../src/lib/plan/schedule';
import Papa from 'papaparse';
import { UTF8_BOM, escapeIcsText, foldIcsLine, scheduleToCsv, scheduleToIcs } from '../../../src/lib/plan/exports';
import type { Plan, Schedule } from '../../../src/lib/plan/schema';
import { WEBSITE_PLAN } from './fixtures';

function schedule(plan: Plan): Schedule {
  const r = buildSchedule(plan);
  if (!r.ok) throw new Error('fixture must build');
  return r.schedule;
}

const NOW = new Date(Date.UTC(2026, 2, 1, 9, 30, 0));

describe('CSV (RFC 4180)', () => {
  it('writes a byte-order mark, a header and one row per payment with CRLF line ends', () => {
    const csv = scheduleToCsv(schedule(WEBSITE_PLAN));
    // Issue 12: without the mark, Excel opens non-ASCII names in the wrong encoding.
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Payment,Name,Work delivered,Due date,Amount,Currency,Running total',
      '1,Deposit,,2026-03-02,1000.00,USD,1000.00',
      '2,Design,2026-03-16,2026-03-30,1000.00,USD,2000.00',
      '3,Build,2026-04-13,2026-04-27,1200.00,USD,3200.00',
      '4,Launch,2026-05-04,2026-05-18,800.00,USD,4000.00',
      '',
    ]);
  });

  const named = (name: string) =>
    scheduleToCsv(
      schedule({ ...WEBSITE_PLAN, milestones: WEBSITE_PLAN.milestones.map((m, i) => (i === 0 ? { ...m, name } : m)) }),
    );

  it.each([
    // papaparse quotes a cell it escapes; the apostrophe keeps the spreadsheet from running it.
    ['=1+1', `"'=1+1"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['a, b', '"a, b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['Café Łódź', 'Café Łódź'],
  ])('writes the milestone name %j as the cell %j', (name, cell) => {
    expect(named(name)).toContain(`,${cell},`);
  });

  test.prop([fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== '')], {
    numRuns: 1000,
    // Found by a run: a name of pipes once made the reading guess the wrong delimiter.
    examples: [['+|||']],
  })('reads back every name, and no cell starts with a formula character', (name) => {
    // RFC 4180 cells are split at commas; left to guess, papaparse takes "+|||" for a pipe-delimited file.
    const rows = Papa.parse<string[]>(named(name).slice(1), { newline: '\r\n', delimiter: ',' }).data;
    const cell = rows[2]?.[1] ?? '';
    expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    expect(cell === name || cell === `'${name}`).toBe(true);
  });
});

describe('iCalendar (RFC 5545)', () => {
  const s = schedule(WEBSITE_PLAN);
  const ics = scheduleToIcs(s, { now: NOW, reminderDays: 2, paymentTerms: WEBSITE_PLAN.paymentTerms });

  it('parses with ical.js into one all-day event per due date, each with a reminder', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(4);
    const parsed = events.map((v) => {
      const e = new ICAL.Event(v);
      const alarm = v.getFirstSubcomponent('valarm');
      return {
        date: e.startDate.toString(),
        allDay: e.startDate.isDate,
        summary: e.summary,
        trigger: alarm?.getFirstPropertyValue('trigger')?.toString(),
      };
    });
    expect(parsed[1]).toEqual({
      date: '2026-03-30',
      allDay: true,
      summary: 'Payment due: Design, 1,000.00 USD',
      trigger: '-P2D',
    });
    expect(parsed.map((p) => p.date)).toEqual(['2026-03-02', '2026-03-30', '2026-04-27', '2026-05-18']);
  });

  it('uses CRLF, lines of at most 75 octets, and the same UIDs for the same plan', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const again = scheduleToIcs(s, { now: new Date(Date.UTC(2027, 0, 1)) });
    const uids = (text: string) => text.match(/^UID:.*$/gm);
    expect(uids(again)).toEqual(uids(ics));
    const other = scheduleToIcs(schedule({ ...WEBSITE_PLAN, startDate: '2026-03-03' }), { now: NOW });
    expect(uids(other)).not.toEqual(uids(ics));
  });

  it('escapes TEXT and round-trips awkward names through a real parser', () => {
    const name = 'Phase 1; design, copy & "logo" \\ ünïcødé 🎉 '.repeat(2).trim();
    const plan = { ...WEBSITE_PLAN, milestones: WEBSITE_PLAN.milestones.map((m, i) => (i === 0 ? { ...m, name } : m)) };
    const text = scheduleToIcs(schedule(plan), { now: NOW });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(new ICAL.Event(events[1]!).summary).toBe(`Payment due: ${name}, 1,000.00 USD`);
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })], { numRuns: 1000 })(
    'folding never splits a character and unfolds to the original',
    (s) => {
      const folded = foldIcsLine(`SUMMARY:${s}`);
      for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${s}`);
    },
  );
});

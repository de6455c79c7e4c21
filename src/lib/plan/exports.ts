/**
 * Files made from the schedule in the browser: CSV (RFC 4180, by papaparse) and iCalendar (RFC 5545). The island
 * loads this module with import() when the reader asks for a file, so neither costs the page's first visit.
 */
import Papa from 'papaparse';
import { formatMinorAsInput, formatMoney } from '../money';
import { addDays, formatDate } from '../dates';
import type { Schedule } from './schema';
import { describePaymentTerms } from './describe';
import type { PaymentTerms } from './schema';

/** Excel reads a CSV without a byte-order mark as the system's code page and garbles "Café" or "Łódź". */
export const UTF8_BOM = '\ufeff';

/**
 * The schedule as CSV (RFC 4180: a header row, one row per payment, CRLF line ends), written by papaparse. Its
 * escapeFormulae puts an apostrophe before a cell that starts with = + - @, tab or carriage return, so a
 * spreadsheet shows a milestone named "=1+1" as text instead of running it (OWASP "CSV injection").
 */
export function scheduleToCsv(schedule: Schedule): string {
  const rows = [
    ['Payment', 'Name', 'Work delivered', 'Due date', 'Amount', 'Currency', 'Running total'],
    ...schedule.payments.map((p) => [
      String(p.index),
      p.name,
      p.deliveryDate ?? '',
      p.dueDate,
      formatMinorAsInput(p.amountMinor, schedule.currency),
      schedule.currency,
      formatMinorAsInput(p.cumulativeMinor, schedule.currency),
    ]),
  ];
  return UTF8_BOM + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: true }) + '\r\n';
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1), never inside a UTF-8 character;
 * each continuation starts with one space, which counts towards its 75.
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n');
}

/** A 64-bit FNV-1a hash as hex: UIDs that stay the same when the same plan is exported again. */
export function hashText(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function icsTimestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP); pass new Date() from the island. */
  now: Date;
  /** Days before each due date that the reminder shows. */
  reminderDays?: number;
  paymentTerms?: PaymentTerms;
}

/** One all-day VEVENT per payment, each with a display reminder, as an RFC 5545 VCALENDAR. */
export function scheduleToIcs(schedule: Schedule, options: IcsOptions): string {
  const reminder = Math.max(0, Math.floor(options.reminderDays ?? 2));
  const stamp = icsTimestamp(options.now);
  const planKey = hashText(
    JSON.stringify([
      schedule.currency,
      schedule.totalMinor,
      schedule.payments.map((p) => [p.name, p.dueDate, p.amountMinor]),
    ]),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Offramp//Payment plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const p of schedule.payments) {
    const amount = formatMoney(p.amountMinor, schedule.currency);
    const summary = `Payment due: ${p.name}, ${amount}`;
    const details = [
      `${p.name}: ${amount}, due on ${formatDate(p.dueDate)}.`,
      p.deliveryDate ? `Work delivered on ${formatDate(p.deliveryDate)}.` : 'Deposit, due on the start date.',
      `Running total: ${formatMoney(p.cumulativeMinor, schedule.currency)} of ${formatMoney(schedule.totalMinor, schedule.currency)}.`,
      ...(options.paymentTerms ? [describePaymentTerms(options.paymentTerms)] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${planKey}-${p.index}@offramp.payment-plan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(p.dueDate)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(p.dueDate, 1))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(details)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(`${reminder === 0 ? 'Today' : `In ${reminder} ${reminder === 1 ? 'day' : 'days'}`}: ${summary}`)}`,
      `TRIGGER:-P${reminder}D`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** The schedule as plain text for "Copy as text". */
export function scheduleToText(schedule: Schedule, sentences: readonly string[], footer: readonly string[]): string {
  return [...sentences, `Total: ${formatMoney(schedule.totalMinor, schedule.currency)}.`, ...footer].join('\n');
}

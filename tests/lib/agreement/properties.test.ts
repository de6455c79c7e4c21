// @vitest-environment happy-dom
/**
 * Properties over every export: what the reader types is literal text everywhere and never markup; no
 * placeholder, "undefined" or "NaN" is ever produced by us; clauses appear once each, numbered 1..n.
 */
import { readPlanStep } from '../../../src/lib/agreement/plan-step';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { h, render } from 'preact';
import { describe, expect, test } from 'vitest';
import { buildAgreement, type AgreementDocument, type Segment } from '../../../src/lib/agreement/build';
import type { AgreementState } from '../../../src/lib/agreement/form';
import { normalizeText } from '../../../src/lib/agreement/text';
import { renderMarkdown, renderPlainText } from '../../../src/lib/agreement/render';
import { Preview } from '../../../src/components/islands/agreement/Preview';
import { loadFixture, loadLibrary } from './library';

const library = loadLibrary();
const base = loadFixture('design-fixed-deposit');

type Setter = (s: AgreementState, v: string) => AgreementState;
/** Every field the reader types free text into, with how to put a value there. */
const field =
  (key: string): Setter =>
  (s, v) => ({ ...s, fields: { ...s.fields, [key]: v } });
const TEXT_FIELDS: Record<string, Setter> = {
  'freelancer.name': field('freelancerName'),
  'freelancer.email': field('freelancerEmail'),
  'freelancer.address': field('freelancerAddress'),
  'client.name': field('clientName'),
  'client.contact': field('clientContact'),
  'client.email': field('clientEmail'),
  'client.address': field('clientAddress'),
  'project.title': field('projectTitle'),
  'project.scope': field('projectScope'),
  deliverable: (s, v) => ({ ...s, fields: { ...s.fields, deliverables: `First\n${v}` } }),
  exclusion: field('exclusions'),
  milestone: (s, v) => ({
    ...s,
    plan: { ...s.plan, milestones: s.plan.milestones.map((m, i) => (i === 0 ? { ...m, name: v } : m)) },
  }),
  paymentMethod: field('paymentMethod'),
  governingLaw: field('governingLaw'),
  platformName: (s, v) => ({ ...s, fields: { ...s.fields, platform: 'stays-on-platform', platformName: v } }),
};

/** Strings aimed at Markdown and HTML, mixed with arbitrary Unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        '[x](http://evil.example)',
        '![i](x.png)',
        '<script>alert(1)</script>',
        '<b>',
        '&amp;',
        '&copy;',
        '*',
        '**',
        '_',
        '`',
        '~~',
        '#',
        '1.',
        '- ',
        '> ',
        '|',
        '\\',
        'www.example.com',
        'https://x.example',
        'a@b.co',
        '{client.name}',
        '{ref:fees}',
        ' ',
        'Ana',
        '\n',
        '\t',
        '---',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const ALLOWED_TAGS = new Set(['h1', 'h2', 'p', 'ul', 'li', 'blockquote', 'strong']);

function markdownToHtml(md: string): string {
  // Raw HTML allowed on purpose: if escaping ever failed, the HTML would come through and the test would see it.
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function textOfHtml(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
}

function previewElement(doc: AgreementDocument): HTMLElement {
  const host = document.createElement('div');
  render(h(Preview, { doc }), host);
  return host;
}

describe('reader text is literal text in every format', () => {
  test('any string typed into any field appears unchanged and never as markup', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(TEXT_FIELDS)), nasty, (field, raw) => {
        const typed = field === 'deliverable' || field === 'exclusion' ? raw.replace(/[\r\n]/g, ' ') : raw;
        const expected = normalizeText(typed);
        fc.pre(expected !== '' && !(field === 'milestone' && expected.length > 80));
        const setter = TEXT_FIELDS[field];
        if (!setter) throw new Error(field);
        const { document: doc } = buildAgreement(setter(base, typed), library, readPlanStep);

        expect(renderPlainText(doc).replace(/\s+/g, ' ')).toContain(expected);

        const html = markdownToHtml(renderMarkdown(doc));
        expect(textOfHtml(html)).toContain(expected.replace(/\s+/g, ' '));
        const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase());
        expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        for (const m of html.matchAll(/<strong>([\s\S]*?)<\/strong>/g)) {
          expect(['Freelancer:', 'Client:']).toContain(decodeEntities(m[1] ?? ''));
        }

        const host = previewElement(doc);
        expect((host.textContent ?? '').replace(/\s+/g, ' ')).toContain(expected);
        const elements = [...host.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
        expect(
          elements.filter(
            (t) =>
              !['article', 'h2', 'h3', 'p', 'section', 'ul', 'li', 'div', 'strong', 'input', 'label', 'a'].includes(t),
          ),
        ).toEqual([]);
        // The only links are ours, to the clause library's legal notes.
        for (const a of host.querySelectorAll('a')) {
          expect(a.getAttribute('href')).toMatch(/^\/tools\/agreement\/clauses\/#clause-[a-z-]+$/);
        }
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});

/** Any state the form can hold: free text, odd numbers, any choices, switched clauses. */
const numberText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', '0', '1', '7', '50', '100', '101', '1e3', 'NaN', 'Infinity', '-5', '12.345', '1,000.50', ' 14 '),
);
const plainText = fc.string({ maxLength: 20 });
const dateText = fc.constantFrom('', '2026-02-16', '2026-03-01', '2026-02-30', '2025-12-31', 'tomorrow', '2027-01-01');

const anyState: fc.Arbitrary<AgreementState> = fc
  .record({
    names: fc.array(plainText, { minLength: 12, maxLength: 12 }),
    numbers: fc.array(numberText, { minLength: 15, maxLength: 15 }),
    dates: fc.array(dateText, { minLength: 3, maxLength: 3 }),
    milestones: fc.array(
      fc.record({
        name: plainText,
        date: dateText,
        share: numberText,
        shareKind: fc.constantFrom('percent' as const, 'amount' as const, 'equal' as const),
        dueKind: fc.constantFrom('days-after-start' as const, 'months-after-start' as const, 'date' as const),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    pricing: fc.constantFrom('fixed' as const, 'hourly' as const),
    depositKind: fc.constantFrom('none' as const, 'percent' as const, 'amount' as const),
    terms: fc.constantFrom('on-delivery' as const, 'net' as const),
    late: fc.constantFrom('none' as const, 'contract' as const, 'uk-statutory' as const, 'eu-statutory' as const),
    latePer: fc.constantFrom('month' as const, 'year' as const),
    feePayer: fc.constantFrom('freelancer' as const, 'client' as const, 'split' as const),
    decimalMark: fc.constantFrom('auto' as const, '.' as const, ',' as const),
    currency: fc.constantFrom('USD', 'JPY', 'KWD', 'EUR', 'XXX', ''),
    ip: fc.constantFrom('', 'assignment', 'exclusive-licence', 'non-exclusive-licence'),
    platform: fc.constantFrom('', 'conversion-fee-paid', 'not-from-platform', 'stays-on-platform'),
    chosen: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    fromCalculator: fc.boolean(),
  })
  .map((r) => {
    const [n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11] = r.names as [string, ...string[]];
    const [k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13, k14] = r.numbers as [string, ...string[]];
    const [d0, d1, d2] = r.dates as [string, string, string];
    const yes = (on: boolean | undefined) => (on ? 'yes' : '');
    const fields = {
      freelancerName: n0,
      freelancerEmail: n1 ?? '',
      freelancerAddress: n2 ?? '',
      clientName: n3 ?? '',
      clientContact: n4 ?? '',
      clientEmail: n5 ?? '',
      clientAddress: n6 ?? '',
      projectTitle: n7 ?? '',
      projectScope: n8 ?? '',
      deliverables: n9 ?? '',
      exclusions: n10 ?? '',
      reviewDays: k0,
      revisionRounds: k1 ?? '',
      agreementDate: d0,
      endDate: d1,
      paymentMethod: n11 ?? '',
      pauseDays: k14 ?? '',
      expensesCap: k13 ?? '',
      ip: r.ip,
      noticeDays: k11 ?? '',
      killFeePercent: k12 ?? '',
      governingLaw: n0,
      platform: r.platform,
      platformName: n1 ?? '',
      portfolio: yes(r.chosen[0]),
      confidentiality: yes(r.chosen[1]),
      expenses: yes(r.chosen[2]),
      'non-solicitation': yes(r.chosen[3]),
      indemnity: yes(r.chosen[4]),
    };
    const plan = {
      currency: r.currency,
      decimalMark: r.decimalMark,
      pricingKind: r.pricing,
      total: k2 ?? '',
      rate: k3 ?? '',
      hours: k4 ?? '',
      weeks: k5 ?? '',
      every: k6 ?? '',
      startDate: d2,
      depositKind: r.depositKind,
      depositPercent: k7 ?? '',
      depositAmount: k7 ?? '',
      milestones: r.milestones.map((m) => ({
        name: m.name,
        shareKind: m.shareKind,
        sharePercent: m.share,
        shareAmount: m.share,
        dueKind: m.dueKind,
        dueDays: m.share,
        dueMonths: m.share,
        dueDate: m.date,
      })),
      termsKind: r.terms,
      netDays: k8 ?? '',
      routes: [],
      feePayer: r.feePayer,
      lateKind: r.late,
      lateRate: k9 ?? '',
      latePer: r.latePer,
      graceDays: k10 ?? '',
      cap: k9 ?? '',
      referenceRate: k10 ?? '',
      referenceAsOf: d0,
    };
    return {
      fields,
      plan: r.fromCalculator ? loadFixture('development-hourly-retainer').plan : plan,
      fromCalculator: r.fromCalculator,
    };
  });

function ourSegments(doc: AgreementDocument): Segment[] {
  const blocks = doc.clauses.flatMap((c) => c.blocks);
  return [
    ...doc.summary,
    ...doc.subtitle,
    ...blocks.flatMap((b) => (b.kind === 'paragraph' ? b.segments : b.items.flat())),
  ].filter((s) => s.kind !== 'user');
}

describe('whatever the form holds', () => {
  test('no placeholder, undefined or NaN is ever written by us, and nothing throws', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { document: doc } = buildAgreement(state, library, readPlanStep);
        for (const s of ourSegments(doc)) {
          expect(s.text).not.toMatch(/undefined|NaN|Infinity|\{[^}]*\}/);
        }
        expect(() => renderMarkdown(doc)).not.toThrow();
        expect(() => renderPlainText(doc)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  }, 300_000);

  test('every selected clause appears exactly once, numbered 1..n, and cross-references point inside', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { document: doc } = buildAgreement(state, library, readPlanStep);
        const ids = doc.clauses.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(doc.clauses.map((c) => c.number)).toEqual(ids.map((_, i) => i + 1));
        for (const c of library.clauses.filter((c) => c.required)) expect(ids).toContain(c.id);
        for (const id of ['portfolio', 'confidentiality', 'expenses', 'non-solicitation', 'indemnity']) {
          expect(ids.includes(id)).toBe(state.fields[id] === 'yes');
        }
        const text = renderPlainText(doc);
        for (const c of doc.clauses) {
          const heading = `\n${c.number}. ${c.title}\n`;
          expect(text.split(heading).length - 1).toBe(1);
        }
        for (const s of ourSegments(doc)) {
          for (const m of s.text.matchAll(/clause (\d+)/g)) {
            expect(Number(m[1])).toBeGreaterThanOrEqual(1);
            expect(Number(m[1])).toBeLessThanOrEqual(doc.clauses.length);
          }
        }
        const fees = doc.clauses.find((c) => c.id === 'fees-and-schedule')?.number;
        const deposit = doc.clauses.find((c) => c.id === 'deposit');
        if (deposit)
          expect(
            deposit.blocks.map((b) => (b.kind === 'paragraph' ? b.segments.map((s) => s.text).join('') : '')).join(' '),
          ).toContain(`clause ${fees}`);
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});

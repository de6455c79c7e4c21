/**
 * The clause library's schema (src/content/data/clauses/*.yaml). It runs at build time with full zod, so a clause
 * that uses a placeholder the form does not fill, or a variant the form cannot choose, stops the build with a
 * message naming the file and the placeholder.
 */
import { z } from 'zod';
import {
  CHOICES,
  CONDITIONS,
  PLACEHOLDERS,
  SUMMARY_CONDITIONS,
  isPlaceholderName,
  tokenizeClauseText,
  type ChoiceName,
} from './fields';

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

/** One paragraph of clause text: plain sentences with `{placeholder}` and `{ref:clause-id}` tokens. */
const paragraph = z.string().min(1).max(1200);

export const clauseVariantSchema = z.strictObject({
  /** One of the values of the clause's `choice` (see CHOICES in fields.ts). */
  id: kebabId,
  /** How the form names this option, in plain words. */
  label: z.string().min(1).max(120),
  /** Paragraphs that follow the clause's common text when this variant is chosen. */
  text: z.array(paragraph).min(1),
  /** Plain-English hint shown under the option in the form. */
  hint: z.string().min(1).max(300).optional(),
});

export const legalNoteSchema = z.strictObject({
  /** Id of a fact in the rules collection (src/content/data/rules/*.yaml); its text and figures are shown. */
  factId: kebabId,
});

export const clauseSchema = z
  .strictObject({
    /** Kebab-case id; equals the file name, so errors can name the file. */
    id: kebabId,
    /** Position in the document; numbering is computed from the clauses present, so gaps are fine. */
    order: z.number().int().min(0).max(10_000),
    /** Heading of the clause. */
    title: z.string().min(1).max(80),
    /** Paragraphs common to every variant. Empty only when every variant carries the whole text. */
    text: z.array(paragraph),
    /** The form choice that picks a variant (a key of CHOICES), with one variant per value. */
    choice: z.enum(Object.keys(CHOICES) as [ChoiceName, ...ChoiceName[]]).optional(),
    variants: z.array(clauseVariantSchema).optional(),
    /** "Why this matters" in one or two plain sentences. */
    why: z.string().min(1).max(320),
    /** Required clauses are always in the document; optional ones need `includeWhen`. */
    required: z.boolean(),
    /** When an optional clause is in the document (see CONDITIONS in fields.ts). */
    includeWhen: z.enum(CONDITIONS).optional(),
    /** For a clause the reader chooses: the form step that offers it. */
    formStep: z.enum(['money', 'rights', 'legal']).optional(),
    /** For a clause the reader chooses: ticked in a new form (off for clauses with risks of their own). */
    chosenByDefault: z.boolean().default(false),
    /** Every placeholder the clause uses; each must be one the form provides (PLACEHOLDERS in fields.ts). */
    fields: z.array(z.string()),
    /** Facts the reader should know about this clause, read from the rules collection (never retyped here). */
    legalNotes: z.array(legalNoteSchema).default([]),
  })
  .superRefine((clause, ctx) => {
    const file = `src/content/data/clauses/${clause.id}.yaml`;
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', path, message: `${file}: ${message}` });

    const sentences = clause.why.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
    if (sentences > 2) issue('"why" must be one or two sentences', ['why']);

    if (clause.required && clause.includeWhen) issue('a required clause cannot have includeWhen', ['includeWhen']);
    if (!clause.required && !clause.includeWhen) issue('an optional clause needs includeWhen', ['includeWhen']);
    if ((clause.includeWhen === 'chosen') !== (clause.formStep !== undefined)) {
      issue('a clause the reader chooses needs formStep, and only such a clause has one', ['formStep']);
    }

    for (const [i, field] of clause.fields.entries()) {
      if (!isPlaceholderName(field)) {
        issue(`field "${field}" is not provided by the form (see PLACEHOLDERS in src/lib/agreement/fields.ts)`, [
          'fields',
          i,
        ]);
      }
    }

    if ((clause.choice === undefined) !== (clause.variants === undefined)) {
      issue('"choice" and "variants" go together', ['variants']);
    }
    if (clause.choice && clause.variants) {
      const expected = [...CHOICES[clause.choice]].sort().join(', ');
      const found = clause.variants
        .map((v) => v.id)
        .sort()
        .join(', ');
      if (expected !== found) issue(`variants must be exactly ${expected} (found ${found})`, ['variants']);
    }
    if (clause.text.length === 0 && !clause.variants) issue('a clause without variants needs text', ['text']);

    const paragraphs: [string, (string | number)[]][] = [
      ...clause.text.map((t, i): [string, (string | number)[]] => [t, ['text', i]]),
      ...(clause.variants ?? []).flatMap((v, vi) =>
        v.text.map((t, i): [string, (string | number)[]] => [t, ['variants', vi, 'text', i]]),
      ),
    ];
    for (const [text, path] of paragraphs) {
      const tokens = tokenizeClauseText(text);
      for (const token of tokens) {
        if (typeof token === 'string') continue;
        if (token.kind === 'ref') {
          if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(token.name))
            issue(`cross-reference {ref:${token.name}} is malformed`, path);
          continue;
        }
        if (!isPlaceholderName(token.name)) {
          issue(`placeholder {${token.name}} is not provided by the form`, path);
        } else {
          if (!clause.fields.includes(token.name)) issue(`placeholder {${token.name}} is missing from "fields"`, path);
          if (PLACEHOLDERS[token.name] === 'list' && tokens.length !== 1) {
            issue(`list placeholder {${token.name}} must be a paragraph on its own`, path);
          }
        }
      }
    }
  });

export type ClauseVariant = z.output<typeof clauseVariantSchema>;
export type Clause = z.output<typeof clauseSchema>;

/**
 * Checks what one file cannot: ids unique, and every cross-reference pointing at a required clause (an optional
 * one could be switched off, leaving "see clause" pointing at nothing). Returns messages; empty means fine.
 */
export function checkClauseLibrary(clauses: readonly Clause[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Clause>();
  for (const clause of clauses) {
    if (byId.has(clause.id)) problems.push(`clause id "${clause.id}" is used twice`);
    byId.set(clause.id, clause);
  }
  for (const clause of clauses) {
    const texts = [...clause.text, ...(clause.variants ?? []).flatMap((v) => v.text)];
    for (const text of texts) {
      for (const token of tokenizeClauseText(text)) {
        if (typeof token === 'string' || token.kind !== 'ref') continue;
        const target = byId.get(token.name);
        if (!target) {
          problems.push(`src/content/data/clauses/${clause.id}.yaml: {ref:${token.name}} names no clause`);
        } else if (!target.required) {
          problems.push(`src/content/data/clauses/${clause.id}.yaml: {ref:${token.name}} points at an optional clause`);
        }
      }
    }
  }
  return problems;
}

/** One sentence of the agreement's "In short" summary, in the clauses' placeholder syntax. */
export const summarySentenceSchema = z
  .strictObject({
    /** Kebab-case id, unique in the file. */
    id: kebabId,
    /** The sentence, with `{placeholder}` and `{ref:clause-id}` tokens. */
    text: paragraph,
    /** When the sentence is in the summary; always when absent. */
    when: z.enum(SUMMARY_CONDITIONS).optional(),
  })
  .superRefine((s, ctx) => {
    for (const token of tokenizeClauseText(s.text)) {
      if (typeof token === 'string' || token.kind === 'ref') continue;
      if (!isPlaceholderName(token.name) || PLACEHOLDERS[token.name] === 'list') {
        ctx.addIssue({
          code: 'custom',
          path: ['text'],
          message: `src/content/data/agreement-summary.yaml (${s.id}): {${token.name}} is not an inline placeholder the form provides`,
        });
      }
    }
  });
export type SummarySentence = z.output<typeof summarySentenceSchema>;

/** The summary's one entry: its sentences, in the order they are read. */
export const agreementSummarySchema = z.strictObject({ sentences: z.array(summarySentenceSchema).min(1) });

import { describe, expect, test } from 'vitest';
import { checkClauseLibrary, clauseSchema, type Clause } from '../../../src/lib/agreement/schema';
import { loadClauses, loadFacts } from './library';

const clauses = loadClauses();

/** A valid optional clause to vary in the failure cases below. */
const base = {
  id: 'example',
  order: 5,
  title: 'Example',
  text: ['The Client pays {total}.'],
  why: 'It matters.',
  required: false,
  includeWhen: 'chosen',
  formStep: 'rights',
  fields: ['total'],
};

function messagesOf(input: unknown): string[] {
  const result = clauseSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('the clause library', () => {
  test('every clause file passes the schema and the library checks', () => {
    expect(checkClauseLibrary(clauses)).toEqual([]);
  });

  // The issue's list of topics, each mapped to the clause that covers it.
  test.each([
    'parties',
    'scope',
    'exclusions',
    'timeline',
    'delivery-and-acceptance',
    'revisions',
    'fees-and-schedule',
    'payment-method',
    'deposit',
    'late-payment',
    // Issue 12: the clauses comparable generators have.
    'non-solicitation',
    'force-majeure',
    'notices',
    'severability',
    'assignment',
    'indemnity',
    'expenses',
    'termination',
    'intellectual-property',
    'portfolio',
    'confidentiality',
    'independent-contractor',
    'warranties-and-liability',
    'disputes',
    'governing-law',
    'platform',
    'entire-agreement',
    'signatures',
  ])('has the %s clause', (id) => {
    expect(clauses.map((c) => c.id)).toContain(id);
  });

  test('the intellectual-property clause offers assignment, exclusive and non-exclusive licences', () => {
    const ip = clauses.find((c) => c.id === 'intellectual-property');
    expect(ip?.variants?.map((v) => v.id).sort()).toEqual(['assignment', 'exclusive-licence', 'non-exclusive-licence']);
  });

  test('every legal note names a fact that exists in the rules collection', () => {
    const facts = loadFacts();
    const missing = clauses.flatMap((c) =>
      c.legalNotes.filter((n) => !(n.factId in facts)).map((n) => `${c.id}:${n.factId}`),
    );
    expect(missing).toEqual([]);
  });

  test('the written-contract thresholds sit on the parties clause', () => {
    const parties = clauses.find((c) => c.id === 'parties');
    expect(parties?.legalNotes.map((n) => n.factId)).toEqual([
      'nyc-fifa-threshold',
      'nys-fifa',
      'illinois-fwpa',
      'california-sb-988',
      'los-angeles-fwpo',
    ]);
  });
});

describe('clauseSchema rejects, naming the file and the placeholder', () => {
  test('accepts the base example', () => {
    expect(messagesOf(base)).toEqual([]);
  });

  test.each([
    [
      'a placeholder the form does not provide',
      { ...base, text: ['Pay {client.shoeSize}.'] },
      'src/content/data/clauses/example.yaml: placeholder {client.shoeSize} is not provided by the form',
    ],
    [
      'a field the form does not provide',
      { ...base, fields: ['total', 'client.shoeSize'] },
      'src/content/data/clauses/example.yaml: field "client.shoeSize" is not provided by the form (see PLACEHOLDERS in src/lib/agreement/fields.ts)',
    ],
    [
      'a placeholder missing from fields',
      { ...base, text: ['Pay {total} to {freelancer.name}.'] },
      'src/content/data/clauses/example.yaml: placeholder {freelancer.name} is missing from "fields"',
    ],
    [
      'a list placeholder inside a sentence',
      { ...base, text: ['Payments: {schedule}'], fields: ['schedule'] },
      'src/content/data/clauses/example.yaml: list placeholder {schedule} must be a paragraph on its own',
    ],
    [
      'an optional clause with no condition',
      { ...base, includeWhen: undefined },
      'src/content/data/clauses/example.yaml: an optional clause needs includeWhen',
    ],
    [
      'variants that do not match the choice',
      { ...base, choice: 'ip', variants: [{ id: 'assignment', label: 'A', text: ['x'] }] },
      'src/content/data/clauses/example.yaml: variants must be exactly assignment, exclusive-licence, non-exclusive-licence (found assignment)',
    ],
    [
      'a "why" of three sentences',
      { ...base, why: 'One. Two. Three.' },
      'src/content/data/clauses/example.yaml: "why" must be one or two sentences',
    ],
  ])('%s', (_name, input, message) => {
    expect(messagesOf(input)).toContain(message);
  });

  test('a cross-reference to an optional clause is refused by the library check', () => {
    const optional = clauseSchema.parse(base);
    const referring: Clause = clauseSchema.parse({
      ...base,
      id: 'other',
      required: true,
      includeWhen: undefined,
      formStep: undefined,
      text: ['See clause {ref:example}.'],
      fields: [],
    });
    expect(checkClauseLibrary([optional, referring])).toEqual([
      'src/content/data/clauses/other.yaml: {ref:example} points at an optional clause',
    ]);
    expect(checkClauseLibrary([referring]).join()).toContain('{ref:example} names no clause');
  });
});

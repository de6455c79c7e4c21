/** The four steps of the check, in the order the reader answers them, with their headings. No zod: ships in the island. */
export const TRUST_SECTIONS = ['request', 'client', 'payment', 'communication'] as const;
export type TrustSection = (typeof TRUST_SECTIONS)[number];

export const TRUST_SECTION_TITLES: Record<TrustSection, string> = {
  request: 'The request',
  client: 'Who the client is',
  payment: 'The payment offer',
  communication: 'How they communicate',
};

/** Questions in the order the reader meets them: by section, then by `order`, then by id. */
export function sortQuestions<Q extends { id: string; section: TrustSection; order: number }>(
  questions: readonly Q[],
): Q[] {
  return [...questions].sort(
    (a, b) =>
      TRUST_SECTIONS.indexOf(a.section) - TRUST_SECTIONS.indexOf(b.section) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Text meant for the team, which a reader must never see: a briefing file named ("facts.md", "briefs/"), a path on
 * a build machine, or a data id given as a cross-reference ("(see two-year-conflict)"). Used over the data here
 * and over every built page in tests/e2e.
 */
const PATTERNS: readonly RegExp[] = [
  /\bfacts\.md\b/i,
  /\bbriefs\/[\w.-]+\.md\b/i,
  /(?:^|[\s(])\.\.\/shared\b/,
  /\/work\/(?:shared|main|wt)\b/,
  // A kebab-case id with at least one hyphen, in brackets after "see": "(see two-year-conflict)".
  /\(see [a-z0-9]+(?:-[a-z0-9]+)+\)/,
];

/** Each match, with a little context, so a failure shows where the note is. */
export function findTeamNotes(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of text.matchAll(global)) {
      const at = m.index ?? 0;
      found.push(text.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\s+/g, ' '));
    }
  }
  return found;
}

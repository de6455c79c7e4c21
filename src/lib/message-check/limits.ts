/**
 * What the form checks before the matcher is even loaded: the length limit and its wording. Apart from check.ts
 * so that the page's first load carries only this.
 */
import { formatCount } from '../numbers';

/** The longest text checked at once, in characters (UTF-16 code units, as a textarea counts them). */
export const MAX_CHARACTERS = 20_000;

export type LengthProblem = { status: 'empty' } | { status: 'too-long'; length: number; limit: number };

/** Why a text cannot be checked as it is (only spaces, or too long), or null when it can. */
export function findLengthProblem(text: string): LengthProblem | null {
  if (text.trim() === '') return { status: 'empty' };
  if (text.length > MAX_CHARACTERS) return { status: 'too-long', length: text.length, limit: MAX_CHARACTERS };
  return null;
}

/** The form's error for a length problem. Nothing is ever cut: the reader decides what to remove. */
export function describeLengthProblem(problem: LengthProblem): string {
  if (problem.status === 'empty') return "Paste or type the client's message";
  const { length, limit } = problem;
  return `The text is ${formatCount(length)} characters long. The check reads up to ${formatCount(limit)} at a time: remove ${formatCount(length - limit)} characters, or check it in two parts.`;
}

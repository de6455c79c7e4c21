/**
 * How every tool says where a figure comes from: its source's date, the day it was checked, and how far it can
 * be trusted. One function, so the wording is the same on every page and in every tool.
 */
import { describeConfidence } from './lookup';
import type { Confidence } from './schema';

export interface Sourcing {
  sourceDate: string;
  checked: string;
  confidence: Confidence;
}

/** "dated 2026-03-02, checked 2026-11-26; verified from the primary source" or "undated, …". */
export function describeSourcing(s: Sourcing): string {
  const dated = s.sourceDate === 'undated' ? 'undated' : `dated ${s.sourceDate}`;
  return `${dated}, checked ${s.checked}; ${describeConfidence(s.confidence).toLowerCase()}`;
}

/** Low-confidence and not-found figures are shown only with an "unverified" mark. */
export function isUnverified(confidence: Confidence): boolean {
  return confidence === 'low' || confidence === 'not-found';
}

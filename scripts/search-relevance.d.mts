import type { Page } from 'playwright-core';

export interface RelevanceQuestion {
  q: string;
  first: string;
  also?: string[];
  heldOut?: boolean;
  from?: string;
}
export interface RelevanceScore {
  n: number;
  top1: number;
  top3: number;
  misses: { q: string; expected: string; got: string[]; inTop3: boolean }[];
}
export const RELEVANCE_FILE: string;
export function loadRelevanceSet(file?: string): Promise<RelevanceQuestion[]>;
export function rankThroughApi(page: Page, queries: string[], options?: { ranking?: object }): Promise<string[][]>;
export function rankThroughBox(page: Page, queries: string[]): Promise<string[][]>;
export function scoreRelevance(questions: RelevanceQuestion[], rankings: string[][]): RelevanceScore;
export function describeScore(label: string, score: RelevanceScore): string;

export declare const RUN_LENGTH: number;
export declare function normaliseWords(text: string): string[];
export declare function collectRuns(words: readonly string[], n?: number): Set<string>;
export declare function hashRun(run: string): string;
export declare function hashRunsOf(text: string, n?: number): string[];

export interface HeaderRule {
  /** Path pattern, e.g. "/*". */
  pattern: string;
  headers: Record<string, string>;
}

export declare function parseHeadersFile(text: string): HeaderRule[];
export declare function readSiteHeaders(dir: string): Promise<Record<string, string>>;

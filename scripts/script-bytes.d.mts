export interface ScriptBytes {
  /** Site paths of the script files, in the order they were found. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** The inline scripts' share of gzipBytes: they travel inside the HTML. */
  inlineGzipBytes: number;
}

export declare function islandScriptBytes(dist: string, htmlFile: string): Promise<ScriptBytes>;
export declare function pageScriptBytes(dist: string, htmlFile: string): Promise<ScriptBytes>;

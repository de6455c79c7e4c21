export interface FirstVisit {
  html: number;
  css: number;
  js: number;
  favicon: number;
  total: number;
  scripts: string[];
}

export declare function measureFirstVisit(dist: string, path: string): Promise<FirstVisit>;

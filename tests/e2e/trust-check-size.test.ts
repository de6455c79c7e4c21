/** The trust check's JavaScript budget: at most 12 KB gzip for everything the page loads, Preact included. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, islandScriptBytes } from './support/site';

describe('trust check bundle', () => {
  it('ships at most 12 KB gzip of JavaScript including Preact', async () => {
    const { files, gzipBytes } = await islandScriptBytes(join(DIST, 'tools/trust-check/index.html'));
    console.log(`trust check: ${gzipBytes} bytes gzip in ${files.join(', ')}`);
    expect(files.some((f) => f.includes('TrustCheck'))).toBe(true);
    expect(gzipBytes).toBeLessThanOrEqual(12 * 1024);
  });
});

/**
 * Bad content must stop the build with a message that names the file and the field. Each case copies the
 * project's sources to a scratch folder, breaks one entry, and runs a real `astro build` there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'offramp-invalid-'));
  scratch.push(dir);
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  change(dir);
  const bin = join(root, 'node_modules', '.bin');
  const run = spawnSync(join(bin, 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    // vitest sets NODE_ENV=test, which would leak into the build (see STACK.md).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${bin}${delimiter}${process.env['PATH']}`,
    },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('astro build rejects invalid content', () => {
  it('names the guide file and the field when frontmatter is wrong', () => {
    const { status, output } = buildWith((dir) => {
      writeFileSync(
        join(dir, 'src/content/guides/broken-guide.mdx'),
        "---\ntitle: A guide whose description is far too short\ndescription: Short.\ninShort:\n  - One point that is long enough.\n  - Another point long enough.\naskedAs: [first phrasing, second phrasing, third phrasing]\ntopic: platform-rules\norder: 98\nupdated: '2026-11-26'\nreviewed: '2026-02-30'\nsources:\n  - title: Example\n    url: https://example.org/\n    publisher: Example\n    asOf: undated\n---\n\nText.\n",
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/description/);
    expect(output).toMatch(/reviewed/);
  }, 120_000);

  it('names the data file and the field when a fact is wrong', () => {
    const { status, output } = buildWith((dir) => {
      const file = join(dir, 'src/content/data/payment-methods/paypal.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/checked: '2026-11-26'/, "checked: '2026-13-40'"));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('paypal');
    expect(output).toMatch(/checked/);
  }, 120_000);

  it('names the guide file when a related guide does not exist', () => {
    const { status, output } = buildWith((dir) => {
      writeFileSync(
        join(dir, 'src/content/guides/lonely-guide.mdx'),
        "---\ntitle: A guide that points at a guide that does not exist\ndescription: This description is long enough to pass the schema check for guides on the site.\ninShort:\n  - One point that is long enough.\n  - Another point long enough.\naskedAs: [first phrasing, second phrasing, third phrasing]\ntopic: platform-rules\norder: 97\nupdated: '2026-11-26'\nreviewed: '2026-11-26'\nsources:\n  - title: Example\n    url: https://example.org/\n    publisher: Example\n    asOf: undated\nrelated:\n  guides: [no-such-guide]\n---\n\nText.\n",
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain('lonely-guide');
    expect(output).toContain('no-such-guide');
  }, 120_000);
});

/**
 * Reader-typed text must never become markup or code. ESLint bans the DOM sinks in .ts and .tsx (eslint.config.mjs);
 * it does not read .astro files, so this test scans every source file, .astro frontmatter and <script> blocks
 * included, for the sinks, and allows `set:html` only where ALLOWED_SET_HTML gives a reason.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Each `set:html={expression}` allowed in src, with why what it injects cannot come from a reader. */
const ALLOWED_SET_HTML: { file: string; expression: string; reason: string }[] = [
  {
    file: 'src/layouts/BaseLayout.astro',
    expression: 'FIRST_PAINT_SCRIPT',
    reason: 'a string constant from src/scripts/first-paint.ts, whose hash the layout adds to the CSP',
  },
];

const SINKS: { pattern: RegExp; name: string }[] = [
  { pattern: /\.innerHTML\b|\binnerHTML\s*[:=]/, name: 'innerHTML' },
  { pattern: /\bouterHTML\b/, name: 'outerHTML' },
  { pattern: /\binsertAdjacentHTML\b/, name: 'insertAdjacentHTML' },
  { pattern: /\bdangerouslySetInnerHTML\b/, name: 'dangerouslySetInnerHTML' },
  { pattern: /\bcreateContextualFragment\b/, name: 'createContextualFragment' },
  { pattern: /\bdocument\.write(ln)?\s*\(/, name: 'document.write' },
  { pattern: /\beval\s*\(/, name: 'eval' },
  { pattern: /\bnew\s+Function\s*\(/, name: 'new Function' },
  { pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/, name: 'string timer' },
];

/** Every sink in one file's text, as "file:line name". */
function findSinks(file: string, text: string): string[] {
  const found: string[] = [];
  // Comments may name a sink to say why it is not used.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const [i, line] of code.split('\n').entries()) {
    for (const sink of SINKS) if (sink.pattern.test(line)) found.push(`${file}:${i + 1} ${sink.name}`);
    for (const m of line.matchAll(/\bset:html=\{([^}]*)\}|\bset:html=(["'])/g)) {
      const expression = (m[1] ?? 'a literal').trim();
      const allowed = ALLOWED_SET_HTML.some((a) => a.file === file && a.expression === expression);
      if (!allowed) found.push(`${file}:${i + 1} set:html={${expression}} is not in ALLOWED_SET_HTML`);
    }
  }
  return found;
}

async function listSources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listSources(full)));
    else if (/\.(astro|ts|tsx|js|mjs|jsx|mdx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

describe('HTML and code sinks', () => {
  it('appear nowhere in src/ (set:html only with an allowed, reasoned build-time constant)', async () => {
    const found: string[] = [];
    for (const file of await listSources(join(ROOT, 'src'))) {
      found.push(...findSinks(relative(ROOT, file).split('\\').join('/'), await readFile(file, 'utf8')));
    }
    expect(found).toEqual([]);
  });

  it('are found by the scanner when present', () => {
    const bad = [
      'el.innerHTML = input.value;',
      "target.insertAdjacentHTML('beforeend', text);",
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      "const f = new Function('return ' + text);",
      'window.eval(text);',
      "setTimeout('go()', 10);",
      '<Fragment set:html={reader.notes} />',
      '<script is:inline set:html={FIRST_PAINT_SCRIPT} />',
    ].join('\n');
    expect(findSinks('src/components/Example.astro', bad)).toEqual([
      'src/components/Example.astro:1 innerHTML',
      'src/components/Example.astro:2 insertAdjacentHTML',
      'src/components/Example.astro:3 dangerouslySetInnerHTML',
      'src/components/Example.astro:4 new Function',
      'src/components/Example.astro:5 eval',
      'src/components/Example.astro:6 string timer',
      'src/components/Example.astro:7 set:html={reader.notes} is not in ALLOWED_SET_HTML',
      // Allowed in the layout only, not in any other file.
      'src/components/Example.astro:8 set:html={FIRST_PAINT_SCRIPT} is not in ALLOWED_SET_HTML',
    ]);
    expect(findSinks('src/x.ts', '// never use innerHTML here\nel.textContent = text;')).toEqual([]);
  });

  it('are errors in ESLint for islands (.tsx) and scripts (.ts)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const filePath of ['src/components/islands/Probe.tsx', 'src/scripts/probe.ts', 'src/lib/probe.ts']) {
      const [result] = await eslint.lintText(
        'export function f(el: HTMLElement, text: string) {\n  el.innerHTML = text;\n  el.insertAdjacentHTML("beforeend", text);\n  return new Function(text);\n}\n',
        { filePath: join(ROOT, filePath) },
      );
      const rules = result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
      expect(rules, filePath).toEqual(['no-restricted-properties', 'no-restricted-properties', 'no-new-func']);
    }
    // ESLint loads its whole typed config on first use: seconds, more on a busy machine.
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { pruneHighlightTerms } from '../../../src/lib/search/highlight';

const P = 'pagefind-highlight';

describe('pruneHighlightTerms', () => {
  it('keeps the words that matter and the fragment', () => {
    expect(
      pruneHighlightTerms(
        '/guides/written-agreement/?pagefind-highlight=who&pagefind-highlight=owns&pagefind-highlight=the&pagefind-highlight=design#intellectual-property',
        P,
      ),
    ).toBe('/guides/written-agreement/?pagefind-highlight=owns&pagefind-highlight=design#intellectual-property');
  });

  it('drops one-letter terms and leaves other parameters alone', () => {
    expect(pruneHighlightTerms('/g/?x=1&pagefind-highlight=I&pagefind-highlight=upwork', P)).toBe(
      '/g/?x=1&pagefind-highlight=upwork',
    );
  });

  it('leaves a URL without highlight terms untouched', () => {
    expect(pruneHighlightTerms('/tools/agreement/#clauses', P)).toBe('/tools/agreement/#clauses');
  });

  it('removes the parameter when only stop words were typed', () => {
    expect(pruneHighlightTerms('/g/?pagefind-highlight=the&pagefind-highlight=a', P)).toBe('/g/');
  });

  test.prop([fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 6 })], { numRuns: 1000 })(
    'stays a same-site path and never adds terms',
    (terms) => {
      const url = `/guides/x/?${terms.map((t) => `${P}=${t}`).join('&')}`;
      const out = pruneHighlightTerms(url, P);
      expect(out.startsWith('/guides/x/')).toBe(true);
      const kept = new URL(out, 'http://x').searchParams.getAll(P);
      expect(kept.every((t) => terms.includes(t))).toBe(true);
    },
  );
});

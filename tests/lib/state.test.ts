import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { STORAGE_PREFIX, createStateCodec, restoreState } from '../../src/lib/state';
import { clearAllStoredState } from '../../src/lib/storage';

const RUNS = { numRuns: 1000 };

/** A small tool state, like a payment plan's. */
const planSchema = v.object({
  currency: v.string(),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: v.string(),
  milestones: v.array(v.object({ label: v.string(), weight: v.number() })),
});
type Plan = v.InferOutput<typeof planSchema>;

const example: Plan = {
  currency: 'EUR',
  total: 250000,
  note: 'Café 🚀 עברית العربية',
  milestones: [{ label: 'Deposit', weight: 30 }],
};

const codec = createStateCodec({ name: 'payment-plan', version: 2, schema: planSchema });
const planArb = fc.record({
  currency: fc.string({ maxLength: 3 }),
  total: fc.nat(),
  note: fc.string({ unit: 'grapheme', maxLength: 40 }),
  milestones: fc.array(
    fc.record({ label: fc.string({ maxLength: 20 }), weight: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
    {
      maxLength: 6,
    },
  ),
});

/** A Map-backed stand-in for window.localStorage. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, String(v));
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
}

const OLD_NOTICE_LINK = 'The link was made by an older version of this tool, so its settings could not be used.';
const TAMPERED_LINK = "The link's settings could not be read: it may be cut short or changed.";

describe('encode and decode', () => {
  it('encodes as name=v<version>.<base64url of UTF-8 JSON>', () => {
    const encoded = createStateCodec({
      name: 'trust-check',
      version: 1,
      schema: v.object({ a: v.number() }),
    }).encode({
      a: 1,
    });
    // base64url('{"a":1}') = eyJhIjoxfQ (RFC 4648 §5, no padding)
    expect(encoded).toBe('trust-check=v1.eyJhIjoxfQ');
  });

  it('round-trips any Unicode', () => {
    const encoded = codec.encode(example);
    expect(encoded).toMatch(/^payment-plan=v2\.[A-Za-z0-9_-]+$/);
    expect(codec.decode(encoded)).toEqual({ status: 'ok', value: example });
    expect(codec.decode(`#${encoded}`)).toEqual({ status: 'ok', value: example });
  });

  it("reads only its own pair from a fragment with several tools' state", () => {
    const other = createStateCodec({ name: 'payment', version: 2, schema: v.object({ x: v.number() }) });
    const fragment = `#${other.encode({ x: 1 })}&${codec.encode(example)}&junk=%%%`;
    expect(codec.decode(fragment)).toEqual({ status: 'ok', value: example });
    expect(other.decode(fragment)).toEqual({ status: 'ok', value: { x: 1 } });
  });

  it.each([
    ['', { status: 'missing' }],
    ['#', { status: 'missing' }],
    ['#other=v2.e30', { status: 'missing' }],
    ['payment-planx=v2.e30', { status: 'missing' }],
    ['payment-plan=v1.e30', { status: 'rejected', reason: 'old-version', notice: OLD_NOTICE_LINK }],
    [
      'payment-plan=v3.e30',
      {
        status: 'rejected',
        reason: 'old-version',
        notice: 'The link was made by a newer version of this tool, so its settings could not be used.',
      },
    ],
    ['payment-plan=v2.e30', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }], // {} fails the schema
    ['payment-plan=v2.!!!', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }],
    ['payment-plan=v2.e', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }], // bad base64 length
    ['payment-plan=v2./w', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }], // "/" is not base64url
    ['payment-plan=v2._w', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }], // 0xff: not UTF-8
    ['payment-plan=v2.bnVsbA', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }], // null
    ['payment-plan=2.e30', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }],
    ['payment-plan=', { status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK }],
  ])('decode(%j) is %j', (fragment, expected) => {
    expect(codec.decode(fragment)).toEqual(expected);
  });

  it('rejects a payload longer than maxBytes as oversized', () => {
    const small = createStateCodec({ name: 'payment-plan', version: 2, schema: planSchema, maxBytes: 100 });
    const big = codec.encode({ ...example, note: 'x'.repeat(200) });
    expect(small.decode(big)).toEqual({
      status: 'rejected',
      reason: 'oversized',
      notice: "The link's settings are too long to read.",
    });
    expect(codec.decode(`payment-plan=v2.${'A'.repeat(8001)}`)).toMatchObject({ reason: 'oversized' });
    expect(codec.decode(`payment-plan=v2.${'A'.repeat(8000 - 3)}`)).toMatchObject({ reason: 'tampered' });
  });

  it('round-trips every value the schema accepts', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        // -0 is JSON-encoded as 0, so compare with what JSON can carry.
        expect(codec.decode(codec.encode(plan))).toEqual({ status: 'ok', value: JSON.parse(JSON.stringify(plan)) });
      }),
      RUNS,
    );
  });

  it('round-trips arbitrary JSON through a schema that accepts any JSON', () => {
    const anyJson = createStateCodec({ name: 'any', version: 1, schema: v.unknown(), maxBytes: 1e7 });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const expected = JSON.parse(JSON.stringify(value)) as unknown;
        expect(anyJson.decode(anyJson.encode(value))).toEqual({ status: 'ok', value: expected });
      }),
      RUNS,
    );
  });

  it('never throws and never returns ok for random fragments', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const fragment of [s, `#${s}`, `payment-plan=${s}`, `payment-plan=v2.${s}`]) {
          const result = codec.decode(fragment);
          expect(result.status).not.toBe('ok');
        }
      }),
      RUNS,
    );
  });

  it('never returns ok for well-formed JSON that fails validation', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        const value = JSON.parse(json) as unknown;
        const payload = Buffer.from(json, 'utf8').toString('base64url');
        const result = codec.decode(`payment-plan=v2.${payload}`);
        if (v.is(planSchema, value)) {
          expect(result).toEqual({ status: 'ok', value });
        } else {
          expect(result).toEqual({ status: 'rejected', reason: 'tampered', notice: TAMPERED_LINK });
        }
      }),
      RUNS,
    );
  });

  it('treats a check that throws as tampered, not as a crash', () => {
    const throwing = v.custom<number>(() => {
      throw new Error('boom');
    });
    const c = createStateCodec({ name: 'x', version: 1, schema: throwing });
    expect(c.decode('x=v1.MQ')).toMatchObject({ status: 'rejected', reason: 'tampered' });
  });

  it.each(['Not Kebab', 'trust_check', '', 'a=b', 'a&b'])('refuses the name %j', (name) => {
    expect(() => createStateCodec({ name, version: 1, schema: v.number() })).toThrow(RangeError);
  });
});

describe('save, load, clear', () => {
  it('saves under offramp:<name> and loads back', () => {
    const storage = new MemoryStorage();
    expect(codec.storageKey).toBe('offramp:payment-plan');
    expect(codec.load(storage)).toEqual({ status: 'missing' });
    codec.save(storage, example);
    expect(storage.getItem('offramp:payment-plan')).toMatch(/^v2\./);
    expect(codec.load(storage)).toEqual({ status: 'ok', value: example });
    codec.clear(storage);
    expect(codec.load(storage)).toEqual({ status: 'missing' });
  });

  it('rejects stored state from another version with a plain notice', () => {
    const storage = new MemoryStorage();
    createStateCodec({ name: 'payment-plan', version: 1, schema: planSchema }).save(storage, example);
    expect(codec.load(storage)).toEqual({
      status: 'rejected',
      reason: 'old-version',
      notice: 'What this browser saved was made by an older version of this tool and could not be used.',
    });
  });

  it('rejects edited stored state as tampered', () => {
    const storage = new MemoryStorage();
    storage.setItem('offramp:payment-plan', 'v2.{"total":1}');
    expect(codec.load(storage)).toEqual({
      status: 'rejected',
      reason: 'tampered',
      notice: 'What this browser saved could not be read.',
    });
  });

  // Issue 12: an over-long agreement field made the saved copy unreadable, and the next visit lost everything.
  it('never replaces a saved copy with a value that would not read back', () => {
    const storage = new MemoryStorage();
    expect(codec.save(storage, example)).toBe(true);
    const saved = storage.getItem(codec.storageKey);
    expect(codec.save(storage, { ...example, total: -1 })).toBe(false);
    const small = createStateCodec({ name: 'payment-plan', version: 2, schema: planSchema, maxBytes: 100 });
    expect(small.save(storage, { ...example, note: 'x'.repeat(200) })).toBe(false);
    expect(storage.getItem(codec.storageKey)).toBe(saved);
  });

  it('swallows storage errors (quota, privacy mode)', () => {
    const broken = {
      getItem(): string | null {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem(): void {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(codec.save(broken, example)).toBe(false);
    expect(codec.load(broken)).toEqual({ status: 'missing' });
    expect(() => codec.clear(broken)).not.toThrow();
  });

  it('load never throws and never returns ok for random stored strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => `v2.${Buffer.from(j).toString('base64url')}`),
        ),
        (s) => {
          const storage = new MemoryStorage();
          storage.setItem(codec.storageKey, s);
          const result = codec.load(storage);
          if (result.status === 'ok') expect(v.is(planSchema, result.value)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('restoreState', () => {
  const good = codec.encode(example);
  const saved = { ...example, note: 'saved' };
  const withSaved = () => {
    const storage = new MemoryStorage();
    codec.save(storage, saved);
    return storage;
  };

  // Issue 12: a broken link opened while a plan was saved said "the tool started empty", then showed the saved plan.
  it.each([
    ['a good link', `#${good}`, withSaved, example, 'link', ''],
    ['no link, a saved copy', '', withSaved, saved, 'browser', ''],
    ['nothing', '', () => new MemoryStorage(), undefined, 'none', ''],
    [
      'a broken link, a saved copy',
      '#payment-plan=v2.e30',
      withSaved,
      saved,
      'browser',
      `${TAMPERED_LINK} The plan saved in this browser was opened instead.`,
    ],
    [
      'a broken link, nothing saved',
      '#payment-plan=v2.e30',
      () => new MemoryStorage(),
      undefined,
      'none',
      `${TAMPERED_LINK} The tool started empty.`,
    ],
    [
      'an old link, nothing saved',
      '#payment-plan=v1.e30',
      () => new MemoryStorage(),
      undefined,
      'none',
      `${OLD_NOTICE_LINK} The tool started empty.`,
    ],
  ] as const)('with %s, opens what it says it opens', (_, fragment, storage, value, from, notice) => {
    expect(restoreState(codec, fragment, storage(), 'plan')).toEqual({ value, from, notice });
  });

  it('says so when the saved copy cannot be read', () => {
    const storage = new MemoryStorage();
    storage.setItem(codec.storageKey, 'v2.e30');
    expect(restoreState(codec, '', storage, 'plan')).toEqual({
      value: undefined,
      from: 'none',
      notice: 'What this browser saved could not be read. The tool started empty.',
    });
  });
});

describe('clearAllStoredState', () => {
  it('removes every offramp: key and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('offramp:trust-check', 'v1.e30');
    storage.setItem('other-site', 'keep');
    storage.setItem('offramp:payment-plan', 'v2.e30');
    storage.setItem('offramp', 'keep: no colon');
    expect(clearAllStoredState(storage, STORAGE_PREFIX).sort()).toEqual([
      'offramp:payment-plan',
      'offramp:trust-check',
    ]);
    expect(storage.length).toBe(2);
    expect(storage.getItem('other-site')).toBe('keep');
    expect(STORAGE_PREFIX).toBe('offramp:');
  });

  it('returns an empty list when storage is empty', () => {
    expect(clearAllStoredState(new MemoryStorage(), STORAGE_PREFIX)).toEqual([]);
  });
});

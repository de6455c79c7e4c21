import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyOfItem, MAX_TICKED_ITEMS, parseTicks, serialiseTicks, setTick, type Ticks } from '../../src/lib/checklist';

const LIST = '/guides/check-a-client/#checklist-before-you-agree';
const OTHER = '/guides/delivery-and-evidence/#checklist-before-you-deliver';

describe('keyOfItem', () => {
  it('is stable across white space and differs between items', () => {
    expect(keyOfItem('  You have read\n reviews ')).toBe(keyOfItem('You have read reviews'));
    expect(keyOfItem('You have read reviews')).not.toBe(keyOfItem('You have read the reviews'));
    expect(keyOfItem('Café 🚀')).toMatch(/^[0-9a-z]{1,13}$/);
  });
});

describe('ticks in storage', () => {
  it('round-trips what the reader ticked, and stores nothing when nothing is ticked', () => {
    let ticks: Ticks = {};
    ticks = setTick(ticks, LIST, 'a1', true);
    ticks = setTick(ticks, LIST, 'b2', true);
    ticks = setTick(ticks, OTHER, 'c3', true);
    expect(parseTicks(serialiseTicks(ticks))).toEqual({ [LIST]: ['a1', 'b2'], [OTHER]: ['c3'] });
    ticks = setTick(setTick(setTick(ticks, LIST, 'a1', false), LIST, 'b2', false), OTHER, 'c3', false);
    expect(ticks).toEqual({});
    expect(serialiseTicks(ticks)).toBeNull();
  });

  it('ticking twice keeps one tick', () => {
    expect(setTick(setTick({}, LIST, 'a1', true), LIST, 'a1', true)).toEqual({ [LIST]: ['a1'] });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 2, lists: { [LIST]: ['a1'] } })],
    ['lists as an array', JSON.stringify({ v: 1, lists: [['a1']] })],
    ['a key that is not a checklist id', '{"v":1,"lists":{"__proto__":["a1"],"x#y":["a1"]}}'],
    ['items that are not keys', JSON.stringify({ v: 1, lists: { [LIST]: [1, null, 'NOT A KEY', ''] } })],
  ])('reads %s as nothing ticked', (_, stored) => {
    const ticks = parseTicks(stored);
    expect(ticks).toEqual({});
    expect(Object.getPrototypeOf(ticks)).toBe(Object.prototype);
  });

  it('keeps the valid part of a partly broken entry, at most MAX_TICKED_ITEMS per list', () => {
    const many = Array.from({ length: MAX_TICKED_ITEMS + 20 }, (_, i) => i.toString(36));
    const stored = JSON.stringify({ v: 1, lists: { [LIST]: ['a1', 7, 'a1'], [OTHER]: many, bad: ['a1'] } });
    const ticks = parseTicks(stored);
    expect(ticks[LIST]).toEqual(['a1']);
    expect(ticks[OTHER]).toHaveLength(MAX_TICKED_ITEMS);
    expect(Object.keys(ticks)).toEqual([LIST, OTHER]);
  });

  it('never throws and only returns well-formed ticks, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, lists: v })),
        ),
        (s) => {
          const ticks = parseTicks(s);
          for (const [id, keys] of Object.entries(ticks)) {
            expect(id).toMatch(/#checklist-/);
            expect(keys.length).toBeGreaterThan(0);
            for (const k of keys) expect(k).toMatch(/^[0-9a-z]{1,13}$/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

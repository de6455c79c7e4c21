/**
 * The ticks of the guides' checklists, as kept in one localStorage entry (STORAGE_PREFIX + CHECKLIST_STORAGE_NAME).
 * What is read back is untrusted (another tab, an old version, a hand edit), so reading never throws and keeps
 * only what has the right shape. An item is known by a hash of its text: when a guide rewords an item, its old
 * tick no longer applies.
 */

export const CHECKLIST_STORAGE_NAME = 'checklists';

/** Ticked item keys by checklist id ("<page path>#checklist-<slug>"). */
export type Ticks = Record<string, string[]>;

/** Items kept per checklist; a guide's list has about ten. */
export const MAX_TICKED_ITEMS = 100;

const VERSION = 1;
const ITEM_KEY = /^[0-9a-z]{1,13}$/;
/** As src/components/content/Checklist.astro names a list; never "__proto__" or another object key. */
const LIST_ID = /^\/[a-z0-9/-]{0,150}#checklist-[a-z0-9-]{1,80}$/;

/** A short, stable key for an item's text (FNV-1a, base 36), after collapsing white space. */
export function keyOfItem(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The stored text, or nothing, read into Ticks; anything malformed is dropped, never thrown. */
export function parseTicks(stored: string | null): Ticks {
  const ticks: Ticks = {};
  try {
    const data: unknown = JSON.parse(stored ?? 'null');
    const lists: unknown =
      (data as { v?: unknown; lists?: unknown } | null)?.v === VERSION && (data as { lists: unknown }).lists;
    if (typeof lists !== 'object' || lists === null || Array.isArray(lists)) return ticks;
    for (const [id, items] of Object.entries(lists)) {
      if (!LIST_ID.test(id) || !Array.isArray(items)) continue;
      const keys = [...new Set(items.filter((k): k is string => typeof k === 'string' && ITEM_KEY.test(k)))];
      if (keys.length > 0) ticks[id] = keys.slice(0, MAX_TICKED_ITEMS);
    }
  } catch {
    // Not JSON: nothing was ticked that we can read.
  }
  return ticks;
}

/** The text to store, or null when nothing is ticked (the entry is then removed, not left empty). */
export function serialiseTicks(ticks: Ticks): string | null {
  const lists = Object.fromEntries(Object.entries(ticks).filter(([, keys]) => keys.length > 0));
  return Object.keys(lists).length === 0 ? null : JSON.stringify({ v: VERSION, lists });
}

/** Ticks with one item of one checklist set or cleared. */
export function setTick(ticks: Ticks, listId: string, itemKey: string, ticked: boolean): Ticks {
  const keys = (ticks[listId] ?? []).filter((k) => k !== itemKey);
  if (ticked) keys.push(itemKey);
  const next = { ...ticks, [listId]: keys };
  if (keys.length === 0) delete next[listId];
  return next;
}

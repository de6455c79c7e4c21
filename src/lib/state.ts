/**
 * Versioned, validated tool state for the URL fragment (never sent to a server) and localStorage. Everything read
 * back is untrusted: a shared link can be edited by anyone, so decoding never throws and only returns a value that
 * passed the tool's validator.
 */

/** Every key Offramp stores starts with this, so the privacy page's "Clear everything" can find them all. */
export const STORAGE_PREFIX = 'offramp:';

import * as v from 'valibot';

/** A saved state's one definition: its type, its check and its limits (see src/lib/plan/schema.ts). */
export type StateSchema<T> = v.GenericSchema<unknown, T>;

export type RejectReason = 'old-version' | 'tampered' | 'oversized';

export type DecodeResult<T> =
  { status: 'ok'; value: T } | { status: 'missing' } | { status: 'rejected'; reason: RejectReason; notice: string };

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface StateCodec<T> {
  /** Fragment text without '#': `${name}=v${version}.${base64url(utf8(JSON))}`. @throws if value is not JSON-safe. */
  encode(value: T): string;
  /** Reads this tool's pair from a fragment ("#a=…&b=…" or "a=…"); never throws. */
  decode(fragment: string): DecodeResult<T>;
  /**
   * Saves under storageKey, only a value that would read back: an invalid or oversized value leaves the saved copy
   * as it was and returns false. Quota and privacy-mode errors also return false (saving is a convenience).
   */
  save(storage: StorageLike, value: T): boolean;
  load(storage: StorageLike): DecodeResult<T>;
  clear(storage: StorageLike): void;
  storageKey: string;
}

type Source = 'link' | 'browser';

// Each notice says what was wrong; restoreState adds what the tool opened instead.
const NOTICES: Record<Source, Record<RejectReason | 'newer-version', string>> = {
  link: {
    'old-version': 'The link was made by an older version of this tool, so its settings could not be used.',
    'newer-version': 'The link was made by a newer version of this tool, so its settings could not be used.',
    tampered: "The link's settings could not be read: it may be cut short or changed.",
    oversized: "The link's settings are too long to read.",
  },
  browser: {
    'old-version': 'What this browser saved was made by an older version of this tool and could not be used.',
    'newer-version': 'What this browser saved was made by a newer version of this tool and could not be used.',
    tampered: 'What this browser saved could not be read.',
    oversized: 'What this browser saved is too long to read.',
  },
};

function encodeBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** @throws on anything that is not base64url of valid UTF-8. */
function decodeBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function createStateCodec<T>(opts: {
  /** Kebab-case tool id, e.g. 'trust-check'; used in the fragment and the storage key. */
  name: string;
  /** Bump when the shape changes; older payloads are then rejected as 'old-version'. */
  version: number;
  schema: StateSchema<T>;
  /** Largest payload read back, in characters (default 8000); guards against huge pasted links. */
  maxBytes?: number;
}): StateCodec<T> {
  const { name, version, schema, maxBytes = 8000 } = opts;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new RangeError(`State name must be kebab-case: ${name}`);
  if (!Number.isSafeInteger(version) || version < 0) throw new RangeError(`State version must be an integer`);

  function reject(source: Source, reason: RejectReason, newer = false): DecodeResult<T> {
    return { status: 'rejected', reason, notice: NOTICES[source][newer ? 'newer-version' : reason] };
  }

  /** Reads "v<version>.<base64url>". */
  function decodePayload(payload: string, source: Source): DecodeResult<T> {
    if (payload.length > maxBytes) return reject(source, 'oversized');
    const match = /^v(\d{1,9})\.([\s\S]*)$/.exec(payload);
    if (!match) return reject(source, 'tampered');
    const found = Number(match[1]);
    if (found !== version) return reject(source, 'old-version', found > version);
    try {
      const result = v.safeParse(schema, JSON.parse(decodeBase64Url(match[2] ?? '')));
      return result.success ? { status: 'ok', value: result.output } : reject(source, 'tampered');
    } catch {
      return reject(source, 'tampered');
    }
  }

  function encodePayload(value: T): string {
    return `v${version}.${encodeBase64Url(JSON.stringify(value))}`;
  }

  const storageKey = STORAGE_PREFIX + name;
  const prefix = `${name}=`;

  return {
    storageKey,
    encode: (value) => prefix + encodePayload(value),
    decode(fragment) {
      if (typeof fragment !== 'string') return { status: 'missing' };
      const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
      const pair = text.split('&').find((p) => p.startsWith(prefix));
      return pair === undefined ? { status: 'missing' } : decodePayload(pair.slice(prefix.length), 'link');
    },
    save(storage, value) {
      if (!v.is(schema, value)) return false;
      try {
        const payload = encodePayload(value);
        if (payload.length > maxBytes) return false;
        storage.setItem(storageKey, payload);
        return true;
      } catch {
        // Full storage or blocked storage only loses a convenience; the tool keeps working.
        return false;
      }
    },
    load(storage) {
      let stored: string | null;
      try {
        stored = storage.getItem(storageKey);
      } catch {
        return { status: 'missing' };
      }
      return typeof stored === 'string' ? decodePayload(stored, 'browser') : { status: 'missing' };
    },
    clear(storage) {
      try {
        storage.removeItem(storageKey);
      } catch {
        // Nothing was readable there anyway.
      }
    },
  };
}

/** What a tool opens on arrival, and one notice that says what happened. */
export interface Restored<T> {
  value: T | undefined;
  from: 'link' | 'browser' | 'none';
  notice: string;
}

/**
 * A link's state first, else the copy saved in this browser. When the link cannot be used, the notice says so and
 * says what opened instead: the saved copy, or an empty tool. `what` names the state ("plan", "agreement").
 */
export function restoreState<T>(
  codec: StateCodec<T>,
  fragment: string,
  storage: StorageLike,
  what: string,
): Restored<T> {
  const linked = codec.decode(fragment);
  if (linked.status === 'ok') return { value: linked.value, from: 'link', notice: '' };
  const saved = codec.load(storage);
  const problem = linked.status === 'rejected' ? linked.notice : saved.status === 'rejected' ? saved.notice : '';
  if (saved.status === 'ok') {
    const notice = problem ? `${problem} The ${what} saved in this browser was opened instead.` : '';
    return { value: saved.value, from: 'browser', notice };
  }
  return { value: undefined, from: 'none', notice: problem ? `${problem} The tool started empty.` : '' };
}

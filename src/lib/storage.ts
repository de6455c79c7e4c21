/**
 * "Clear everything": removes what Offramp keeps in localStorage. Apart from state.ts, and given the prefix by the
 * page, so the privacy page's button does not load the tools' code.
 */

/** Removes every key that starts with `prefix` (the tools' STORAGE_PREFIX) and returns the keys removed. */
export function clearAllStoredState(
  storage: { length: number; key(i: number): string | null; removeItem(k: string): void },
  prefix: string,
): string[] {
  const keys: string[] = [];
  try {
    // Collect first: removing while walking by index would skip keys.
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    return [];
  }
  return keys.filter((key) => {
    try {
      storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  });
}

/** The three calls the game needs from a key-value store: localStorage in the browser, a Map in tests. */
export interface KeyValueBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory backend (tests, and the fallback when the browser refuses storage). */
export function memoryBackend(initial: Record<string, string> = {}): KeyValueBackend & { dump(): Record<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}

/**
 * localStorage when the browser allows it. Private windows and locked-down lab machines can
 * throw on mere access, so we fall back to memory: the game still runs, it just won't remember.
 */
export function browserBackend(): KeyValueBackend {
  try {
    const storage = globalThis.localStorage;
    const probe = '__techshift_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryBackend();
  }
}

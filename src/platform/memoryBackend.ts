import type { KeyValueBackend } from './keyValueBackend';

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

/** The three calls the game needs from a key-value store: web storage in the browser (studentStorage.ts), a Map in tests. */
export interface KeyValueBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export { memoryBackend } from './memoryBackend';
/** The student's storage as the lab configured it (localStorage, sessionStorage, or memory): see studentStorage.ts. */
export { browserBackend } from './studentStorage';

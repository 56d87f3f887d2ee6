import { progressRecordSchema } from '../../core';
import type { KeyValueBackend } from '../keyValueBackend';
import { KEY_PREFIX } from '../studentData';
import type { ProgressKeeper } from './progressKeeper';

/** The key of a student's points and badges; inside the namespace, so End session wipes it. */
export const POINTS_KEY = `${KEY_PREFIX}points-and-badges`;

/** Points and badges in the student's storage (local, tab-only or memory, as the lab configured). */
export function browserKeeper(backend: KeyValueBackend, key = POINTS_KEY): ProgressKeeper {
  return {
    load() {
      try {
        const text = backend.getItem(key);
        if (text === null) return null;
        const parsed = progressRecordSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(record) {
      try {
        backend.setItem(key, JSON.stringify(record));
        return true;
      } catch {
        return false;
      }
    },
  };
}

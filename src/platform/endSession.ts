import { isStudentKey, isStudentName } from './studentData';
import { storageKeys } from './studentStorage';

/**
 * Wipes everything TechShift stored for the student on this machine: every `techshift:` key in
 * localStorage and sessionStorage (whichever the lab uses now or used before), and every
 * `techshift-` IndexedDB database and Cache Storage cache. The offline file cache stays: it holds
 * the game's own files, not the student's. Never throws: a store that refuses access holds nothing.
 */
export async function wipeStudentData(): Promise<void> {
  for (const open of [() => globalThis.localStorage, () => globalThis.sessionStorage]) {
    try {
      const storage = open();
      for (const key of storageKeys(storage).filter(isStudentKey)) storage.removeItem(key);
    } catch {
      // Refused access: nothing of ours can be in it.
    }
  }
  await Promise.all([deleteDatabases(), deleteCaches()]);
}

async function deleteDatabases(): Promise<void> {
  try {
    const idb = globalThis.indexedDB;
    if (!idb?.databases) return;
    const names = (await idb.databases()).flatMap((d) => (d.name && isStudentName(d.name) ? [d.name] : []));
    await Promise.all(names.map((name) => deleteDatabase(idb, name)));
  } catch {
    // IndexedDB disabled (private mode): nothing was stored there.
  }
}

/** Resolves when the database is gone, or when deletion is queued behind an open connection ("blocked"). */
function deleteDatabase(idb: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = idb.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

async function deleteCaches(): Promise<void> {
  try {
    const store = globalThis.caches;
    if (!store) return;
    const names = (await store.keys()).filter(isStudentName);
    await Promise.all(names.map((name) => store.delete(name)));
  } catch {
    // Cache Storage unavailable (insecure context, private mode): nothing of ours is in it.
  }
}

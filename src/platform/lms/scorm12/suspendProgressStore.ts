import type { KeyValueBackend } from '../../keyValueBackend';
import type { ProgressStore } from '../../storage';
import type { ScormConnection } from './scormConnection';
import type { SuspendSlot } from './suspendSlot';

/** Where the mirror notes whose it is and whether the LMS is behind it. */
export interface MirrorKeys {
  /** Holds the learner id of the student whose work the mirror holds. */
  owner: string;
  /** "1" while the LMS has refused the latest save. */
  behind: string;
}

/**
 * Saved progress kept in the LMS (cmi.suspend_data, committed after every save) and mirrored in
 * this browser's usual save slot, so that a refusal is harmless: when the LMS last refused a save
 * the next load prefers the mirror, which has the newer work. On a shared lab computer the mirror
 * is only read back for the learner who wrote it.
 */
export function suspendProgressStore(
  connection: ScormConnection,
  slot: SuspendSlot,
  mirror: ProgressStore,
  flags: KeyValueBackend,
  keys: MirrorKeys,
  learnerId: string,
): ProgressStore {
  const read = (key: string): string | null => {
    try {
      return flags.getItem(key);
    } catch {
      return null;
    }
  };
  const behind = () => read(keys.behind) === '1';
  const mirrorLoad = (): ReturnType<ProgressStore['load']> => (read(keys.owner) === learnerId ? mirror.load() : { kind: 'none' });
  const note = (lmsTookIt: boolean) => {
    // After LMSFinish nothing more reaches the course by design; that is not falling behind.
    if (connection.finished) return;
    try {
      if (lmsTookIt) flags.removeItem(keys.behind);
      else flags.setItem(keys.behind, '1');
    } catch {
      // A browser that refuses storage has no mirror either; the LMS copy is all there is.
    }
  };
  const toLms = (progress: Parameters<ProgressStore['save']>[0] | null) =>
    !connection.finished && slot.write({ progress }) && connection.commit('your place in the game');

  return {
    load() {
      if (behind()) {
        const local = mirrorLoad();
        if (local.kind === 'ok') return local;
      }
      const kept = slot.payload.progress;
      return kept ? { kind: 'ok', progress: kept } : mirrorLoad();
    },
    save(progress) {
      const local = mirror.save(progress);
      try {
        flags.setItem(keys.owner, learnerId);
      } catch {
        // No storage, no mirror: nothing to mark.
      }
      const lms = toLms(progress);
      note(lms);
      return lms || local.ok ? { ok: true } : local;
    },
    clear() {
      mirror.clear();
      note(toLms(null));
    },
  };
}

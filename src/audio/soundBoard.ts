import { Howl } from 'howler';
import { CUES, CUE_NAMES, type CueName } from './cues';

/** Channel volumes, each 0..1. */
export interface SoundVolumes {
  effects: number;
  ambience: number;
}

/** Plays the game's cues. Every method is safe to call at any time and never throws. */
export interface SoundBoard {
  /** Starts loading the cues; call from the first user gesture (the "Start shift" click). Later calls do nothing. */
  unlock(): void;
  /** Plays a cue once; ignored before unlock, after dispose, or if the cue failed to load. */
  play(cue: CueName): void;
  /** Sets channel volumes (clamped to 0..1); applies to sounds already playing. */
  setVolumes(v: SoundVolumes): void;
  /** Starts the looping room tone; if called before unlock, it starts once unlocked. */
  startAmbience(): void;
  /** Stops the room tone. */
  stopAmbience(): void;
  /** Stops everything and releases the decoded audio; the board is inert afterwards. */
  dispose(): void;
}

/** Volumes a new board starts with, before any settings are applied. */
export const DEFAULT_VOLUMES: Readonly<SoundVolumes> = { effects: 0.8, ambience: 0.5 };

const AMBIENCE: CueName = 'room-tone';
const AMBIENCE_FADE_MS = 1200;

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Creates a sound board on howler. Nothing is fetched until `unlock()`, so the first page load stays small. */
export function createSoundBoard(initial: Partial<SoundVolumes> = {}): SoundBoard {
  let stage: 'locked' | 'unlocked' | 'disposed' = 'locked';
  const howls = new Map<CueName, Howl>();
  const broken = new Set<CueName>();
  const volumes: SoundVolumes = {
    effects: clamp01(initial.effects ?? DEFAULT_VOLUMES.effects),
    ambience: clamp01(initial.ambience ?? DEFAULT_VOLUMES.ambience),
  };
  let wantAmbience = false;
  let ambienceOn = false;
  let warned = false;

  // Audio is a nicety: a missing codec or a blocked context must leave the game running, silently.
  // One warning is enough to explain the silence; console.error is avoided because the e2e harness
  // treats it as a failure.
  function warnOnce(what: string, detail?: unknown): void {
    if (warned) return;
    warned = true;
    console.warn(`TechShift audio: ${what}; continuing without sound.`, detail ?? '');
  }

  function safely(what: string, action: () => void): void {
    try {
      action();
    } catch (err) {
      warnOnce(what, err);
    }
  }

  function volumeOf(cue: CueName): number {
    const spec = CUES[cue];
    return clamp01(spec.gain * (spec.kind === 'ambience' ? volumes.ambience : volumes.effects));
  }

  function usable(cue: CueName): Howl | undefined {
    if (stage !== 'unlocked' || broken.has(cue)) return undefined;
    return howls.get(cue);
  }

  function beginAmbience(): void {
    const howl = usable(AMBIENCE);
    if (!howl || ambienceOn) return;
    ambienceOn = true;
    safely('room tone failed to start', () => {
      const id = howl.play();
      // A fade-in keeps the loop from arriving as an abrupt hiss on the first click.
      howl.fade(0, volumeOf(AMBIENCE), AMBIENCE_FADE_MS, id);
    });
  }

  function load(cue: CueName): void {
    const spec = CUES[cue];
    const howl = new Howl({
      src: [...spec.src],
      html5: false,
      preload: true,
      loop: spec.kind === 'ambience',
      volume: volumeOf(cue),
      onloaderror: (_id, err) => {
        broken.add(cue);
        if (cue === AMBIENCE) ambienceOn = false;
        warnOnce(`could not load "${cue}"`, err);
      },
      onplayerror: (_id, err) => {
        warnOnce(`could not play "${cue}"`, err);
        // Howler fires 'unlock' once the browser allows audio; only the loop is worth resuming then,
        // a late one-shot would no longer match what happened on screen.
        if (cue === AMBIENCE) {
          ambienceOn = false;
          safely('room tone failed to resume', () => {
            howl.once('unlock', () => {
              if (wantAmbience) beginAmbience();
            });
          });
        }
      },
    });
    howls.set(cue, howl);
  }

  function startAmbience(): void {
    if (stage === 'disposed') return;
    wantAmbience = true;
    beginAmbience();
  }

  // Methods avoid `this`, so callers may pass them around detached (e.g. as event handlers).
  return {
    unlock() {
      if (stage !== 'locked') return;
      stage = 'unlocked';
      for (const cue of CUE_NAMES) safely(`could not create "${cue}"`, () => load(cue));
      if (wantAmbience) beginAmbience();
    },

    play(cue) {
      if (cue === AMBIENCE) {
        // The loop has its own lifecycle; a one-shot room tone would stack on top of it.
        startAmbience();
        return;
      }
      const howl = usable(cue);
      if (howl) safely(`could not play "${cue}"`, () => howl.play());
    },

    setVolumes(v) {
      if (stage === 'disposed') return;
      volumes.effects = clamp01(v.effects);
      volumes.ambience = clamp01(v.ambience);
      for (const [cue, howl] of howls) safely('could not set volume', () => howl.volume(volumeOf(cue)));
    },

    startAmbience,

    stopAmbience() {
      wantAmbience = false;
      if (!ambienceOn) return;
      ambienceOn = false;
      const howl = howls.get(AMBIENCE);
      if (howl) safely('room tone failed to stop', () => howl.stop());
    },

    dispose() {
      if (stage === 'disposed') return;
      stage = 'disposed';
      wantAmbience = false;
      ambienceOn = false;
      for (const howl of howls.values()) {
        safely('could not release audio', () => {
          howl.stop();
          howl.unload();
        });
      }
      howls.clear();
    },
  };
}

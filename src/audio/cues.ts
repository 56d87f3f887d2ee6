/** Every sound the game can play. */
export type CueName =
  'door-chime' | 'scan-good' | 'scan-bad' | 'printer' | 'pill-click' | 'success' | 'mistake' | 'phone-ring' | 'room-tone' | 'step-done';

/** Effects are one-shots on the effects volume; ambience loops on the ambience volume. */
export type CueKind = 'effect' | 'ambience';

/** How one cue is loaded and mixed. */
export interface CueSpec {
  /** URLs in order of preference; howler plays the first one whose format the browser decodes. */
  readonly src: readonly string[];
  /** Same files as `src`, relative to the public dir (`assets/`), for tools and tests. */
  readonly files: readonly string[];
  readonly kind: CueKind;
  /** Per-cue trim multiplied into the channel volume, so the mix can be balanced without re-encoding. */
  readonly gain: number;
}

/** All cue names, in a stable order. */
export const CUE_NAMES: readonly CueName[] = [
  'door-chime',
  'scan-good',
  'scan-bad',
  'printer',
  'pill-click',
  'success',
  'mistake',
  'phone-ring',
  'room-tone',
  'step-done',
];

/**
 * Formats shipped in assets/audio/, best first. OGG Vorbis loops sample-exactly; MP3 is the fallback for
 * browsers without Vorbis (older Safari) and carries encoder padding, so its room-tone loop has a tiny gap.
 */
export const AUDIO_FORMATS: readonly string[] = ['ogg', 'mp3'];

// Pill clicks repeat quickly while counting, so they sit under the other effects.
const GAIN: Partial<Record<CueName, number>> = { 'pill-click': 0.7 };

function spec(cue: CueName): CueSpec {
  const files = AUDIO_FORMATS.map((ext) => `audio/${cue}.${ext}`);
  return {
    // BASE_URL is './' in the build, so the files resolve next to index.html wherever the game is hosted.
    src: files.map((file) => `${import.meta.env.BASE_URL}${file}`),
    files,
    kind: cue === 'room-tone' ? 'ambience' : 'effect',
    gain: GAIN[cue] ?? 1,
  };
}

/** The cue manifest: where each cue's file lives and how it is mixed. */
export const CUES: Readonly<Record<CueName, CueSpec>> = Object.fromEntries(CUE_NAMES.map((cue) => [cue, spec(cue)])) as Record<
  CueName,
  CueSpec
>;

// Types for tools/soundSynth.mjs, so TypeScript tests can import the plain-JS generator.

/** Sample rate of every cue. */
export declare const SAMPLE_RATE: number;

/** A cue's intended length, whether it loops, and its synthesis function. */
export interface CueSynthSpec {
  readonly seconds: number;
  readonly loop: boolean;
  readonly synth: () => Float32Array;
}

/** Every cue the generator knows, keyed by cue name. */
export declare const CUE_SPECS: Readonly<Record<string, CueSynthSpec>>;

/** Names of all cues, in a stable order. */
export declare const CUE_IDS: readonly string[];

/** A seeded PRNG returning floats in [0, 1). */
export declare function createRng(seed: number): () => number;

/** Synthesises one cue as mono float samples in [-1, 1] at SAMPLE_RATE. */
export declare function synthesize(name: string): Float32Array;

/** Encodes mono float samples as a 16-bit PCM WAV file. */
export declare function encodeWav(samples: Float32Array, sampleRate?: number): Uint8Array;

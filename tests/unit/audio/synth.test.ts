import { describe, expect, it } from 'vitest';
import { CUE_IDS, CUE_SPECS, SAMPLE_RATE, createRng, encodeWav, synthesize } from '../../../tools/soundSynth.mjs';

// Lengths the cues were asked to have; cues without a stated length use the generator's own spec.
const INTENDED_SECONDS: Record<string, number> = {
  printer: 0.8,
  'phone-ring': 1.5,
  'room-tone': 4,
};

function rms(samples: Float32Array): number {
  let sum = 0;
  for (const v of samples) sum += v * v;
  return Math.sqrt(sum / samples.length);
}

describe('sound synthesis', () => {
  it('the seeded PRNG repeats its sequence', () => {
    const a = createRng(42);
    const b = createRng(42);
    const first = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(100);
  });

  it.each(CUE_IDS)('%s is deterministic', (cue) => {
    expect(synthesize(cue)).toEqual(synthesize(cue));
  });

  it.each(CUE_IDS)('%s stays in [-1, 1], is audible and has its intended length', (cue) => {
    const samples = synthesize(cue);
    const spec = CUE_SPECS[cue]!;
    let peak = 0;
    let nonFinite = 0;
    for (const v of samples) {
      if (!Number.isFinite(v)) nonFinite++;
      peak = Math.max(peak, Math.abs(v));
    }
    expect(nonFinite).toBe(0);
    expect(peak).toBeLessThanOrEqual(1);
    expect(rms(samples)).toBeGreaterThan(0.01);
    const seconds = samples.length / SAMPLE_RATE;
    const intended = INTENDED_SECONDS[cue] ?? spec.seconds;
    expect(seconds).toBeGreaterThanOrEqual(intended * 0.9);
    expect(seconds).toBeLessThanOrEqual(intended * 1.1);
  });

  it('keeps the short cues short and the success arpeggio under a second', () => {
    expect(synthesize('success').length / SAMPLE_RATE).toBeLessThan(1);
    expect(synthesize('pill-click').length / SAMPLE_RATE).toBeLessThanOrEqual(0.1);
    expect(synthesize('scan-good').length / SAMPLE_RATE).toBeLessThanOrEqual(0.3);
  });

  it('one-shot cues end in silence, so they never click off', () => {
    for (const cue of CUE_IDS.filter((c) => !CUE_SPECS[c]!.loop)) {
      const samples = synthesize(cue);
      expect(Math.abs(samples[samples.length - 1]!), cue).toBeLessThan(1e-3);
    }
  });

  it('the room tone is quiet and loops without a seam', () => {
    const samples = synthesize('room-tone');
    expect(CUE_SPECS['room-tone']!.loop).toBe(true);
    expect(samples.reduce((peak, v) => Math.max(peak, Math.abs(v)), 0)).toBeLessThan(0.3);
    // The jump from the last sample back to the first must look like any ordinary step in the signal.
    let largestStep = 0;
    for (let i = 1; i < samples.length; i++) largestStep = Math.max(largestStep, Math.abs(samples[i]! - samples[i - 1]!));
    const wrapStep = Math.abs(samples[0]! - samples[samples.length - 1]!);
    expect(wrapStep).toBeLessThan(0.02);
    expect(wrapStep).toBeLessThanOrEqual(largestStep);
  });

  it('encodes a valid 16-bit mono WAV', () => {
    const samples = synthesize('step-done');
    const wav = encodeWav(samples);
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    const text = (at: number) => String.fromCharCode(...wav.subarray(at, at + 4));
    expect(text(0)).toBe('RIFF');
    expect(text(8)).toBe('WAVE');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint32(40, true)).toBe(samples.length * 2);
    expect(wav.length).toBe(44 + samples.length * 2);
  });
});

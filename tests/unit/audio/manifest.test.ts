import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIO_FORMATS, CUES, CUE_NAMES } from '../../../src/audio/cues';
import { CUE_IDS } from '../../../tools/soundSynth.mjs';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../../assets');

function ascii(bytes: Buffer, from: number, to: number): string {
  return bytes.subarray(from, to).toString('latin1');
}

/** The container a file's first bytes announce, or null for anything else. */
function container(bytes: Buffer): 'ogg' | 'wav' | 'mp3' | null {
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WAVE') return 'wav';
  // MP3: either an ID3 tag or a bare MPEG audio frame sync.
  if (ascii(bytes, 0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return null;
}

describe('cue manifest', () => {
  it('lists exactly the cues the generator makes', () => {
    expect([...CUE_NAMES].sort()).toEqual([...CUE_IDS].sort());
    expect(Object.keys(CUES).sort()).toEqual([...CUE_NAMES].sort());
  });

  it.each(CUE_NAMES)('%s has a non-empty, valid audio file for every listed URL', (cue) => {
    const spec = CUES[cue];
    expect(spec.files.length).toBeGreaterThan(0);
    expect(spec.src).toHaveLength(spec.files.length);
    spec.files.forEach((file, i) => {
      // Served from publicDir, so the URL is the base plus the file's path inside assets/.
      expect(spec.src[i]).toBe(`${import.meta.env.BASE_URL}${file}`);
      const path = join(PUBLIC_DIR, file);
      expect(statSync(path).size, file).toBeGreaterThan(64);
      const kind = container(readFileSync(path));
      expect(kind, file).not.toBeNull();
      expect(file.endsWith(`.${kind}`), `${file} holds ${kind}`).toBe(true);
    });
  });

  it('prefers a format that loops sample-exactly and keeps an OGG or WAV for every cue', () => {
    expect(AUDIO_FORMATS[0] === 'ogg' || AUDIO_FORMATS[0] === 'wav').toBe(true);
  });

  it('keeps all shipped audio small', () => {
    const total = CUE_NAMES.flatMap((cue) => CUES[cue].files).reduce((sum, f) => sum + statSync(join(PUBLIC_DIR, f)).size, 0);
    expect(total).toBeLessThan(150 * 1024);
  });

  it('only the room tone is ambience', () => {
    expect(CUE_NAMES.filter((cue) => CUES[cue].kind === 'ambience')).toEqual(['room-tone']);
  });
});

// Regenerates assets/audio/ from tools/soundSynth.mjs: `npm run sounds`.
// Ships OGG Vorbis (plus MP3 for browsers without Vorbis) when sox can encode them, WAV only when it cannot.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUE_IDS, encodeWav, synthesize } from './soundSynth.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'assets/audio');

/** Formats sox here can write, from its own help text. */
function soxFormats() {
  const run = spawnSync('sox', ['-h'], { encoding: 'utf8' });
  if (run.error || run.status === null) return new Set();
  const line = `${run.stdout}${run.stderr}`.split('\n').find((l) => l.startsWith('AUDIO FILE FORMATS:'));
  return new Set((line ?? '').replace('AUDIO FILE FORMATS:', '').trim().split(/\s+/));
}

function sox(args) {
  const run = spawnSync('sox', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sox ${args.join(' ')} failed: ${run.stderr || run.error}`);
}

// --- Deterministic OGG -----------------------------------------------------------------------------
// sox seeds each Ogg stream's serial number from the clock, so two runs give different bytes for the
// same audio. Rewriting the serial (and each page's CRC) keeps regenerated files byte-identical in git.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

function oggCrc(bytes) {
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]) >>> 0;
  return crc;
}

function fixOggSerial(file, serial) {
  const bytes = new Uint8Array(readFileSync(file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 27 <= bytes.length) {
    if (view.getUint32(at) !== 0x4f676753) throw new Error(`${file}: no Ogg page at byte ${at}`); // "OggS"
    const segments = bytes[at + 26];
    let bodyLength = 0;
    for (let i = 0; i < segments; i++) bodyLength += bytes[at + 27 + i];
    const pageLength = 27 + segments + bodyLength;
    view.setUint32(at + 14, serial, true);
    view.setUint32(at + 22, 0, true);
    view.setUint32(at + 22, oggCrc(bytes.subarray(at, at + pageLength)), true);
    at += pageLength;
  }
  writeFileSync(file, bytes);
}

// --- Main ----------------------------------------------------------------------------------------

function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const formats = soxFormats();
  const canOgg = formats.has('ogg') || formats.has('vorbis');
  const canMp3 = formats.has('mp3');
  const work = mkdtempSync(join(tmpdir(), 'techshift-sounds-'));
  const written = [];
  try {
    CUE_IDS.forEach((name, index) => {
      const wav = encodeWav(synthesize(name));
      const wavPath = join(OUT_DIR, `${name}.wav`);
      if (!canOgg && !canMp3) {
        writeFileSync(wavPath, wav);
        written.push(wavPath);
        return;
      }
      const source = join(work, `${name}.wav`);
      writeFileSync(source, wav);
      if (canOgg) {
        const ogg = join(OUT_DIR, `${name}.ogg`);
        // -C 2: Vorbis quality 2 (~60 kb/s nominal at 44 kHz, far less at 22 kHz mono); -D: no dither,
        // the 16-bit source needs none and dither would be noise to encode.
        sox(['-D', source, '-C', '2', '--comment', '', ogg]);
        fixOggSerial(ogg, 0x54530000 + index); // "TS" + cue index
        written.push(ogg);
      }
      if (canMp3) {
        const mp3 = join(OUT_DIR, `${name}.mp3`);
        sox(['-D', source, '-C', '32', '--comment', '', mp3]); // 32 kb/s CBR
        written.push(mp3);
      }
      if (existsSync(wavPath)) rmSync(wavPath); // an encoded copy exists, so the big WAV is not shipped
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  let total = 0;
  for (const file of written) {
    const size = statSync(file).size;
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file.slice(ROOT.length + 1)}`);
  }
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  total`);
  if (!canOgg) {
    console.warn(
      'sox cannot write OGG here (apt-get install sox libsox-fmt-all): src/audio/cues.ts lists .ogg files, ' +
        'so update its AUDIO_FORMATS to match what was written.',
    );
  }
}

main();

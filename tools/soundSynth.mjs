// Pure, deterministic synthesis of TechShift's sound cues. No I/O here, so tests can call it directly;
// tools/make-sounds.mjs does the file writing and encoding.

/** Sample rate of every cue: 22.05 kHz is plenty for UI sounds and halves the size of 44.1 kHz. */
export const SAMPLE_RATE = 22050;

const TAU = 2 * Math.PI;

/** A small seeded PRNG (mulberry32) returning floats in [0, 1); a fixed seed makes every run identical. */
export function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function samplesFor(seconds) {
  return Math.round(seconds * SAMPLE_RATE);
}

function silence(seconds) {
  return new Float32Array(samplesFor(seconds));
}

/**
 * Adds a tone made of harmonic or inharmonic partials, each with its own exponential decay.
 * Higher partials die faster in real struck objects; `decayScale` lets callers say how much faster.
 */
function addPartials(buf, { start, freq, partials, tau, attack = 0.003, length, decayScale = 0.6 }) {
  const from = samplesFor(start);
  const n = Math.min(buf.length - from, samplesFor(length ?? buf.length / SAMPLE_RATE - start));
  for (const [ratio, amp] of partials) {
    const f = freq * ratio;
    if (f >= SAMPLE_RATE / 2) continue; // above Nyquist it would alias into a wrong, lower pitch
    const partialTau = tau / Math.pow(ratio, decayScale);
    for (let i = 0; i < n; i++) {
      const t = i / SAMPLE_RATE;
      const env = Math.min(1, t / attack) * Math.exp(-t / partialTau);
      buf[from + i] += amp * env * Math.sin(TAU * f * t);
    }
  }
}

/** Attack / hold / release envelope value at time t for a note of the given length. */
function arEnvelope(t, length, attack, release) {
  if (t < 0 || t > length) return 0;
  const rise = attack > 0 ? Math.min(1, t / attack) : 1;
  const fall = release > 0 ? Math.min(1, (length - t) / release) : 1;
  // Raised-cosine edges click less than linear ones at the same length.
  return 0.5 - 0.5 * Math.cos(Math.PI * Math.min(rise, fall));
}

/** Adds a sustained note of summed sine harmonics with a smooth on/off envelope. */
function addNote(buf, { start, length, freq, harmonics, attack, release, amp = 1 }) {
  const from = samplesFor(start);
  const n = Math.min(buf.length - from, samplesFor(length));
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const env = amp * arEnvelope(t, length, attack, release);
    let v = 0;
    for (const [k, a] of harmonics) {
      if (freq * k < SAMPLE_RATE / 2) v += a * Math.sin(TAU * freq * k * t);
    }
    buf[from + i] += env * v;
  }
}

/** Odd-harmonic series (a band-limited square) up to `maxFreq`, each harmonic at 1/k. */
function squareHarmonics(freq, maxFreq) {
  const out = [];
  for (let k = 1; k * freq <= maxFreq; k += 2) out.push([k, 1 / k]);
  return out;
}

/** Biquad band-pass (RBJ cookbook, constant 0 dB peak gain) run in place. */
function bandPass(buf, centre, q) {
  const w = (TAU * centre) / SAMPLE_RATE;
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const b2 = -alpha / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i];
    const y = b0 * x + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    buf[i] = y;
  }
  return buf;
}

/** One-pole low-pass run in place. */
function lowPass(buf, cutoff) {
  const k = 1 - Math.exp((-TAU * cutoff) / SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    y += k * (buf[i] - y);
    buf[i] = y;
  }
  return buf;
}

function whiteNoise(length, rng) {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = rng() * 2 - 1;
  return out;
}

/** Adds a burst of band-passed noise with an exponential decay: the body of every click and tick. */
function addNoiseClick(buf, { start, tau, centre, q, amp, rng }) {
  const length = Math.min(samplesFor(tau * 6), buf.length - samplesFor(start));
  if (length <= 0) return;
  const burst = whiteNoise(length, rng);
  for (let i = 0; i < length; i++) burst[i] *= Math.exp(-i / SAMPLE_RATE / tau);
  bandPass(burst, centre, q);
  const from = samplesFor(start);
  for (let i = 0; i < length; i++) buf[from + i] += amp * burst[i];
}

/**
 * Scales to the target peak and fades the last few milliseconds, so every cue sits at a chosen
 * loudness and never ends on a click.
 */
function finish(buf, peak, fadeOut = 0.01) {
  let max = 0;
  for (const v of buf) max = Math.max(max, Math.abs(v));
  const gain = max > 0 ? peak / max : 0;
  const fade = samplesFor(fadeOut);
  for (let i = 0; i < buf.length; i++) {
    const tail = buf.length - 1 - i;
    buf[i] *= gain * (tail < fade ? tail / fade : 1);
  }
  return buf;
}

// --- The cues -------------------------------------------------------------------------------------

const BELL = [
  [1, 1],
  [2, 0.4],
  [2.76, 0.22],
  [5.4, 0.08],
  [8.93, 0.03],
];

function doorChime() {
  const buf = silence(1.5);
  addPartials(buf, { start: 0, freq: 659.25, partials: BELL, tau: 0.45 }); // E5: "ding"
  addPartials(buf, { start: 0.5, freq: 523.25, partials: BELL, tau: 0.5 }); // C5: "dong"
  return finish(buf, 0.8, 0.08);
}

function scanGood() {
  const buf = silence(0.15);
  // A touch of 3rd harmonic gives the slightly square timbre of a real scanner piezo.
  addNote(buf, {
    start: 0,
    length: 0.15,
    freq: 2093,
    harmonics: [
      [1, 1],
      [3, 0.12],
    ],
    attack: 0.004,
    release: 0.03,
  });
  return finish(buf, 0.55, 0.005);
}

function scanBad() {
  const buf = silence(0.45);
  for (const start of [0, 0.24]) {
    // Two detuned square waves beat against each other: rough and "wrong" but not piercing,
    // because the series stops at 3 kHz.
    addNote(buf, { start, length: 0.17, freq: 146.8, harmonics: squareHarmonics(146.8, 3000), attack: 0.006, release: 0.03 });
    addNote(buf, { start, length: 0.17, freq: 155.6, harmonics: squareHarmonics(155.6, 3000), attack: 0.006, release: 0.03, amp: 0.6 });
  }
  return finish(lowPass(buf, 2200), 0.6, 0.005);
}

function printer() {
  const rng = createRng(0x9e1);
  const length = 0.8;
  const buf = silence(length);
  // Stepper motor: a lumpy 240 Hz buzz, gated by the print run.
  const motor = silence(length);
  addNote(motor, { start: 0.02, length: 0.66, freq: 240, harmonics: squareHarmonics(240, 4000), attack: 0.03, release: 0.04, amp: 0.18 });
  lowPass(motor, 1800);
  for (let i = 0; i < buf.length; i++) buf[i] += motor[i];
  // One tick per printed dot row; the slight jitter keeps it mechanical rather than a perfect machine-gun.
  for (let t = 0.03; t < 0.68; t += 1 / 28) {
    addNoiseClick(buf, { start: t + (rng() - 0.5) * 0.004, tau: 0.004, centre: 2600, q: 2.5, amp: 1.1, rng });
  }
  // The tear-off bar: one heavier, lower clack to close the job.
  addNoiseClick(buf, { start: 0.71, tau: 0.012, centre: 900, q: 1.5, amp: 2.2, rng });
  return finish(buf, 0.6, 0.01);
}

function pillClick() {
  const rng = createRng(0x9111);
  const buf = silence(0.05);
  addPartials(buf, {
    start: 0,
    freq: 3100,
    partials: [
      [1, 0.5],
      [1.62, 0.25],
    ],
    tau: 0.006,
    attack: 0.0005,
  });
  addNoiseClick(buf, { start: 0, tau: 0.003, centre: 4500, q: 1.2, amp: 1.5, rng });
  return finish(buf, 0.45, 0.005);
}

function success() {
  const buf = silence(0.9);
  const notes = [523.25, 659.25, 783.99, 1046.5]; // C5 E5 G5 C6: a major arpeggio reads as "well done"
  const soft = [
    [1, 1],
    [2, 0.3],
    [3, 0.1],
    [4, 0.04],
  ];
  notes.forEach((freq, i) => {
    const last = i === notes.length - 1;
    addPartials(buf, { start: i * 0.09, freq, partials: soft, tau: last ? 0.3 : 0.16, attack: 0.004, decayScale: 0.8 });
  });
  return finish(buf, 0.7, 0.06);
}

function mistake() {
  const buf = silence(0.7);
  // A falling major third on a sine-like timbre: clearly "not quite", never an alarm.
  const mellow = [
    [1, 1],
    [2, 0.12],
    [3, 0.05],
  ];
  addNote(buf, { start: 0, length: 0.3, freq: 440, harmonics: mellow, attack: 0.02, release: 0.08 });
  addNote(buf, { start: 0.3, length: 0.4, freq: 349.23, harmonics: mellow, attack: 0.02, release: 0.25 });
  return finish(buf, 0.5, 0.02);
}

/** Two-pole resonator run in place: a struck gong is an impulse through a resonator. */
function resonate(input, freq, decaySeconds) {
  const r = Math.exp(-1 / (decaySeconds * SAMPLE_RATE));
  const c = 2 * r * Math.cos((TAU * freq) / SAMPLE_RATE);
  const out = new Float32Array(input.length);
  let y1 = 0,
    y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const y = input[i] + c * y1 - r * r * y2;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

function phoneRing() {
  const rng = createRng(0xb311);
  const length = 1.5;
  // The clapper alternates between two gongs 20 times a second in two bursts: "brrring-brrring".
  const gongA = silence(length);
  const gongB = silence(length);
  let hit = 0;
  for (const [from, to] of [
    [0, 0.5],
    [0.7, 1.2],
  ]) {
    for (let t = from; t < to; t += 1 / 40) {
      const target = hit++ % 2 === 0 ? gongA : gongB;
      const at = samplesFor(t);
      for (let i = 0; i < 12 && at + i < length * SAMPLE_RATE; i++) target[at + i] += (rng() * 2 - 1) * Math.exp(-i / 3);
    }
  }
  const buf = silence(length);
  const modes = [
    [gongA, 1175, 0.25, 1],
    [gongA, 2740, 0.1, 0.4],
    [gongA, 4420, 0.05, 0.2],
    [gongB, 1397, 0.25, 1],
    [gongB, 3180, 0.1, 0.4],
    [gongB, 5050, 0.05, 0.2],
  ];
  for (const [src, freq, decay, amp] of modes) {
    const rung = resonate(src, freq, decay);
    for (let i = 0; i < buf.length; i++) buf[i] += amp * rung[i];
  }
  return finish(buf, 0.6, 0.1);
}

function roomTone() {
  const rng = createRng(0x4007);
  const length = 4;
  const n = samplesFor(length);
  const overlap = samplesFor(0.5);
  // Render half a second more than the loop, then fold that extra tail over the start with an
  // equal-power crossfade: sample n-1 then flows straight into sample 0 when the loop wraps.
  const air = lowPass(lowPass(whiteNoise(n + overlap, rng), 700), 1200);
  const hiss = bandPass(whiteNoise(n + overlap, rng), 2500, 0.7);
  const bed = new Float32Array(n + overlap);
  for (let i = 0; i < bed.length; i++) bed[i] = air[i] * 3 + hiss[i] * 0.08;
  const buf = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (i < overlap) {
      const x = (i + 0.5) / overlap;
      buf[i] = bed[i] * Math.sin((x * Math.PI) / 2) + bed[n + i] * Math.cos((x * Math.PI) / 2);
    } else {
      buf[i] = bed[i];
    }
  }
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    // Every period below divides 4 s exactly, so hum and airflow swell are seamless at the wrap too.
    const swell = 1 + 0.15 * Math.sin(TAU * 0.25 * t) + 0.08 * Math.sin(TAU * 0.75 * t + 1);
    const hum = 0.05 * Math.sin(TAU * 60 * t) + 0.035 * Math.sin(TAU * 120 * t) + 0.012 * Math.sin(TAU * 180 * t + 0.5);
    buf[i] = buf[i] * swell + hum;
  }
  return finish(buf, 0.18, 0); // no fade: it loops
}

function stepDone() {
  const buf = silence(0.15);
  // A quick downward pitch glide is what makes a "pop" sound soft and round.
  let phase = 0;
  for (let i = 0; i < buf.length; i++) {
    const t = i / SAMPLE_RATE;
    const freq = 520 + 500 * Math.exp(-t / 0.015);
    phase += (TAU * freq) / SAMPLE_RATE;
    buf[i] = Math.min(1, t / 0.002) * Math.exp(-t / 0.035) * (Math.sin(phase) + 0.15 * Math.sin(2 * phase));
  }
  return finish(buf, 0.55, 0.01);
}

/** Every cue: its intended length in seconds, whether it loops, and its synthesis function. */
export const CUE_SPECS = Object.freeze({
  'door-chime': { seconds: 1.5, loop: false, synth: doorChime },
  'scan-good': { seconds: 0.15, loop: false, synth: scanGood },
  'scan-bad': { seconds: 0.45, loop: false, synth: scanBad },
  printer: { seconds: 0.8, loop: false, synth: printer },
  'pill-click': { seconds: 0.05, loop: false, synth: pillClick },
  success: { seconds: 0.9, loop: false, synth: success },
  mistake: { seconds: 0.7, loop: false, synth: mistake },
  'phone-ring': { seconds: 1.5, loop: false, synth: phoneRing },
  'room-tone': { seconds: 4, loop: true, synth: roomTone },
  'step-done': { seconds: 0.15, loop: false, synth: stepDone },
});

/** Names of all cues, in a stable order. */
export const CUE_IDS = Object.freeze(Object.keys(CUE_SPECS));

/** Synthesises one cue as mono float samples in [-1, 1] at SAMPLE_RATE. */
export function synthesize(name) {
  const spec = CUE_SPECS[name];
  if (!spec) throw new Error(`Unknown cue: ${name}`);
  return spec.synth();
}

/** Encodes mono float samples as a 16-bit PCM WAV file. */
export function encodeWav(samples, sampleRate = SAMPLE_RATE) {
  const dataBytes = samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (at, text) => [...text].forEach((ch, i) => view.setUint8(at + i, ch.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, Math.round(v * 32767), true);
  }
  return out;
}

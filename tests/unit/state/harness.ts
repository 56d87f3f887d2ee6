import type { Clock } from '../../../src/platform/clock';
import { memoryBackend } from '../../../src/platform/keyValueBackend';
import { createProgressStore } from '../../../src/platform/storage';
import { createAppStore } from '../../../src/state/store';

/** A millisecond clock the test moves by hand. */
export function fakeClock(startMs = 1_000): Clock & { advance(seconds: number): void } {
  let t = startMs;
  return Object.assign(() => t, { advance: (seconds: number) => void (t += seconds * 1000) });
}

/** A fresh store over an in-memory backend, and the pieces tests look at. */
export function makeStore(backend = memoryBackend(), clock = fakeClock()) {
  const progress = createProgressStore(backend, 'test');
  const store = createAppStore({ progress, settingsBackend: backend, settingsKey: 'test:settings', now: clock });
  return { store, clock, backend, progress };
}

import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../src/platform/keyValueBackend';
import { createProgressStore } from '../../../src/platform/storage';
import { createAppStore } from '../../../src/state/store';
import { fakeClock } from './harness';

function storeOn(backend = memoryBackend(), prefersReducedMotion = false) {
  return createAppStore({
    progress: createProgressStore(backend, 'p'),
    settingsBackend: backend,
    settingsKey: 'p:settings',
    now: fakeClock(),
    prefersReducedMotion,
  });
}

describe('settings', () => {
  it('take reduced motion from the system preference by default', () => {
    expect(storeOn(memoryBackend(), true).getState().settings.reducedMotion).toBe(true);
    expect(storeOn(memoryBackend(), false).getState().settings.reducedMotion).toBe(false);
  });

  it('are saved under their own key and read back by the next session', () => {
    const backend = memoryBackend();
    storeOn(backend)
      .getState()
      .updateSettings({ ambienceVolume: 0.1, timeLimit: { enabled: false, extraMinutes: 15 } });
    expect(backend.getItem('p:settings')).not.toBeNull();
    expect(backend.getItem('p:progress')).toBeNull();
    expect(storeOn(backend).getState().settings).toMatchObject({ ambienceVolume: 0.1, timeLimit: { enabled: false, extraMinutes: 15 } });
  });

  it('refuse out-of-range values and keep the old ones', () => {
    const store = storeOn();
    expect(store.getState().updateSettings({ effectsVolume: 7 })).toBe(false);
    expect(store.getState().settings.effectsVolume).toBe(0.8);
  });

  it('fall back to defaults when the saved settings are unreadable', () => {
    const backend = memoryBackend({ 'p:settings': '{not json' });
    expect(storeOn(backend).getState().settings).toMatchObject({ effectsVolume: 0.8, quality: 'high' });
  });
});

describe('the Simple 2D view setting', () => {
  it('is off by default, saved when turned on, and read back by the next session', () => {
    const backend = memoryBackend();
    expect(storeOn(backend).getState().settings.simpleView).toBe(false);
    expect(storeOn(backend).getState().updateSettings({ simpleView: true })).toBe(true);
    expect(storeOn(backend).getState().settings.simpleView).toBe(true);
  });

  it('is off for settings saved before it existed, and the rest of them are kept', () => {
    const backend = memoryBackend({ 'p:settings': JSON.stringify({ effectsVolume: 0.3, quality: 'low' }) });
    expect(storeOn(backend).getState().settings).toMatchObject({ simpleView: false, effectsVolume: 0.3, quality: 'low' });
  });
});

describe('the language setting', () => {
  it('is English by default, saved when Spanish is chosen, and read back by the next session', () => {
    const backend = memoryBackend();
    expect(storeOn(backend).getState().settings.language).toBe('en');
    expect(storeOn(backend).getState().updateSettings({ language: 'es' })).toBe(true);
    expect(storeOn(backend).getState().settings.language).toBe('es');
  });

  it('is English for settings saved before it existed, and the rest of them are kept', () => {
    const backend = memoryBackend({ 'p:settings': JSON.stringify({ effectsVolume: 0.3, simpleView: true }) });
    expect(storeOn(backend).getState().settings).toMatchObject({ language: 'en', effectsVolume: 0.3, simpleView: true });
  });

  it('refuses a language the UI has no catalogue for', () => {
    const store = storeOn();
    expect(store.getState().updateSettings({ language: 'fr' as 'en' })).toBe(false);
    expect(store.getState().settings.language).toBe('en');
  });
});

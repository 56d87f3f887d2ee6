import { z } from 'zod';
import type { StateCreator } from 'zustand/vanilla';
import type { KeyValueBackend } from '../platform/keyValueBackend';
import type { AppState } from './types';

const volume = z.number().min(0).max(1);

/** The languages the UI speaks; each has a catalogue in src/ui/i18n/locales. */
export const UI_LANGUAGES = ['en', 'es'] as const;
/** One of the UI's languages. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Player settings, saved apart from progress so a broken save never resets them (and vice versa). */
export const settingsSchema = z.object({
  effectsVolume: volume,
  ambienceVolume: volume,
  reducedMotion: z.boolean(),
  quality: z.enum(['low', 'high']),
  /** The 2D plan instead of the 3D view, for machines that can draw but slowly; three.js is then never loaded. */
  simpleView: z.boolean(),
  timeLimit: z.object({ enabled: z.boolean(), extraMinutes: z.number().int().min(0).max(120) }),
  /** The UI's language; saves from before the setting existed have none and get English. */
  language: z.enum(UI_LANGUAGES).default('en'),
});

/** Volumes 0–1, motion, render quality, the simple 2D view and the (accommodation-adjustable) time limit. */
export type Settings = z.output<typeof settingsSchema>;

/** Settings and the calls that change them. */
export interface SettingsSlice {
  settings: Settings;
  /** Merges and saves; returns false when the browser would not store them (they still apply now). */
  updateSettings(patch: Partial<Settings>): boolean;
  resetSettings(): void;
}

/** Defaults; reducedMotion comes from the operating system's preference. */
export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    effectsVolume: 0.8,
    ambienceVolume: 0.5,
    reducedMotion: prefersReducedMotion,
    quality: 'high',
    simpleView: false,
    timeLimit: { enabled: true, extraMinutes: 0 },
    language: 'en',
  };
}

/** Saved settings if readable, merged over defaults so a newer field never breaks an older save. */
export function loadSettings(backend: KeyValueBackend, key: string, defaults: Settings): Settings {
  try {
    const raw = backend.getItem(key);
    if (raw === null) return defaults;
    const parsed = settingsSchema.partial().safeParse(JSON.parse(raw));
    return parsed.success ? { ...defaults, ...stripUndefined(parsed.data) } : defaults;
  } catch {
    return defaults;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Settings slice persisted through `backend` under `key`. */
export function createSettingsSlice(
  backend: KeyValueBackend,
  key: string,
  prefersReducedMotion: boolean,
): StateCreator<AppState, [], [], SettingsSlice> {
  const defaults = defaultSettings(prefersReducedMotion);
  const persist = (settings: Settings): boolean => {
    try {
      backend.setItem(key, JSON.stringify(settings));
      return true;
    } catch {
      return false;
    }
  };
  return (set, get) => ({
    settings: loadSettings(backend, key, defaults),
    updateSettings: (patch) => {
      const next = settingsSchema.safeParse({ ...get().settings, ...patch });
      if (!next.success) return false;
      set({ settings: next.data });
      return persist(next.data);
    },
    resetSettings: () => {
      set({ settings: defaults });
      persist(defaults);
    },
  });
}

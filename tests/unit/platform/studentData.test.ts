// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { wipeStudentData } from '../../../src/platform/endSession';
import { memoryBackend } from '../../../src/platform/keyValueBackend';
import { createProgressStore } from '../../../src/platform/storage';
import { isStudentKey, namespacedBackend, PROGRESS_NAMESPACE, SETTINGS_KEY } from '../../../src/platform/studentData';
import { openStudentStorage } from '../../../src/platform/studentStorage';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe("the student's data lives under one namespace", () => {
  it('saved progress, its backups and the settings are all inside it', () => {
    const backend = memoryBackend({ [`${PROGRESS_NAMESPACE}:progress`]: '{broken' });
    const progress = createProgressStore(namespacedBackend(backend), PROGRESS_NAMESPACE);
    const unreadable = progress.load();
    expect(unreadable.kind === 'unreadable' && unreadable.backupKey).toBe('techshift:progress-backup-1');
    expect(Object.keys(backend.dump()).every(isStudentKey)).toBe(true);
    expect(isStudentKey(SETTINGS_KEY)).toBe(true);
  });

  it('refuses to write a key outside it, so End session cannot miss one', () => {
    const backend = namespacedBackend(memoryBackend());
    expect(() => backend.setItem('scores', '90')).toThrow(/outside it/);
    backend.setItem('techshift:scores', '90');
    expect(backend.getItem('techshift:scores')).toBe('90');
  });
});

describe('opening the student storage', () => {
  it('uses localStorage by default and sessionStorage for a tab-only lab, and knows when it holds something', () => {
    const kept = openStudentStorage('browser');
    expect(kept.where).toBe('localStorage');
    expect(kept.holdsAnything()).toBe(false);
    kept.backend.setItem(SETTINGS_KEY, '{}');
    expect(localStorage.getItem(SETTINGS_KEY)).toBe('{}');
    expect(kept.holdsAnything()).toBe(true);

    const tab = openStudentStorage('tab');
    expect(tab.where).toBe('sessionStorage');
    expect(tab.holdsAnything(), "another store's keys are not this one's").toBe(false);
    tab.backend.setItem('techshift:progress', '{}');
    expect(sessionStorage.getItem('techshift:progress')).toBe('{}');
  });

  it('falls back to memory when touching storage throws (private mode), and still works', () => {
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const storage = openStudentStorage('browser');
      expect(storage.where).toBe('memory');
      storage.backend.setItem('techshift:progress', 'x');
      expect(storage.backend.getItem('techshift:progress')).toBe('x');
      expect(storage.holdsAnything()).toBe(true);
    } finally {
      if (real) Object.defineProperty(window, 'localStorage', real);
    }
  });
});

describe('wiping at End session', () => {
  it("removes every techshift: key from both web stores and leaves everyone else's", async () => {
    localStorage.setItem('techshift:progress', '{}');
    localStorage.setItem('techshift:progress-backup-1', 'old');
    localStorage.setItem('techshift:settings', '{}');
    localStorage.setItem('another-app:theme', 'dark');
    sessionStorage.setItem('techshift:progress', '{}');
    await wipeStudentData();
    expect(Object.keys(localStorage)).toEqual(['another-app:theme']);
    expect(Object.keys(sessionStorage)).toEqual([]);
  });
});

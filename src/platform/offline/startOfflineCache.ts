/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { updateWaiting } from './updateWaiting';
import { pagePlace, reasonToSkipOffline, type OfflineSkip } from './whereOfflineWorks';

/** What became of the offline file cache on this page; also shown as `<html data-offline>` for lab checks and tests. */
export type OfflineState = OfflineSkip | 'registering' | 'ready' | 'failed';

/**
 * Installs the offline file cache (the service worker vite-plugin-pwa generates) unless the page
 * runs in a frame or from disk. A new version never takes over on its own: it waits, and
 * `updateWaiting` tells the update notice, which lets the student reload when it suits them.
 */
export function startOfflineCache(win: Window = window): OfflineState {
  const skip = reasonToSkipOffline(pagePlace(win));
  if (skip) return mark(win, skip);
  const update = registerSW({
    onNeedRefresh: () => updateWaiting.announce(() => switchToNewVersion(win, update)),
    // switchToNewVersion reloads. workbox-window would too, but only on a page that was already
    // controlled when it registered, so not on a first visit's page, which the cache claims later.
    onNeedReload: () => {},
    onOfflineReady: () => mark(win, 'ready'),
    // A later visit finds the cache already installed: no install event comes, so say so here.
    onRegisteredSW: (_url, registration) => {
      if (registration?.active) mark(win, 'ready');
    },
    onRegisterError: (error: unknown) => {
      mark(win, 'failed');
      // The game plays on without it; the lab only loses play after the network goes.
      console.warn('TechShift: the offline file cache could not be installed; the game needs the network to reload.', error);
    },
  });
  return mark(win, 'registering');
}

/** Lets the waiting version take over, then reloads once into it (the student asked for this). */
async function switchToNewVersion(win: Window, update: () => Promise<void>): Promise<void> {
  win.navigator.serviceWorker.addEventListener('controllerchange', () => win.location.reload(), { once: true });
  await update();
}

function mark(win: Window, state: OfflineState): OfflineState {
  win.document.documentElement.dataset.offline = state;
  return state;
}

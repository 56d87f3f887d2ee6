import { useEffect } from 'react';
import type { AppStore } from '../../state/store';
import { STATION_IDS } from '../../core';

/** True when a key press belongs to a text field or list, not to the game's shortcuts. */
export function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Global keys: F opens the flag dialog; 1–9 walk to a station when `numberKeys`. Ignored while typing or in a dialog. */
export function useStationKeys(store: AppStore, numberKeys: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const s = store.getState();
      if (s.flagDialogOpen || !s.scenario) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        s.openFlagDialog();
        return;
      }
      const station = numberKeys && /^[1-9]$/.test(e.key) ? STATION_IDS[Number(e.key) - 1] : undefined;
      if (station) s.goToStation(station);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, numberKeys]);
}

import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './types';
import type { StationId } from '../core';

/** Where the student stands and what they are working on; no per-frame values here. */
export interface UiSlice {
  station: StationId;
  /** The prescription the student is working on (id within the scenario). */
  selectedRxId: string | null;
  /** Units on the counting tray or in the graduate, not yet placed in the vial. */
  tray: number;
  flagDialogOpen: boolean;
  /** What is on the data-entry screen as it is typed (drug, directions, quantity), for the 3D monitor; null when nothing is being entered. */
  typing: Typing | null;
  setTyping(typing: Typing | null): void;
  /** The prescription the flag dialog opens on; null = the patient / the encounter as a whole. */
  flagTarget: string | null;
  goToStation(station: StationId): void;
  selectRx(rxId: string): void;
  setTray(amount: number): void;
  /** Opens the flag dialog on `rx` (default: the prescription being worked on). */
  openFlagDialog(rx?: string | null): void;
  closeFlagDialog(): void;
}

/** The data-entry form's drug, directions and quantity as typed, as plain text. */
export interface Typing {
  drug: string;
  sig: string;
  quantity: string;
}

/** The UI values an encounter starts with. */
export const FRESH_UI = { station: 'dropoff', tray: 0, flagDialogOpen: false, typing: null } as const satisfies Partial<UiSlice>;

/** Station, selection, counting tray and dialog state. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  ...FRESH_UI,
  selectedRxId: null,
  flagTarget: null,
  goToStation: (station) => {
    if (station === get().station) return;
    set({ station });
    // Saved with the progress, so a reload comes back to this station.
    get().saveProgress();
  },
  selectRx: (rxId) => {
    // A half-counted tray belongs to the prescription it was counted for: empty it on switching.
    if (rxId !== get().selectedRxId) set({ selectedRxId: rxId, tray: 0 });
  },
  setTray: (amount) => set({ tray: Math.max(0, Math.round(amount * 100) / 100) }),
  openFlagDialog: (rx) => set({ flagDialogOpen: true, flagTarget: rx === undefined ? get().selectedRxId : rx }),
  closeFlagDialog: () => set({ flagDialogOpen: false }),
  setTyping: (typing) => set({ typing }),
});

import { useMemo } from 'react';
import type { PatientFigure, ShelfBottle } from './sceneContract';

function shelfKey(shelf: readonly ShelfBottle[]): string {
  return shelf
    .map((b) => [b.productId, b.labelName, b.strength, b.form, b.ndc, b.container, b.capColour, b.empty === true].join('|'))
    .join('\n');
}

function patientsKey(patients: readonly PatientFigure[]): string {
  return patients.map((p) => [p.id, p.displayName, p.height, p.shirtColour, p.skinTone, p.hairColour, p.place].join('|')).join('\n');
}

/**
 * The same shelf array for as long as its content is the same. A store selector that rebuilds its
 * arrays must not make the scene repaint the label atlas or draw a frame for nothing.
 */
export function useStableShelf(shelf: readonly ShelfBottle[]): readonly ShelfBottle[] {
  // Keyed on content, not identity: that is the point.
  return useMemo(() => shelf, [shelfKey(shelf)]);
}

/** The same patients array for as long as nobody arrives, leaves, moves or changes. */
export function useStablePatients(patients: readonly PatientFigure[]): readonly PatientFigure[] {
  return useMemo(() => patients, [patientsKey(patients)]);
}

/**
 * What the 3D scene needs to know, and what it can report back. The scene reads this
 * plain view model (built from the store by `src/state`) and never scores anything.
 */

import type { StationId } from '../core';

/** One stock bottle on the shelf, in shelf order (the scenario places look-alikes beside each other). */
export interface ShelfBottle {
  productId: string;
  /** Name as the stock label shows it, tall-man where the catalog gives it: "hydrOXYzine HCl". */
  labelName: string;
  strength: string;
  form: string;
  ndc: string;
  /** Container look: 'bottle' | 'box' | 'inhaler' | 'vial' | 'tube' | 'dropper'. */
  container: 'bottle' | 'box' | 'inhaler' | 'vial' | 'tube' | 'dropper';
  /** Label band colour (manufacturers' trade dress); never the only way to tell bottles apart. */
  capColour: string;
  /** True when none is on hand: the slot is drawn empty. */
  empty?: boolean;
}

/** A person in the waiting area or at a window. */
export interface PatientFigure {
  id: string;
  displayName: string;
  /** Height in metres, 1.45–1.95. */
  height: number;
  shirtColour: string;
  skinTone: string;
  hairColour: string;
  /** Where this person is now. */
  place: 'queue' | 'dropoff' | 'pickup' | 'gone';
  /** A back-room task in the queue (a box, not a person); absent for a person. */
  task?: boolean;
}

/** The text on the work bench: the data-entry monitor and the label coming out of the printer. */
export interface BenchText {
  /** The data-entry screen: drug, directions and quantity as typed (or as entered); empty when nothing is entered. */
  monitor: readonly string[];
  /** The label being made, from the entry and the directions in patient words; empty before data entry. */
  label: readonly string[];
  /** True when the product in hand is a liquid, measured in a graduated cylinder rather than counted on the tray. */
  liquid: boolean;
}

export interface SceneModel {
  station: StationId;
  shelf: ShelfBottle[];
  /** The bottle the student has taken down, if any. */
  pickedProductId: string | null;
  /** Pills on the counting tray (0 when empty). */
  trayCount: number;
  patients: PatientFigure[];
  /** What the bench's screens show, as plain text lines. */
  bench: BenchText;
  /** True while the pharmacist has the basket for verification. */
  pharmacistChecking: boolean;
  /** True while a phone call waits to be dealt with; absent means the phone is quiet. */
  phoneRinging?: boolean;
  reducedMotion: boolean;
  quality: 'low' | 'high';
}

export interface SceneEvents {
  /** The student clicked a station (or its marker) in 3D. */
  onStation(id: StationId): void;
  /** The student clicked a bottle on the shelf. */
  onPickProduct(productId: string): void;
}
